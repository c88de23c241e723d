#!/bin/sh
# ingest: applies bounces once; a second run leaves the database identical
# (dumps compared); reading in another order, the sent mail last, gives
# the same statuses.  The bounces answer mail we sent (sent.mbox), as
# under the strict default they must to change a status.
set -eu
. "$(dirname "$0")/lib.sh"

python3 "$HERE/gen_bounces.py" 300 "$work/all.mbox" 5 60 1700000000 \
    "$work/sent.mbox"
# Split in two halves at message boundaries, to read them in both orders.
awk -v d="$work" '/^From MAILER-DAEMON /{n++}
    {f = n <= 150 ? d "/a.mbox" : d "/b.mbox"; print > f}' "$work/all.mbox"

"$BH" ingest --db "$work/one.db" --sent "$work/sent.mbox" "$work/all.mbox" \
    2>"$work/err1"
grep -q "300 recipients, 300 new" "$work/err1" || die "first run: $(cat "$work/err1")"
[ "$(stat -c %a "$work/one.db")" = 600 ] || die "database not 0600"
dump() {
	sqlite3 "$1" .dump | grep -v '^INSERT INTO runs '
}
dump "$work/one.db" >"$work/dump1"
"$BH" ingest --db "$work/one.db" "$work/all.mbox" 2>"$work/err2"
grep -q "300 recipients, 0 new" "$work/err2" || die "second run: $(cat "$work/err2")"
dump "$work/one.db" >"$work/dump2"
cmp -s "$work/dump1" "$work/dump2" || { diff "$work/dump1" "$work/dump2" | head; \
    die "second run changed the database"; }
[ "$(sqlite3 "$work/one.db" 'SELECT count(*) FROM runs')" = 2 ] ||
    die "runs not recorded"

# Exactly once: one bounce row per reported recipient.
n=$("$BH" parse --json "$work/all.mbox" | wc -l)
[ "$(sqlite3 "$work/one.db" 'SELECT count(*) FROM bounces')" = "$n" ] ||
    die "bounce rows differ from parse's $n recipients"

# Another order, same statuses: the sent mail read after the bounces
# raises them from unverified.
"$BH" ingest -q --db "$work/two.db" "$work/b.mbox"
"$BH" ingest -q --db "$work/two.db" "$work/a.mbox"
"$BH" ingest -q --db "$work/two.db" --sent "$work/sent.mbox"
statuses "$work/one.db" >"$work/s1"
statuses "$work/two.db" >"$work/s2"
[ -s "$work/s1" ] || die "no contacts"
cmp -s "$work/s1" "$work/s2" || { diff "$work/s1" "$work/s2" | head; \
    die "statuses depend on the read order"; }
grep -q " invalid " "$work/s1" || die "no invalid contact"

# status --json of an invalid address has the documented fields.
addr=$(grep " invalid " "$work/s1" | head -1 | cut -d' ' -f1)
"$BH" status --json --db "$work/one.db" "$addr" | python3 -c '
import json, sys
d = json.loads(sys.stdin.readline())
for k in ("address", "status", "reason", "retry_after", "bounces"):
    assert k in d, k
assert d["status"] == "invalid", d
assert len(d["bounces"]) >= 1 and d["bounces"][0]["diagnostic"], d
' || die "status --json"
# An unknown address: exit 1 and status null.
expect_exit 1 "$BH" status --json --db "$work/one.db" nobody@nowhere.example \
    >"$work/unk"
grep -q '"status":null' "$work/unk" || die "unknown address: $(cat "$work/unk")"
# Sender alerts recorded for blocklist and DMARC failures, no contact made.
[ "$(sqlite3 "$work/one.db" "SELECT count(DISTINCT kind) FROM sender_alerts \
    WHERE kind IN ('blocklist-ip', 'authentication', 'too-large')")" = 3 ] ||
    die "sender alerts missing"

# Real bounces (the development corpus): twice changes nothing.
corpus=${BH_CORPUS:-$HERE/../corpus/dev}
[ -d "$corpus/sisimai/maildir" ] || die "corpus not found at $corpus"
expect_exit 0 "$BH" ingest -q --db "$work/c.db" "$corpus/sisimai/maildir"
dump "$work/c.db" >"$work/c1"
"$BH" ingest -q --db "$work/c.db" "$corpus/sisimai/maildir"
dump "$work/c.db" >"$work/c2"
cmp -s "$work/c1" "$work/c2" || die "corpus: second run changed the database"
[ "$(sqlite3 "$work/c.db" 'SELECT count(*) FROM bounces')" -gt 300 ] ||
    die "corpus: too few bounces"
finish
