#!/bin/sh
# Proves scripts/lint.sh can fail: each banned call planted in a temporary
# tree must be reported, and look-alikes (snprintf, fgets, strtok_r) must
# not be.
# usage: selftest.sh PATH/TO/lint.sh
set -eu
lint=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0

for fn in strcpy strcat sprintf gets atoi strtok; do
	mkdir "$tmp/$fn"
	printf 'void f(char *a, char *b);\nvoid\nf(char *a, char *b)\n{\n\t(void)%s (a, b);\n}\n' \
	    "$fn" >"$tmp/$fn/bad.c"
	if out=$(BH_CPPCHECK=0 "$lint" "$tmp/$fn" 2>&1); then
		echo "FAIL: lint accepted $fn()"
		fail=1
	elif ! echo "$out" | grep -q "bad.c:5:"; then
		echo "FAIL: lint did not name bad.c:5 for $fn(): $out"
		fail=1
	fi
done

mkdir "$tmp/ok"
cat >"$tmp/ok/ok.c" <<'C'
#include <stdio.h>
#include <string.h>
void g(char *a, size_t n, FILE *fp);
void
g(char *a, size_t n, FILE *fp)
{
	char *save;

	snprintf(a, n, "%s", "x");
	(void)fgets(a, (int)n, fp);
	(void)strtok_r(a, " ", &save);
	(void)my_strcpy_checked;	/* not a call of strcpy */
}
C
if ! out=$(BH_CPPCHECK=0 "$lint" "$tmp/ok" 2>&1); then
	echo "FAIL: lint rejected clean code: $out"
	fail=1
fi
[ $fail -eq 0 ] && echo "lint selftest: ok"
exit $fail
