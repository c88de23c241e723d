#!/bin/sh
# Runs one end-to-end script for ctest and passes it only if it got to
# lib.sh's finish: an empty file, a script that never sourced lib.sh or
# one that stopped early, with exit 0, fails here.  lib.sh, sourced by
# $BH_E2E_SCRIPT itself, says "finished N" (N checks made) in the file
# $BH_E2E_RESULT names.  Any other exit code, 77 (skipped) included, is
# the script's own.
#
#   run.sh SCRIPT [ARG...]
set -u
script=${1:?usage: run.sh SCRIPT [ARG...]}
shift
BH_E2E_RESULT=$(mktemp /tmp/bh-e2e-result.XXXXXX) || exit 1
BH_E2E_SCRIPT=$script
export BH_E2E_RESULT BH_E2E_SCRIPT
trap 'rm -f "$BH_E2E_RESULT"' EXIT
trap 'exit 143' INT TERM
rc=0
sh "$script" "$@" || rc=$?
[ "$rc" -eq 0 ] || exit "$rc"
said=$(cat "$BH_E2E_RESULT")
case $said in
"finished "[1-9]*) exit 0 ;;
"finished "*) echo "FAIL: $script checked nothing" ;;
*) echo "FAIL: $script exited 0 without reaching lib.sh's finish" \
    "(empty, lib.sh not sourced, or stopped early)" ;;
esac
exit 1
