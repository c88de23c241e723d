#!/bin/sh
# Builds the Debian package with CPack: a release build configured for
# /usr (binary in /usr/bin, cron file in /etc/cron.d, units in
# /usr/lib/systemd/system) into build-deb/ (or $BUILD_DIR), then
# `cpack -G DEB`.  Prints the package's path.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$top/build-deb}
cmake -S "$top" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_INSTALL_PREFIX=/usr -DBUILD_TESTING=OFF -DBH_WERROR=ON \
    "$@" >/dev/null
cmake --build "$build" -j "$(nproc)" >/dev/null
(cd "$build" && cpack -G DEB >cpack.log) || { cat "$build/cpack.log" >&2; \
    exit 1; }
ls "$build"/bounce-harvester_*.deb
