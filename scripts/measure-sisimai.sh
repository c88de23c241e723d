#!/bin/sh
# Scores Sisimai (Debian's libsisimai-perl) on a corpus with our scorer, as
# a peer to compare with: its reason is mapped to our category by the same
# table the scorer uses for the truth.
#
#   scripts/measure-sisimai.sh ROOT TRUTH.jsonl
#
# ROOT is the directory the truth's "file" paths are relative to.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$1" && pwd)
truth=$(cd "$(dirname "$2")" && pwd)/$(basename "$2")
score=$here/../tests/corpus/dev/score.py
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
files=$(python3 -c '
import json, sys
for l in open(sys.argv[1]):
    if l.strip():
        print(json.loads(l)["file"])' "$truth")
# shellcheck disable=SC2086
(cd "$root" && perl "$here/sisimai-rows.pl" $files) |
    python3 -c '
import importlib.util, json, sys
spec = importlib.util.spec_from_file_location("score", sys.argv[1])
score = importlib.util.module_from_spec(spec)
spec.loader.exec_module(score)
for line in sys.stdin:
    r = json.loads(line)
    r["category"] = score.category_of(r["reason"], r["status"], r["code"])
    print(json.dumps(r))' "$score" >"$tmp"
python3 "$score" "$truth" "$root" "$tmp"
