#!/bin/sh
# The whole test suite: installs dependencies, builds with -Werror, runs
# every test with ctest.  This is what .ci/run calls.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
"$top/scripts/install-deps.sh"
BUILD_DIR=${BUILD_DIR:-$top/build} "$top/scripts/build.sh"
cd "${BUILD_DIR:-$top/build}"
ctest --output-on-failure -j 2 --timeout 600
