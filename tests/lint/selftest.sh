#!/bin/sh
# Proves scripts/lint.sh can fail: each banned call planted in a temporary
# tree must be reported, and look-alikes (snprintf, fgets, strtok_r) must
# not be; in a store/ folder, SQL that is neither a literal nor a sql_*
# constant must be reported at each sink, and constants, literals and
# marked lines must not be.
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
mkdir -p "$tmp/sql/store"
cat >"$tmp/sql/store/bad.c" <<'C'
static const char sql_one[] = "SELECT 1";
static char sql_mutable[] = "SELECT 2";
int store_run(struct store *st, const char *sql, struct err *err);
int
store_run(struct store *st, const char *sql, struct err *err)
{
	char buf[64];

	snprintf(buf, sizeof(buf), "SELECT %s", err->msg);
	sqlite3_exec(st->db, buf, NULL, NULL, NULL);
	sqlite3_prepare_v2(st->db, q->str, -1, &s, NULL);
	store_run(st, sql_mutable, err);
	return store_run(st, buf, err);
}
C
out=$(BH_CPPCHECK=0 "$lint" "$tmp/sql" 2>&1) &&
    { echo "FAIL: lint accepted SQL built at run time"; fail=1; }
for l in 10:buf 11:q- 12:sql_mutable 13:buf; do
	echo "$out" | grep -q "bad.c:${l%%:*}: SQL not a constant: ${l#*:}" ||
	    { echo "FAIL: lint did not report bad.c:$l: $out"; fail=1; }
done
rm "$tmp/sql/store/bad.c"
cat >"$tmp/sql/store/ok.c" <<'C'
static const char sql_one[] = "SELECT 1";
static const char *const sql_by[] = { "SELECT 1", "SELECT 2" };
int store_run(struct store *st, const char *sql, struct err *err);
int
store_run(struct store *st, const char *sql, struct err *err)
{
	/* lint-sql: the caller's, checked at each call. */
	sqlite3_exec(st->db, sql, NULL, NULL, NULL);
	sqlite3_prepare_v2(st->db, "SELECT \"a, b\"", -1, &s, NULL);
	store_run(st, sql_one, err);
	store_run(st, sql_by[err->n], err);
	return store_run(st, "PRAGMA x = 1", err);
}
C
if ! out=$(BH_CPPCHECK=0 "$lint" "$tmp/sql" 2>&1); then
	echo "FAIL: lint rejected constant SQL: $out"
	fail=1
fi
[ $fail -eq 0 ] && echo "lint selftest: ok"
exit $fail
