#!/bin/sh
# Scores the reader on one corpus directory of this tree (DIR/maildir with
# DIR/truth.jsonl, as written by DIR/make.py) with the development corpus's
# score.py, and fails below the floors given: recall, category, the number
# of recipients the truth must hold, and on any live contact marked dead.
#
# usage: set-check.sh BINARY DIR MIN_RECALL MIN_CATEGORY MIN_RECIPIENTS
set -eu
if [ $# -ne 5 ]; then
	echo "usage: set-check.sh BINARY DIR MIN_RECALL MIN_CATEGORY" \
	    "MIN_RECIPIENTS" >&2
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
python3 - "$out.json" "$(basename "$dir")" "$3" "$4" "$5" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))
name = sys.argv[2]
min_r, min_cat, min_n = float(sys.argv[3]), float(sys.argv[4]), int(sys.argv[5])
bad = []
if s["R"] < min_r:
    bad.append("recall %.3f < %.2f" % (s["R"], min_r))
if s["category"] < min_cat:
    bad.append("category %.3f < %.2f" % (s["category"], min_cat))
if s["false_kills"] > 0:
    bad.append("%d false kills" % s["false_kills"])
if s["truth_recipients"] < min_n:
    bad.append("only %d recipients in the truth" % s["truth_recipients"])
for b in bad:
    print("%s corpus: %s" % (name, b), file=sys.stderr)
sys.exit(1 if bad else 0)
PY
