#!/bin/sh
# Proves that real mail which fails nobody (DIR/maildir with
# DIR/truth.jsonl, as tests/corpus/negwild_set.py writes them: auto-replies,
# people's mail, list mail, automatic notices found in projects' test data)
# marks nobody failed.  Two ends are checked, as in negative/check.sh:
#
#   parse --json: the messages in which the reader gives anyone a failure
#       category, and those in which it calls anyone invalid, are counted;
#   ingest: every address of the truth's contacts, imported into a fresh
#       database, must still be active with no failure on record after
#       every message is ingested with --accept-unverified (the most
#       credulous setting).
#
# A delay warning (kind "delayed") may give its recipient retry-later and
# hold the contact as retry-later (a hold that wears off), nothing worse.
#
# It prints one totals line and fails when more messages than MAX_FAILED
# marked someone failed, more than MAX_INVALID marked someone invalid, a
# contact lost its standing, or the set holds fewer than MIN_FILES
# messages.  With --totals (a held-out set) nothing but the totals line is
# printed; otherwise every message that marked someone is named.
#
# usage: negwild-check.sh [--totals] BINARY DIR MAX_FAILED MAX_INVALID
#            MIN_FILES [EXTRA.eml...]
#
# Each EXTRA message is one more that must fail nobody, every address in
# it a contact: given a real bounce, the check must fail (the self-test of
# the gate).
set -eu
totals=0
if [ "${1:-}" = --totals ]; then
	totals=1
	shift
fi
if [ $# -lt 5 ]; then
	echo "usage: negwild-check.sh [--totals] BINARY DIR MAX_FAILED" \
	    "MAX_INVALID MIN_FILES [EXTRA.eml...]" >&2
	exit 2
fi
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
dir=$(cd "$2" && pwd)
max_failed=$3 max_invalid=$4 min_files=$5
shift 5
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/maildir"
cp "$dir"/maildir/* "$tmp/maildir/"
cp "$dir/truth.jsonl" "$tmp/truth.jsonl"
n=0
for f in "$@"; do
	n=$((n + 1))
	cp "$f" "$tmp/maildir/extra-$n.eml"
	python3 - "$tmp/maildir/extra-$n.eml" "maildir/extra-$n.eml" \
	    >>"$tmp/truth.jsonl" <<'EOF'
import json, re, sys
raw = open(sys.argv[1], "rb").read().decode("latin-1")
addrs = sorted(set(a.lower() for a in
                   re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", raw)))
print(json.dumps({"file": sys.argv[2], "kind": "notbounce",
                  "recipients": [], "contacts": addrs}))
EOF
done
(cd "$tmp" && "$bin" parse --json maildir) >"$tmp/out.jsonl"

python3 - "$tmp/truth.jsonl" >"$tmp/contacts.csv" <<'EOF'
import json, sys
seen = set()
print("email")
for line in open(sys.argv[1], encoding="utf-8"):
    for a in json.loads(line)["contacts"]:
        if a not in seen:
            seen.add(a)
            print(a)
EOF
"$bin" import -q --db "$tmp/c.db" "$tmp/contacts.csv"
# shellcheck disable=SC2046
"$bin" ingest -q --accept-unverified --db "$tmp/c.db" \
    $(find "$tmp/maildir" -type f | sort)
"$bin" list --json --db "$tmp/c.db" >"$tmp/list.jsonl"

python3 - "$(basename "$dir")" "$tmp/truth.jsonl" "$tmp/out.jsonl" \
    "$tmp/list.jsonl" "$max_failed" "$max_invalid" "$min_files" \
    "$totals" <<'EOF'
import json, sys
name = sys.argv[1]
max_failed, max_invalid, min_files = map(int, sys.argv[5:8])
totals = sys.argv[8] == "1"
FAIL = {"invalid", "full", "retry-later", "blocked", "content", "complaint",
        "unknown"}
truth = [json.loads(l) for l in open(sys.argv[2], encoding="utf-8")]
delayed = {t["file"] for t in truth if t["kind"] == "delayed"}
failed, invalid, lines = set(), set(), []
for line in open(sys.argv[3], encoding="utf-8"):
    o = json.loads(line)
    # A delay warning may hold its recipient as retry-later, no worse.
    allowed = {"retry-later"} if o["file"] in delayed else set()
    if o["category"] in FAIL - allowed:
        failed.add(o["file"])
        lines.append("%s: %s %s: %s" % (o["file"], o["recipient"],
                                        o["category"],
                                        (o.get("diagnostic") or "")[:100]))
    if o["category"] == "invalid":
        invalid.add(o["file"])
held = {}
for t in truth:
    for a in t["contacts"]:
        ok = {"active", "retry-later"} if t["kind"] == "delayed" else \
            {"active"}
        held[a] = held.get(a, ok) & ok
hurt = []
for line in open(sys.argv[4], encoding="utf-8"):
    c = json.loads(line)
    ok = held.get(c["address"].lower())
    if ok is not None and (c["status"] not in ok or (
            "retry-later" not in ok and (c["bounces"] or c["reason"]))):
        hurt.append("contact %s: %s (%s), %d failures recorded" % (
            c["address"], c["status"], c["reason"], c["bounces"]))
print("%s corpus: %d messages, %d contacts; %d marked someone failed, "
      "%d marked someone invalid, %d contacts with a failure" % (
          name, len(truth), len(held), len(failed), len(invalid),
          len(hurt)))
bad = []
if len(failed) > max_failed:
    bad.append("%d messages marked someone failed (at most %d)" % (
        len(failed), max_failed))
if len(invalid) > max_invalid:
    bad.append("%d messages marked someone invalid (at most %d)" % (
        len(invalid), max_invalid))
if hurt:
    bad.append("%d contacts with a failure on record" % len(hurt))
if len(truth) < min_files:
    bad.append("only %d messages (at least %d)" % (len(truth), min_files))
if not totals:
    for l in lines + hurt:
        print("%s corpus: %s" % (name, l), file=sys.stderr)
for b in bad:
    print("%s corpus: %s" % (name, b), file=sys.stderr)
sys.exit(1 if bad else 0)
EOF
