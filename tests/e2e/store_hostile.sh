#!/bin/sh
# SQL only through bound parameters, checked from outside: values built to
# break a query spliced from strings (quotes, comments, statements) go in
# through every command that takes user text (import columns, a bounced
# address with an apostrophe, mark's note, list's filters, export's status
# list) and come back verbatim, match nothing they should not, and every
# table is still there.
set -eu
. "$(dirname "$0")/lib.sh"

evil="Robert'); DROP TABLE contacts; --"
printf 'Name,E-Mail,Note\r\n' >"$work/c.csv"
printf '"%s",o'"'"'brien@example.com,"x"" OR 1=1 --"\r\n' "$evil" \
    >>"$work/c.csv"
printf 'Ann,ann@example.com,plain\r\n' >>"$work/c.csv"
"$BH" import -q --db "$work/h.db" "$work/c.csv"

dsn "o'brien@example.com" failed 5.1.1 "550 5.1.1 <o'brien@example.com>: \
'; DELETE FROM bounces; --" "Mon, 1 Jan 2024 10:00:00 +0000" \
    "q'1@mx.example.org" >"$work/b.eml"
# We wrote to the address the day before: the bounce counts, and the
# quoted address goes through the status change too.
printf "email,date\no'brien@example.com,2023-12-31\n" >"$work/sent.csv"
"$BH" ingest -q --db "$work/h.db" --sent-log "$work/sent.csv" "$work/b.eml"
[ "$(sqlite3 "$work/h.db" "SELECT status FROM contacts WHERE address = \
    'o''brien@example.com'")" = invalid ] || die "the bounce did not count"
note="'; DELETE FROM status_history; --"
expect_exit 0 "$BH" mark --db "$work/h.db" "o'brien@example.com" active \
    --note "$note" >/dev/null
expect_exit 0 "$BH" mark --db "$work/h.db" "o'brien@example.com" invalid \
    --note "$note" >/dev/null

for t in contacts bounces status_history; do
	sqlite3 "$work/h.db" "SELECT count(*) FROM $t" >/dev/null 2>&1 ||
	    die "table $t is gone"
done
[ "$(sqlite3 "$work/h.db" 'SELECT count(*) FROM contacts')" = 2 ] ||
    die "contacts: $(sqlite3 "$work/h.db" 'SELECT address FROM contacts')"
[ "$(sqlite3 "$work/h.db" 'SELECT count(*) FROM bounces')" = 1 ] ||
    die "the bounce was not stored once"
[ "$(sqlite3 "$work/h.db" "SELECT count(*) FROM status_history WHERE \
    note = '''; DELETE FROM status_history; --'")" = 2 ] ||
    die "the notes were not stored verbatim"

"$BH" status --json --db "$work/h.db" "o'brien@example.com" >"$work/st"
python3 - "$work/st" "$note" <<'PY' || die "status: $(cat "$work/st")"
import json, sys
o = json.loads(open(sys.argv[1]).readline())
assert o["address"] == "o'brien@example.com", o
assert o["status"] == "invalid", o
assert "DELETE FROM bounces" in json.dumps(o["bounces"]), o
PY

# Filters that would match everything if spliced into the SQL match nothing.
"$BH" list --json --db "$work/h.db" --domain "example.com' OR '1'='1" \
    >"$work/l1"
[ ! -s "$work/l1" ] || die "--domain matched: $(cat "$work/l1")"
"$BH" list --json --db "$work/h.db" --domain example.com >"$work/l2"
[ "$(wc -l <"$work/l2")" = 2 ] || die "--domain example.com: $(cat "$work/l2")"
set +e
"$BH" export --db "$work/h.db" --status "active') OR 1=1 --" >"$work/e1" \
    2>"$work/err"
set -e
grep -q "ann@example.com" "$work/e1" && die "--status matched: $(cat "$work/e1")"

# The hostile columns come back verbatim.
"$BH" export --db "$work/h.db" --status all >"$work/all.csv"
python3 - "$work/all.csv" "$evil" <<'PY' || die "export: $(cat "$work/all.csv")"
import csv, sys
rows = list(csv.reader(open(sys.argv[1], newline="", encoding="utf-8")))
ob = [r for r in rows if "o'brien@example.com" in r][0]
assert ob[1] == sys.argv[2], ob
assert ob[2] == 'x" OR 1=1 --', ob
PY
finish
