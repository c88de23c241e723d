#!/bin/sh
# The demo until IMAP harvesting lands: `parse` over the sample bounces
# shipped in tests/fixtures/bounces/ (real messages, BSD-2 licensed, see
# the LICENSE there), as a table, then one of them as JSON lines.
# Expects a build in build/ (or $BUILD_DIR): run scripts/build.sh first.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
bh=${BUILD_DIR:-$top/build}/bounce-harvester
[ -x "$bh" ] || { echo "demo: build first: scripts/build.sh" >&2; exit 1; }
cd "$top"
echo "== bounce-harvester parse tests/fixtures/bounces/*.eml"
"$bh" parse tests/fixtures/bounces/*.eml
echo
one=tests/fixtures/bounces/lhost-sendmail-01.eml
echo "== bounce-harvester parse --json $one"
"$bh" parse --json "$one"
