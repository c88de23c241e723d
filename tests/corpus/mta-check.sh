#!/bin/sh
# Scores the reader on the notices real MTAs made (tests/corpus/mta, made
# by scripts/make-mta-corpus.sh) against the truth written from what each
# scripted peer answered.  Prints the score of the whole set and of each
# MTA; fails when a failed recipient is missed (recall below 1), when a
# live contact is called invalid (false kills), or when the category
# agreement falls below the floor.  Scores the MTAs named, or all.
#
#   tests/corpus/mta-check.sh BINARY [CATEGORY_FLOOR [MTA...]]
set -eu
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
floor=${2:-0.95}
shift
[ $# -eq 0 ] || shift
here=$(cd "$(dirname "$0")" && pwd)
root=$here/mta
score=$here/dev/score.py
[ -s "$root/truth.jsonl" ] || {
	echo "no truth at '$root/truth.jsonl'" >&2
	exit 1
}
if [ $# -eq 0 ]; then
	for dir in "$root"/*/; do
		set -- "$@" "$(basename "$dir")"
	done
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
: >"$tmp/truth.jsonl"
for mta in "$@"; do
	[ -d "$root/$mta" ] || {
		echo "no notices of '$mta' in '$root'" >&2
		exit 1
	}
	# The file names are ours (NN-name.eml): none starts with a dash.
	(cd "$root" && "$bin" parse --json "$mta"/*.eml) >>"$tmp/out.jsonl"
	grep "\"file\": \"$mta/" "$root/truth.jsonl" >"$tmp/truth-$mta.jsonl"
	cat "$tmp/truth-$mta.jsonl" >>"$tmp/truth.jsonl"
	printf '%-10s ' "$mta"
	python3 "$score" --quiet "$tmp/truth-$mta.jsonl" "$root" \
	    "$tmp/out.jsonl"
done
printf '%-10s ' all
python3 "$score" --quiet --json "$tmp/all.json" "$tmp/truth.jsonl" \
    "$root" "$tmp/out.jsonl"
python3 - "$tmp/all.json" "$floor" "$tmp/truth.jsonl" "$tmp/out.jsonl" \
    <<'EOF'
import json, sys
r = json.load(open(sys.argv[1]))
floor = float(sys.argv[2])
# Every row read wrong, with the text that decided it.
want = {}
for line in open(sys.argv[3]):
    t = json.loads(line)
    for e in t["recipients"]:
        want[(t["file"], e["addr"].lower())] = e
seen = set()
unlisted = 0
for line in open(sys.argv[4]):
    o = json.loads(line)
    key = (o["file"], o["recipient"].lower())
    e = want.get(key)
    if key in seen:
        continue
    if e is None:
        # A recipient the notice calls failed that its peer never
        # refused (nullmailer reports one refusal for all): called
        # invalid, a live contact would be marked dead.
        if o["category"] == "invalid":
            unlisted += 1
            print("invalid, not refused by its peer: %s %s: %s" % (
                o["file"], o["recipient"],
                (o.get("diagnostic") or "")[:100]))
        continue
    seen.add(key)
    if o["category"] != e["category"] and \
            o["category"] not in e.get("category_ok", []):
        print("wrong: %s %s want %s got %s: %s" % (
            o["file"], o["recipient"], e["category"], o["category"],
            (o.get("diagnostic") or "")[:160]))
bad = []
if r["files"] == 0 or r["truth_recipients"] == 0:
    bad.append("nothing scored")
if not r["R"] >= 1.0:
    bad.append("recall %.3f < 1.000 (missed %d)" % (r["R"], r["missed"]))
if r["false_kills"] > 0:
    bad.append("false kills %d > 0" % r["false_kills"])
if not r["category"] >= floor:
    bad.append("category %.3f < floor %.3f" % (r["category"], floor))
print("invalid rows for recipients no peer refused: %d" % unlisted)
if unlisted > 0:
    bad.append("%d recipients no peer refused called invalid" % unlisted)
for b in bad:
    print("mta corpus: " + b, file=sys.stderr)
sys.exit(1 if bad else 0)
EOF
