#!/bin/sh
# Builds the libFuzzer harnesses with clang (ASan + UBSan) and runs each for
# SECONDS (default 60), one after the other.  A crash, leak, failed property
# or timeout fails the run; the input is left in build-fuzz/.
# usage: scripts/fuzz.sh [SECONDS] [HARNESS...]
#
# Harnesses (tests/fuzz/) and their seeds:
#   fuzz_dsn     the bounce reader: tests/corpus/dev, tests/fixtures/dsn
#                and the notices of every corpus directory of the tree
#                (tests/corpus/*/maildir: Chinese HTML, eleven other
#                languages and their charsets, servers, old mail systems...)
#   fuzz_csv     CSV import reader (separator sniffed), export writer and
#                the merge of two rows: tests/fuzz/seeds/csv
#   fuzz_config  the configuration reader, [account] groups included:
#                tests/fuzz/seeds/config
#   fuzz_imap    our IMAP client (session, search, fetch, flag/move) against
#                a scripted server on 127.0.0.1 that plays the input:
#                tests/fuzz/seeds/imap (format in tests/fuzz/fuzz_imap.c)
#   fuzz_imap_scan  the client-side search's FETCH response parser and
#                header-field match, pure: tests/fuzz/seeds/imap_scan
#   fuzz_escape  the output escapers (terminal, JSON, web page text,
#                attribute and URL): tests/fuzz/seeds/escape
#   fuzz_doctor  the doctor's readers of SPF, DMARC and DKIM records and
#                of a bounce's IPs and zones: tests/fuzz/seeds/doctor
# New inputs found go to build-fuzz/corpus/HARNESS (kept between runs), the
# seeds in the repository are only read.
#
# FUZZ_SEED=N fixes libFuzzer's random seed (-seed=N): the same seed on
# the same code tries the same inputs, up to the time limit.  CI
# (scripts/test.sh) runs every harness for 20 s with a fixed seed, so a
# long run with that seed covers what CI will try.  The long runs are
#   scripts/fuzz.sh 600 fuzz_dsn; scripts/fuzz.sh 600 fuzz_csv; ...
# one at a time; their latest figures are in docs/hacking.md ("Fuzzing").
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
secs=${1:-60}
[ $# -gt 0 ] && shift
build=${FUZZ_BUILD_DIR:-$top/build-fuzz}
CC=clang cmake -S "$top" -B "$build" -DBH_FUZZ=ON -DBUILD_TESTING=OFF \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" -j "$(nproc)" >/dev/null
harnesses=${*:-$(cd "$build/tests/fuzz" && ls fuzz_* | grep -v '\.')}

LSAN_OPTIONS="suppressions=$top/scripts/lsan.supp:print_suppressions=0"
export LSAN_OPTIONS

# The read-only seed directories of harness $1.
seeds_of() {
	case $1 in
	fuzz_dsn)
		s="$build/seeds/dsn"
		mkdir -p "$s"
		shared="$top/tests/corpus/dev/sisimai/maildir"
		[ -d "$shared" ] && find "$shared" -type f -name '*.eml' \
		    -exec cp {} "$s" \;
		cp "$top"/tests/fixtures/dsn/*.eml "$s"
		for f in "$top"/tests/corpus/*/maildir/*.eml; do
			d=${f%/maildir/*}
			cp "$f" "$s/${d##*/}-${f##*/}"
		done
		echo "$s" ;;
	*)
		echo "$top/tests/fuzz/seeds/${1#fuzz_}" ;;
	esac
}

for h in $harnesses; do
	echo "fuzz: $h for ${secs}s"
	mkdir -p "$build/corpus/$h"
	(cd "$build" && "./tests/fuzz/$h" -max_total_time="$secs" \
	    ${FUZZ_SEED:+-seed="$FUZZ_SEED"} \
	    -max_len=65536 -timeout=10 -rss_limit_mb=1024 \
	    -print_final_stats=1 "corpus/$h" $(seeds_of "$h") \
	    2>"$h.log") || {
		tail -n 40 "$build/$h.log"
		echo "fuzz: $h failed (input in $build)" >&2
		exit 1
	}
	grep -E "stat::number_of_executed_units|#[0-9]+.*cov:" \
	    "$build/$h.log" | tail -n 2
done
