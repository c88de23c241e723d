#!/bin/sh
# status, list, report, mark, and the configuration: [database] path,
# [policy] keys, errors as file:line, the default path under XDG_DATA_HOME.
set -eu
. "$(dirname "$0")/lib.sh"

# The bounces and the mail they answer (sent.mbox): they count.
python3 "$HERE/gen_bounces.py" 120 "$work/b.mbox" 11 30 1700000000 \
    "$work/sent.mbox"
# No --db and no config: the default path.
"$BH" ingest -q --sent "$work/sent.mbox" "$work/b.mbox"
DB="$XDG_DATA_HOME/bounce-harvester/bounces.db"
[ -f "$DB" ] || die "default database not at $DB"

# list --status invalid agrees with the table (a header line, then one a
# contact); a list of statuses too; --json lines parse.
ninv=$(sqlite3 "$DB" "SELECT count(*) FROM contacts WHERE status = 'invalid'")
[ "$ninv" -gt 0 ] || die "no invalid contacts to list"
"$BH" list --status invalid >"$work/l"
head -n 1 "$work/l" | grep -q '^ADDRESS  *STATUS  *REASON  *SINCE  *NAME  *COMPANY$' ||
    die "list header: $(head -n 1 "$work/l")"
[ "$(tail -n +2 "$work/l" | wc -l)" = "$ninv" ] || die "list --status"
two=$(sqlite3 "$DB" "SELECT count(*) FROM contacts WHERE status IN \
    ('invalid', 'full')")
[ "$("$BH" list --status 'invalid, full' | tail -n +2 | wc -l)" = "$two" ] ||
    die "list --status LIST"
expect_exit 2 "$BH" list --status invalid,nonsense
# --db before the command name works the same.
[ "$("$BH" --db "$DB" list --status invalid | tail -n +2 | wc -l)" = \
    "$ninv" ] || die "global --db"
"$BH" list --json --domain DOMAIN3.example | python3 -c '
import json, sys
rows = [json.loads(l) for l in sys.stdin]
assert rows and all(r["address"].endswith("@domain3.example") for r in rows)
' || die "list --json --domain"
[ "$("$BH" list --since 2999-01-01 | wc -l)" = 0 ] || die "list --since"
expect_exit 2 "$BH" list --since yesterday

# mark overrides, is kept in the history, and `mark ... active` undoes.
addr=$("$BH" list --status invalid | sed -n 2p | cut -d' ' -f1)
expect_exit 2 "$BH" mark "$addr" active
"$BH" mark "$addr" active --note "confirmed by phone" >/dev/null
"$BH" status "$addr" >"$work/st"
grep -q "^$addr: active (manual)" "$work/st" || die "mark: $(cat "$work/st")"
grep -q "note: confirmed by phone" "$work/st" || die "mark note not in history"
grep -q "advice: the address does not exist" "$work/st" ||
    die "advice missing: $(cat "$work/st")"

# report --json has every section, with counts matching the tables.
"$BH" report --json >"$work/r.json"
python3 - "$work/r.json" "$DB" <<'PY' || die "report --json"
import json, sqlite3, sys
r = json.load(open(sys.argv[1]))
db = sqlite3.connect(sys.argv[2])
for k in ("by_category", "by_domain", "by_day", "sender_alerts",
          "top_diagnostics", "contacts_by_status"):
    assert k in r, k
total = db.execute("SELECT count(*) FROM bounces").fetchone()[0]
assert sum(x["count"] for x in r["by_category"]) == total
assert all(a["advice"] for a in r["sender_alerts"]), r["sender_alerts"]
PY
"$BH" report --since 2999-01-01 | grep -q "bounces by category" ||
    die "report text"

# A config file: database path and a policy key are used.
cat >"$work/bh.conf" <<'CONF'
[database]
path = DBPATH
[policy]
retry_after_hours = 10
CONF
sed -i "s|DBPATH|$work/conf.db|" "$work/bh.conf"
# A recent delay notice (an old one would have worn off already).
when=$(($(date +%s) - 3600))
dsn slow@example.org delayed 4.4.1 "451 4.4.1 connection timed out" \
    "$(date -u -R -d "@$when")" d1@mx.example.org >"$work/delay.eml"
printf 'email,date\nslow@example.org,%s\n' $((when - 3600)) >"$work/sent.csv"
"$BH" ingest -q --config "$work/bh.conf" --sent-log "$work/sent.csv" \
    "$work/delay.eml"
[ "$(sqlite3 "$work/conf.db" "SELECT retry_after - $when FROM contacts \
    WHERE address = 'slow@example.org'")" = 36000 ] ||
    die "retry_after_hours from the config not applied"
# Config errors: file:line, exit 3, nothing opened.
printf '[policy]\nfull_reset_days = many\n' >"$work/bad.conf"
expect_exit 3 "$BH" list --config "$work/bad.conf" 2>"$work/err"
grep -q "bad.conf:2: 'full_reset_days'" "$work/err" || die "config error: \
$(cat "$work/err")"
finish
