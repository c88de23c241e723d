#!/bin/sh
# Reading time on the shapes that make a reader slow (tests/bench/shapes.c:
# one long line of addresses, a list of addresses one a line, many short
# lines, deep MIME nesting, huge headers, many recipient blocks, long
# HTML, HTML of unclosed tags, long words, an SES notification), one
# message of each of BENCH_SHAPE_SIZE
# bytes (default 10 MB), measured in the same run against the GMime floor (a bare MIME parse of
# the same bytes, tests/bench/gmime_floor.c).  With BENCH_BASELINE=BINARY,
# another build of bounce-harvester is timed beside this one (give it
# BENCH_TIMEOUT seconds, default 60, per shape).  Reports numbers only: it
# never fails on speed.
#
# Environment: BUILD_DIR (default build/), BENCH_SHAPE_SIZE, BENCH_BASELINE,
# BENCH_TIMEOUT, BENCH_DIR (where the messages go; default a temporary
# directory, removed at the end).
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$top/build}
size=${BENCH_SHAPE_SIZE:-10000000}
limit=${BENCH_TIMEOUT:-60}
. "$top/scripts/bench-common.sh"
[ -x /usr/bin/time ] || die "needs GNU time (apt-get install time)"
BUILD_DIR=$build "$top/scripts/build.sh" >/dev/null
bh=$build/bounce-harvester
floor=$build/tests/bench/gmime_floor
make=$build/tests/bench/make_shapes
[ -x "$floor" ] && [ -x "$make" ] || die "bench helpers not built"
pin=""
command -v taskset >/dev/null && pin="taskset -c 0"

# run NAME COMMAND...: prints "seconds peak-RSS-KB" or "timeout".
run() {
	_name=$1
	shift
	# shellcheck disable=SC2086
	if /usr/bin/time -f '%e %M' -o "$work/$_name.time" $pin \
	    timeout "$limit" "$@" >"$work/$_name.out" 2>"$work/$_name.err"; then
		tail -n 1 "$work/$_name.time"
	elif grep -q 'status 124' "$work/$_name.time"; then
		echo "timeout"
	else
		tail -n 1 "$work/$_name.time"
	fi
}

"$make" "$work" "$size" >"$work/shapes.list"
printf '%-11s %9s %9s %7s %8s %6s' shape floor_s bh_s ratio rss_MB rcpts
[ -n "${BENCH_BASELINE:-}" ] && printf ' %10s' baseline_s
printf '\n'
while read -r shape; do
	eml=$work/$shape.eml
	{ echo "From bench@example.org Mon Dec  7 10:00:00 2026"; cat "$eml"; } \
	    >"$work/$shape.mbox"
	f=$(run "floor-$shape" "$floor" "$work/$shape.mbox")
	b=$(run "bh-$shape" "$bh" parse --json "$eml")
	n=$(wc -l <"$work/bh-$shape.out")
	awk -v s="$shape" -v f="$f" -v b="$b" -v n="$n" 'BEGIN {
		split(f, F, " "); split(b, B, " ")
		r = F[1] > 0 ? sprintf("%6.1fx", B[1] / F[1]) : "      -"
		printf "%-11s %9.2f %9s %7s %8.1f %6d", s, F[1], B[1], r,
		    B[2] / 1024, n
	}'
	if [ -n "${BENCH_BASELINE:-}" ]; then
		o=$(run "base-$shape" "$BENCH_BASELINE" parse --json "$eml")
		printf ' %10s' "$(echo "$o" | cut -d' ' -f1)"
	fi
	printf '\n'
done <"$work/shapes.list"
echo "($size bytes a message; ratio: bounce-harvester's time over the GMime floor's; ${pin:-no pinning})"
