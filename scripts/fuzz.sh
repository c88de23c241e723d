#!/bin/sh
# Builds the libFuzzer harnesses with clang (ASan + UBSan) and runs each for
# SECONDS (default 60), seeded with the shared corpus and the fixtures.
# A crash, leak or timeout fails the run; the input is left in build-fuzz/.
# usage: scripts/fuzz.sh [SECONDS] [HARNESS...]
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
secs=${1:-60}
[ $# -gt 0 ] && shift
build=${FUZZ_BUILD_DIR:-$top/build-fuzz}
CC=clang cmake -S "$top" -B "$build" -DBH_FUZZ=ON -DBUILD_TESTING=OFF \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" -j "$(nproc)" >/dev/null
harnesses=${*:-$(cd "$build/tests/fuzz" && ls fuzz_* | grep -v '\.')}
seeds="$build/seeds"
mkdir -p "$seeds"
shared="$top/../shared/corpus/sisimai/maildir"
[ -d "$shared" ] && find "$shared" -type f -name '*.eml' -exec cp {} "$seeds" \;
cp "$top"/tests/fixtures/dsn/*.eml "$seeds"
for h in $harnesses; do
	echo "fuzz: $h for ${secs}s"
	(cd "$build" && "./tests/fuzz/$h" -max_total_time="$secs" \
	    -max_len=65536 -timeout=10 -rss_limit_mb=1024 \
	    -print_final_stats=1 "$seeds" 2>"$h.log") || {
		tail -n 40 "$build/$h.log"
		echo "fuzz: $h failed (input in $build)" >&2
		exit 1
	}
	grep -E "stat::number_of_executed_units|cov:" "$build/$h.log" |
	    tail -n 2
done
