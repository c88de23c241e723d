#!/bin/sh
# Lints the C sources: bans the unbounded or unsafe libc calls the house
# style forbids (strcpy, strcat, sprintf, gets, atoi, strtok); in the
# store (files under a store/ folder), SQL must be a constant: see
# sql_constant_check below; then runs cppcheck when it is installed
# (BH_CPPCHECK=0 skips it).  Reads only; exits 1 on any finding, naming
# file and line.
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

# SQL only from constants, in the store: the SQL argument (the second)
# of sqlite3_prepare*(), sqlite3_exec() and of every store function that
# takes a `const char *sql` (store_stmt, store_exec, ...) must be a string
# literal or a sql_* constant (`static const char sql_x[]` or `static
# const char *const sql_x[]`, indexed), unless the line or the one above
# says `lint-sql:` and why the SQL built there is safe.  Calls are
# indented: what starts at the first column (definitions, prototypes) is
# not read.
sql_constant_check() {
	store=$(echo "$files" | grep '/store/[^/]*\.c$' || true)
	[ -n "$store" ] || return 0
	decl='^static const char (\*const )?sql_[A-Za-z0-9_]+\[\]'
	# shellcheck disable=SC2086
	consts=$(grep -hoE "$decl" $store |
	    sed 's/.*\(sql_[A-Za-z0-9_]*\).*/\1/' | tr '\n' ' ')
	# shellcheck disable=SC2086
	sinks=$(grep -hoE '^[a-z_][a-z0-9_]*\([^)]*const char \*sql\b' $store |
	    sed 's/(.*//' | tr '\n' '|')
	# shellcheck disable=SC2086
	awk -v sinks="${sinks}sqlite3_prepare[a-z0-9_]*|sqlite3_exec" \
	    -v consts=" $consts " '
	function arg2(rest,    depth, i, c, n, start) {
		n = 0; depth = 0; start = 1
		for (i = 1; i <= length(rest); i++) {
			c = substr(rest, i, 1)
			if (c == "\"") {
				i++
				while (i <= length(rest) &&
				    substr(rest, i, 1) != "\"")
					i += substr(rest, i, 1) == "\\" ? 2 : 1
			} else if (c == "(" || c == "[")
				depth++
			else if ((c == ")" || c == "]") && depth > 0)
				depth--
			else if ((c == "," || c == ")") && depth == 0) {
				if (n == 1)
					return substr(rest, start, i - start)
				n++
				start = i + 1
			}
		}
		return n == 1 ? substr(rest, start) : ""
	}
	{
		line = $0
		if (line ~ /^[ \t]/ &&
		    match(line, "(^|[^A-Za-z0-9_])(" sinks ")[ \t]*\(")) {
			a = arg2(substr(line, RSTART + RLENGTH))
			gsub(/^[ \t]+|[ \t]+$/, "", a)
			ok = a ~ /^"/
			if (a ~ /^sql_[A-Za-z0-9_]+(\[[^]]*\])?$/) {
				name = a
				sub(/\[.*/, "", name)
				ok = index(consts, " " name " ") > 0
			}
			if (!ok && (line ~ /lint-sql:/ || prev ~ /lint-sql:/))
				ok = 1
			if (!ok) {
				printf "%s:%d: SQL not a constant: %s\n",
				    FILENAME, FNR, a == "" ? "(argument not " \
				    "on this line)" : a
				bad = 1
			}
		}
		prev = line
	}
	END { exit bad }' $store
}
if ! sql_constant_check; then
	echo "lint: SQL above is not a literal nor a sql_* constant; mark" \
	    "SQL built on purpose with a 'lint-sql: why' comment" >&2
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
