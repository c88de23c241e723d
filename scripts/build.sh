#!/bin/sh
# Configures and builds bounce-harvester into build/ (or $BUILD_DIR).
# Extra arguments go to cmake's configure step.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$top/build}
cmake -S "$top" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DBH_WERROR=ON "$@" >/dev/null
cmake --build "$build" -j "$(nproc)"
