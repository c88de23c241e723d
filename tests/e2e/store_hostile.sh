#!/bin/sh
# SQL only through bound parameters, checked from outside: values built to
# break a query spliced from strings (quotes, comments, statements) go in
# through every command that takes user text (import columns, a bounced
# address with an apostrophe, mark's note, list's filters, export's status
# list) and come back verbatim, match nothing they should not, and every
# table is still there.
. "$(dirname "$0")/store_lib.sh"

evil="Robert'); DROP TABLE contacts; --"
printf 'Name,E-Mail,Note\r\n' >"$T/c.csv"
printf '"%s",o'"'"'brien@example.com,"x"" OR 1=1 --"\r\n' "$evil" \
    >>"$T/c.csv"
printf 'Ann,ann@example.com,plain\r\n' >>"$T/c.csv"
"$BH" import -q --db "$T/h.db" "$T/c.csv"

dsn "o'brien@example.com" failed 5.1.1 "550 5.1.1 <o'brien@example.com>: \
'; DELETE FROM bounces; --" "Mon, 1 Jan 2024 10:00:00 +0000" \
    "q'1@mx.example.org" >"$T/b.eml"
"$BH" ingest -q --db "$T/h.db" "$T/b.eml"
note="'; DELETE FROM status_history; --"
"$BH" mark --db "$T/h.db" "o'brien@example.com" active --note "$note" \
    >/dev/null
"$BH" mark --db "$T/h.db" "o'brien@example.com" invalid --note "$note" \
    >/dev/null

for t in contacts bounces status_history; do
	sqlite3 "$T/h.db" "SELECT count(*) FROM $t" >/dev/null 2>&1 ||
	    fail "table $t is gone"
done
[ "$(sqlite3 "$T/h.db" 'SELECT count(*) FROM contacts')" = 2 ] ||
    fail "contacts: $(sqlite3 "$T/h.db" 'SELECT address FROM contacts')"
[ "$(sqlite3 "$T/h.db" 'SELECT count(*) FROM bounces')" = 1 ] ||
    fail "the bounce was not stored once"
[ "$(sqlite3 "$T/h.db" "SELECT count(*) FROM status_history WHERE \
    note = '''; DELETE FROM status_history; --'")" = 2 ] ||
    fail "the notes were not stored verbatim"

"$BH" status --json --db "$T/h.db" "o'brien@example.com" >"$T/st"
python3 - "$T/st" "$note" <<'PY' || fail "status: $(cat "$T/st")"
import json, sys
o = json.loads(open(sys.argv[1]).readline())
assert o["address"] == "o'brien@example.com", o
assert o["status"] == "invalid", o
assert "DELETE FROM bounces" in json.dumps(o["bounces"]), o
PY

# Filters that would match everything if spliced into the SQL match nothing.
"$BH" list --json --db "$T/h.db" --domain "example.com' OR '1'='1" \
    >"$T/l1"
[ ! -s "$T/l1" ] || fail "--domain matched: $(cat "$T/l1")"
"$BH" list --json --db "$T/h.db" --domain example.com >"$T/l2"
[ "$(wc -l <"$T/l2")" = 2 ] || fail "--domain example.com: $(cat "$T/l2")"
set +e
"$BH" export --db "$T/h.db" --status "active') OR 1=1 --" >"$T/e1" \
    2>"$T/err"
set -e
grep -q "ann@example.com" "$T/e1" && fail "--status matched: $(cat "$T/e1")"

# The hostile columns come back verbatim.
"$BH" export --db "$T/h.db" --status all >"$T/all.csv"
python3 - "$T/all.csv" "$evil" <<'PY' || fail "export: $(cat "$T/all.csv")"
import csv, sys
rows = list(csv.reader(open(sys.argv[1], newline="", encoding="utf-8")))
ob = [r for r in rows if "o'brien@example.com" in r][0]
assert ob[1] == sys.argv[2], ob
assert ob[2] == 'x" OR 1=1 --', ob
PY
echo ok
