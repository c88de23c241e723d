#!/bin/sh
# The whole test suite: installs dependencies, builds with -Werror, runs
# every test with ctest; then the same suite built with ASan, LSan and
# UBSan (scripts/test-sanitize.sh); then a short run of every libFuzzer
# harness (scripts/fuzz.sh, 20 s each).  This is what .ci/run calls.
#
# The fuzz step is a regression gate, not a search: it replays every seed
# and then mutates from a fixed random seed (BH_FUZZ_SEED), so each CI
# run tries the same inputs (as many as 20 s allows) and a pass on one
# checkout stays a pass.  New inputs are searched for by the long local
# runs (scripts/fuzz.sh 600 ..., docs/hacking.md); what they find becomes
# a seed and a unit test.
#
# For a quicker local loop: BH_TEST_SANITIZE=0 and/or BH_TEST_FUZZ=0 skip
# the last two steps; CI leaves both on.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
"$top/scripts/install-deps.sh"
BUILD_DIR=${BUILD_DIR:-$top/build} "$top/scripts/build.sh"
(cd "${BUILD_DIR:-$top/build}" && ctest --output-on-failure -j 2 \
    --timeout 600)
if [ "${BH_TEST_SANITIZE:-1}" != 0 ]; then
	"$top/scripts/test-sanitize.sh"
fi
if [ "${BH_TEST_FUZZ:-1}" != 0 ]; then
	FUZZ_SEED=${BH_FUZZ_SEED:-20261126} \
	    "$top/scripts/fuzz.sh" "${BH_FUZZ_SECONDS:-20}"
fi
