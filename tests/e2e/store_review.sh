#!/bin/sh
# status, list, report, mark, and the configuration: [database] path,
# [policy] keys, errors as file:line, the default path under XDG_DATA_HOME.
. "$(dirname "$0")/store_lib.sh"

python3 "$HERE/gen_bounces.py" 120 "$T/b.mbox" 11 30
# No --db and no config: the default path.
"$BH" ingest -q "$T/b.mbox"
DB="$XDG_DATA_HOME/bounce-harvester/bounces.db"
[ -f "$DB" ] || fail "default database not at $DB"

# list --status invalid agrees with the table (a header line, then one a
# contact); a list of statuses too; --json lines parse.
ninv=$(sqlite3 "$DB" "SELECT count(*) FROM contacts WHERE status = 'invalid'")
[ "$ninv" -gt 0 ] || fail "no invalid contacts to list"
"$BH" list --status invalid >"$T/l"
head -n 1 "$T/l" | grep -q '^ADDRESS  *STATUS  *REASON  *SINCE  *NAME  *COMPANY$' ||
    fail "list header: $(head -n 1 "$T/l")"
[ "$(tail -n +2 "$T/l" | wc -l)" = "$ninv" ] || fail "list --status"
two=$(sqlite3 "$DB" "SELECT count(*) FROM contacts WHERE status IN \
    ('invalid', 'full')")
[ "$("$BH" list --status 'invalid, full' | tail -n +2 | wc -l)" = "$two" ] ||
    fail "list --status LIST"
expect_rc 2 "$BH" list --status invalid,nonsense
# --db before the command name works the same.
[ "$("$BH" --db "$DB" list --status invalid | tail -n +2 | wc -l)" = \
    "$ninv" ] || fail "global --db"
"$BH" list --json --domain DOMAIN3.example | python3 -c '
import json, sys
rows = [json.loads(l) for l in sys.stdin]
assert rows and all(r["address"].endswith("@domain3.example") for r in rows)
' || fail "list --json --domain"
[ "$("$BH" list --since 2999-01-01 | wc -l)" = 0 ] || fail "list --since"
expect_rc 2 "$BH" list --since yesterday

# mark overrides, is kept in the history, and `mark ... active` undoes.
addr=$("$BH" list --status invalid | sed -n 2p | cut -d' ' -f1)
expect_rc 2 "$BH" mark "$addr" active
"$BH" mark "$addr" active --note "confirmed by phone" >/dev/null
"$BH" status "$addr" >"$T/st"
grep -q "^$addr: active (manual)" "$T/st" || fail "mark: $(cat "$T/st")"
grep -q "note: confirmed by phone" "$T/st" || fail "mark note not in history"
grep -q "advice: the address does not exist" "$T/st" ||
    fail "advice missing: $(cat "$T/st")"

# report --json has every section, with counts matching the tables.
"$BH" report --json >"$T/r.json"
python3 - "$T/r.json" "$DB" <<'PY' || fail "report --json"
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
    fail "report text"

# A config file: database path and a policy key are used.
cat >"$T/bh.conf" <<'CONF'
[database]
path = DBPATH
[policy]
retry_after_hours = 10
CONF
sed -i "s|DBPATH|$T/conf.db|" "$T/bh.conf"
# A recent delay notice (an old one would have worn off already).
when=$(($(date +%s) - 3600))
dsn slow@example.org delayed 4.4.1 "451 4.4.1 connection timed out" \
    "$(date -u -R -d "@$when")" d1@mx.example.org >"$T/delay.eml"
"$BH" ingest -q --config "$T/bh.conf" "$T/delay.eml"
[ "$(sqlite3 "$T/conf.db" "SELECT retry_after - $when FROM contacts \
    WHERE address = 'slow@example.org'")" = 36000 ] ||
    fail "retry_after_hours from the config not applied"
# Config errors: file:line, exit 3, nothing opened.
printf '[policy]\nfull_reset_days = many\n' >"$T/bad.conf"
expect_rc 3 "$BH" list --config "$T/bad.conf" 2>"$T/err"
grep -q "bad.conf:2: 'full_reset_days'" "$T/err" || fail "config error: \
$(cat "$T/err")"
echo ok
