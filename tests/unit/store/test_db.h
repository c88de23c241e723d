/*
 * Shared by the store's unit tests: a database in a temporary folder of
 * its own, sent mail in it, and one value from a query.
 */
#ifndef BH_TEST_DB_H
#define BH_TEST_DB_H

#include <stdio.h>
#include <stdlib.h>

#include <glib.h>
#include <sqlite3.h>

#include "store.h"

/*
 * A new folder named after tmpl (mkdtemp form) and the database name in
 * it (name may hold a subfolder) opened into *st.  0, or -1 printed.
 */
static inline int
test_db_open(const char *tmpl, const char *name, char **dir, char **path,
    struct store **st)
{
	struct err err;

	*dir = g_dir_make_tmp(tmpl, NULL);
	*path = g_build_filename(*dir, name, NULL);
	if (store_open(*path, 1000, st, &err) < 0) {
		fprintf(stderr, "%s\n", err.msg);
		return -1;
	}
	return 0;
}

/* Closes st and removes dir with everything in it; 0, or -1. */
static inline int
test_db_remove(struct store *st, char *dir, char *path)
{
	char *cmd = g_strdup_printf("rm -rf '%s'", dir);
	int rc;

	store_close(st);
	rc = system(cmd);
	g_free(cmd);
	g_free(path);
	g_free(dir);
	return rc == 0 ? 0 : -1;
}

/* A test's database: its folder, its path and the store open on it. */
struct test_db {
	char		*dir, *path;
	struct store	*st;
};

/* cmocka setup: a new test_db in *state.  0, or -1 printed. */
static inline int
test_db_setup(void **state, const char *tmpl, const char *name)
{
	struct test_db *f = g_new0(struct test_db, 1);

	*state = f;
	return test_db_open(tmpl, name, &f->dir, &f->path, &f->st);
}

/* cmocka teardown of test_db_setup(). */
static inline int
test_db_teardown(void **state)
{
	struct test_db *f = *state;
	int rc = test_db_remove(f->st, f->dir, f->path);

	g_free(f);
	return rc;
}

/*
 * Records that we sent mid (NULL: a log row without one) to rcpt at
 * date, in a transaction of its own: the message a test's notice
 * answers, so that the notice counts under the strict default.  1 if
 * the row is new, 0 if it was there.
 */
static inline int
test_db_sent(struct store *st, const char *mid, const char *rcpt,
    long long date)
{
	struct store_sent s = { mid, rcpt, date, "Sent" };
	struct err err;
	int added;

	assert_int_equal(store_begin(st, &err), 0);
	if (store_sent_add(st, &s, &added, &err) < 0)
		fail_msg("%s", err.msg);
	assert_int_equal(store_commit(st, &err), 0);
	return added;
}

/* The first column of the first row of sql on path, or -1 without one. */
static inline long long
test_db_int(const char *path, const char *sql)
{
	sqlite3 *db;
	sqlite3_stmt *s;
	long long v = -1;

	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &s, NULL), SQLITE_OK);
	if (sqlite3_step(s) == SQLITE_ROW)
		v = sqlite3_column_int64(s, 0);
	sqlite3_finalize(s);
	sqlite3_close(db);
	return v;
}

#endif
