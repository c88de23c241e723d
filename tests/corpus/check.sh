#!/bin/sh
# Corpus regression test: parses the development corpus (tests/corpus/dev,
# a copy of the shared development set) and compares with the reviewed output checked in as
# tests/corpus/expected.jsonl.  Any difference fails until it is reviewed
# and the file updated with: tests/corpus/check.sh BINARY --update
set -eu
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
here=$(cd "$(dirname "$0")" && pwd)
corpus=${BH_CORPUS:-$here/dev}
if [ ! -d "$corpus/sisimai/maildir" ]; then
	echo "corpus not found at $corpus (set BH_CORPUS)" >&2
	exit 1
fi
out=$(mktemp)
trap 'rm -f "$out" "$out.n"' EXIT
# The rule location changes whenever a rule is added above it: leave it out.
(cd "$corpus/sisimai" && "$bin" parse --json maildir) |
    python3 -c '
import json, sys
for line in sys.stdin:
    r = json.loads(line)
    r.pop("rule", None)
    print(json.dumps(r, ensure_ascii=False, sort_keys=True))
' >"$out.n"
# Nothing read compares equal to an emptied expected.jsonl: refused.
[ -s "$out.n" ] || { echo "no row parsed from $corpus/sisimai" >&2; exit 1; }
python3 "$corpus/score.py" "$corpus/sisimai-truth.jsonl" "$corpus/sisimai" \
    "$out.n" | tail -n 1
if [ "${2:-}" = "--update" ]; then
	cp "$out.n" "$here/expected.jsonl"
	echo "updated $here/expected.jsonl"
	exit 0
fi
if ! diff -u "$here/expected.jsonl" "$out.n" >"$out"; then
	head -n 60 "$out"
	echo "corpus output changed: review, then run $0 BINARY --update" >&2
	exit 1
fi
echo "corpus output unchanged ($(wc -l <"$out.n") rows)"
