#!/bin/sh
# ingest: applies bounces once; a second run leaves the database identical
# (dumps compared); reading in another order gives the same statuses.
. "$(dirname "$0")/store_lib.sh"

python3 "$HERE/gen_bounces.py" 300 "$T/all.mbox" 5 60
# Split in two halves at message boundaries, to read them in both orders.
awk -v d="$T" '/^From MAILER-DAEMON /{n++}
    {f = n <= 150 ? d "/a.mbox" : d "/b.mbox"; print > f}' "$T/all.mbox"

"$BH" ingest --db "$T/one.db" "$T/all.mbox" 2>"$T/err1"
grep -q "300 recipients, 300 new" "$T/err1" || fail "first run: $(cat "$T/err1")"
[ "$(stat -c %a "$T/one.db")" = 600 ] || fail "database not 0600"
dump() {
	sqlite3 "$1" .dump | grep -v '^INSERT INTO runs '
}
dump "$T/one.db" >"$T/dump1"
"$BH" ingest --db "$T/one.db" "$T/all.mbox" 2>"$T/err2"
grep -q "300 recipients, 0 new" "$T/err2" || fail "second run: $(cat "$T/err2")"
dump "$T/one.db" >"$T/dump2"
cmp -s "$T/dump1" "$T/dump2" || { diff "$T/dump1" "$T/dump2" | head; \
    fail "second run changed the database"; }
[ "$(sqlite3 "$T/one.db" 'SELECT count(*) FROM runs')" = 2 ] ||
    fail "runs not recorded"

# Exactly once: one bounce row per reported recipient.
n=$("$BH" parse --json "$T/all.mbox" | wc -l)
[ "$(sqlite3 "$T/one.db" 'SELECT count(*) FROM bounces')" = "$n" ] ||
    fail "bounce rows differ from parse's $n recipients"

# Another order, same statuses.
"$BH" ingest -q --db "$T/two.db" "$T/b.mbox"
"$BH" ingest -q --db "$T/two.db" "$T/a.mbox"
statuses "$T/one.db" >"$T/s1"
statuses "$T/two.db" >"$T/s2"
[ -s "$T/s1" ] || fail "no contacts"
cmp -s "$T/s1" "$T/s2" || { diff "$T/s1" "$T/s2" | head; \
    fail "statuses depend on the read order"; }
grep -q " invalid " "$T/s1" || fail "no invalid contact"

# status --json of an invalid address has the documented fields.
addr=$(grep " invalid " "$T/s1" | head -1 | cut -d' ' -f1)
"$BH" status --json --db "$T/one.db" "$addr" | python3 -c '
import json, sys
d = json.loads(sys.stdin.readline())
for k in ("address", "status", "reason", "retry_after", "bounces"):
    assert k in d, k
assert d["status"] == "invalid", d
assert len(d["bounces"]) >= 1 and d["bounces"][0]["diagnostic"], d
' || fail "status --json"
# An unknown address: exit 1 and status null.
expect_rc 1 "$BH" status --json --db "$T/one.db" nobody@nowhere.example \
    >"$T/unk"
grep -q '"status":null' "$T/unk" || fail "unknown address: $(cat "$T/unk")"
# Sender alerts recorded for blocklist and DMARC failures, no contact made.
[ "$(sqlite3 "$T/one.db" "SELECT count(DISTINCT kind) FROM sender_alerts \
    WHERE kind IN ('blocklist-ip', 'authentication', 'too-large')")" = 3 ] ||
    fail "sender alerts missing"

# Real bounces (the development corpus): twice changes nothing.
corpus=${BH_CORPUS:-$HERE/../corpus/dev}
[ -d "$corpus/sisimai/maildir" ] || fail "corpus not found at $corpus"
expect_rc 0 "$BH" ingest -q --db "$T/c.db" "$corpus/sisimai/maildir"
dump "$T/c.db" >"$T/c1"
"$BH" ingest -q --db "$T/c.db" "$corpus/sisimai/maildir"
dump "$T/c.db" >"$T/c2"
cmp -s "$T/c1" "$T/c2" || fail "corpus: second run changed the database"
[ "$(sqlite3 "$T/c.db" 'SELECT count(*) FROM bounces')" -gt 300 ] ||
    fail "corpus: too few bounces"
echo ok
