#!/bin/sh
# Lints the C sources: bans the unbounded or unsafe libc calls the house
# style forbids (strcpy, strcat, sprintf, gets, atoi, strtok), then runs
# cppcheck when it is installed (BH_CPPCHECK=0 skips it).  Reads only;
# exits 1 on any finding, naming file and line.
#
# usage: scripts/lint.sh [DIR...]     (default: src/ of this repository)
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
[ $# -gt 0 ] || set -- "$top/src"

banned='strcpy|strcat|sprintf|gets|atoi|strtok'
status=0

files=$(find "$@" -type f \( -name '*.c' -o -name '*.h' \) | sort)
if [ -z "$files" ]; then
	echo "lint: no C files under $*" >&2
	exit 1
fi

# A call is the name as a whole word followed by "(": snprintf, fgets and
# strtok_r do not match.
# shellcheck disable=SC2086
if grep -nHE "(^|[^A-Za-z0-9_])($banned)[[:space:]]*\(" $files; then
	echo "lint: banned call(s) above; use snprintf, g_strlcpy," \
	    "GString, strtol or strtok_r instead" >&2
	status=1
fi

if [ "${BH_CPPCHECK:-1}" != 0 ] && command -v cppcheck >/dev/null; then
	incs=""
	for d in $(find "$@" -type f -name '*.h' -exec dirname {} \; | sort -u)
	do
		incs="$incs -I$d"
	done
	# shellcheck disable=SC2086
	if ! cppcheck --quiet --error-exitcode=1 --std=c11 \
	    --enable=warning,portability --inline-suppr \
	    -D_POSIX_C_SOURCE=200809L $incs "$@"; then
		echo "lint: cppcheck findings above" >&2
		status=1
	fi
fi

[ $status -ne 0 ] || echo "lint: ok ($(echo "$files" | wc -l) files)"
exit $status
