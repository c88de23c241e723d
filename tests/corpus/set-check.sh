#!/bin/sh
# Scores the reader on one corpus directory of this tree (DIR/maildir with
# DIR/truth.jsonl, as written by DIR/make.py) with the development corpus's
# score.py, and fails below the floors given: recall, category, the number
# of recipients the truth must hold, on any live contact marked dead
# (more than MAX_FALSE_KILLS, 0 unless given: a held-out set records the
# false kills of its first reading there so that the count cannot grow),
# on any failure read from a file of kind autoreply or notbounce, and on
# any recipient of a delay warning (kind delayed) called invalid: the
# sending MTA "will continue to attempt" (RFC 3464 2.3.3).
#
# usage: set-check.sh BINARY DIR MIN_RECALL MIN_CATEGORY MIN_RECIPIENTS
#            [MAX_FALSE_KILLS]
set -eu
if [ $# -ne 5 ] && [ $# -ne 6 ]; then
	echo "usage: set-check.sh BINARY DIR MIN_RECALL MIN_CATEGORY" \
	    "MIN_RECIPIENTS [MAX_FALSE_KILLS]" >&2
	exit 2
fi
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
dir=$(cd "$2" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
out=$(mktemp)
trap 'rm -f "$out" "$out.json"' EXIT
(cd "$dir" && "$bin" parse --json maildir) >"$out"
python3 "$here/dev/score.py" "$dir/truth.jsonl" "$dir" "$out" \
    --json "$out.json" | tail -n 2
python3 - "$out.json" "$(basename "$dir")" "$3" "$4" "$5" "${6:-0}" \
    "$dir/truth.jsonl" "$out" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))
name = sys.argv[2]
delayed = set()
for line in open(sys.argv[7]):
    if line.strip():
        t = json.loads(line)
        if t.get("kind") == "delayed":
            delayed.add(t["file"])
dead_delays = 0
for line in open(sys.argv[8]):
    if line.strip():
        r = json.loads(line)
        if r.get("file") in delayed and r.get("category") == "invalid":
            dead_delays += 1
min_r, min_cat, min_n = float(sys.argv[3]), float(sys.argv[4]), int(sys.argv[5])
max_fk = int(sys.argv[6])
bad = []
if s["R"] < min_r:
    bad.append("recall %.3f < %.2f" % (s["R"], min_r))
if s["category"] < min_cat:
    bad.append("category %.3f < %.2f" % (s["category"], min_cat))
if s["false_kills"] > max_fk:
    bad.append("%d false kills (at most %d)" % (s["false_kills"], max_fk))
if s["false_positives"] > 0:
    bad.append("%d false positives on autoreply/notbounce files"
               % s["false_positives"])
if dead_delays > 0:
    bad.append("%d recipients of delay warnings called invalid"
               % dead_delays)
if s["truth_recipients"] < min_n:
    bad.append("only %d recipients in the truth" % s["truth_recipients"])
for b in bad:
    print("%s corpus: %s" % (name, b), file=sys.stderr)
sys.exit(1 if bad else 0)
PY
