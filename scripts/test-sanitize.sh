#!/bin/sh
# The test suite again, built with AddressSanitizer, LeakSanitizer and
# UndefinedBehaviorSanitizer (-DBH_SANITIZE=ON) in its own build directory
# (build-sanitize/, or $SAN_BUILD_DIR).  scripts/test.sh calls it after the
# plain run.
#
# Every sanitizer report goes to a file under the build directory as well as
# failing the process: the end-to-end scripts do not check every exit code
# (some runs are expected to fail), so a report they ignore still fails CI.
#
# Skipped here, and only here: e2e_store_kill and e2e_harvest_kill.  They
# SIGKILL ingest and harvest, so the sanitizers have nothing to report
# about them, and they run 25 ingests of a 4,000-bounce mbox (5 min under
# ASan against 30 s plain) and 26 harvests.  The plain run keeps them.  And in e2e_bad_input, the input long-folded.eml (a 1 MB
# folded header: GMime grows its buffer by realloc, which ASan always
# copies, 95 s a run against under 1 s plain; tests/e2e/CMakeLists.txt).
# The fuzz_dsn harness runs the same parser under ASan on every CI run.
# And in e2e_harvest_faults_*, the stalls (ten harvests waiting for
# their 1 s timeouts, twice with the reconnect: 40 s under ASan; the
# closes stay, and test_imap_fake times a stall out under ASan too) and
# the ordinary harvest after each fault (the failed runs stay).
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
build=${SAN_BUILD_DIR:-$top/build-sanitize}
BUILD_DIR=$build "$top/scripts/build.sh" -DBH_SANITIZE=ON
reports=$build/sanitizer-reports
rm -rf "$reports"
mkdir -p "$reports"
# LeakSanitizer suppressions: library-owned caches only (see the file).
# verify_asan_link_order=0: the tests that move the clock preload
# faketime's library, which ASan would otherwise refuse to follow.
# fast_unwind_on_malloc=0: a leak's stack through GLib's allocator (built
# without frame pointers) names the caller, not just g_malloc.
ASAN_OPTIONS="log_path=$reports/asan:detect_leaks=1:strict_string_checks=1\
:detect_stack_use_after_return=1:check_initialization_order=1\
:verify_asan_link_order=0:fast_unwind_on_malloc=0"
LSAN_OPTIONS="suppressions=$top/scripts/lsan.supp:print_suppressions=0"
UBSAN_OPTIONS="log_path=$reports/ubsan:print_stacktrace=1\
:halt_on_error=1"
export ASAN_OPTIONS LSAN_OPTIONS UBSAN_OPTIONS
cd "$build"
rc=0
ctest --output-on-failure -j 2 --timeout 600 -E '^e2e_(store|harvest)_kill$' || rc=$?
if [ -n "$(ls "$reports")" ]; then
	for f in "$reports"/*; do
		echo "== $f"
		head -n 60 "$f"
	done
	echo "test-sanitize: sanitizer reports in $reports" >&2
	exit 1
fi
[ "$rc" -eq 0 ] || exit "$rc"
echo "test-sanitize: no sanitizer report"
