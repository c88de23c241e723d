#!/bin/sh
# Scores the reader on the Chinese providers' notices of this directory
# (HTML only, in their charsets and transfer encodings; see README.md) with
# the development corpus's scorer, and fails below the targets: recall
# 0.95, category 0.90, and any live contact marked dead.
#
# usage: check.sh BINARY
set -eu
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
here=$(cd "$(dirname "$0")" && pwd)
out=$(mktemp)
trap 'rm -f "$out" "$out.json"' EXIT
(cd "$here" && "$bin" parse --json maildir) >"$out"
python3 "$here/../dev/score.py" "$here/truth.jsonl" "$here" "$out" \
    --json "$out.json" | tail -n 2
python3 - "$out.json" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))
bad = []
if s["R"] < 0.95:
    bad.append("recall %.3f < 0.95" % s["R"])
if s["category"] < 0.90:
    bad.append("category %.3f < 0.90" % s["category"])
if s["false_kills"] > 0:
    bad.append("%d false kills" % s["false_kills"])
if s["truth_recipients"] < 30:
    bad.append("only %d recipients in the truth" % s["truth_recipients"])
for b in bad:
    print("chinese corpus: " + b, file=sys.stderr)
sys.exit(1 if bad else 0)
PY
