#!/bin/sh
# Prints the reader's figures on every corpus and table of the tree, one
# line each: recall, precision, category, dead addresses found, false
# kills (a live contact called invalid).  With --sisimai, Sisimai 4.25
# (Debian's libsisimai-perl) is scored on the same files in the same run
# (scripts/measure-sisimai.sh).  Reports numbers only: it never fails.
#
# usage: scripts/measure-accuracy.sh [--sisimai]
# Environment: BUILD_DIR (default build/)
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$top/build}
bh=$build/bounce-harvester
diag=$build/tests/corpus/diag_score
score=$top/tests/corpus/dev/score.py
peer=0
[ "${1:-}" = --sisimai ] && peer=1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
[ -x "$bh" ] && [ -x "$diag" ] || {
	echo "measure-accuracy: build first (scripts/build.sh)" >&2
	exit 1
}

# row NAME ROOT TRUTH PATH...: parse PATHs (relative to ROOT) and score.
row() {
	_name=$1 _root=$2 _truth=$3
	shift 3
	(cd "$_root" && "$bh" parse --json "$@") >"$tmp/out.jsonl"
	printf '%-12s ours    %s\n' "$_name" "$(python3 "$score" --quiet \
	    "$_truth" "$_root" "$tmp/out.jsonl" | tail -n 1)"
	if [ "$peer" = 1 ]; then
		printf '%-12s sisimai %s\n' "$_name" "$(sh \
		    "$top/scripts/measure-sisimai.sh" "$_root" "$_truth" |
		    tail -n 1)"
	fi
}

c=$top/tests/corpus
row dev "$c/dev/sisimai" "$c/dev/sisimai-truth.jsonl" maildir
for d in "$c"/*/; do
	d=${d%/}
	[ -f "$d/truth.jsonl" ] && [ -d "$d/maildir" ] || continue
	row "$(basename "$d")" "$d" "$d/truth.jsonl" maildir
done
mta_dirs=$(cd "$c/mta" && for m in */; do printf '%s ' "${m%/}"; done)
# shellcheck disable=SC2086
row mta "$c/mta" "$c/mta/truth.jsonl" $mta_dirs
for t in "$c"/diagnostics/*.tsv; do
	# The word evidence's copy of the messages' diagnostics, read here
	# without the notices around them: those are scored above.
	[ "$(basename "$t")" = messages.tsv ] && continue
	printf '%-12s ours    %s\n' "$(basename "$t" .tsv)" \
	    "$("$diag" "$t" | tr '\n' ' ')"
done
