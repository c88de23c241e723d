/*
 * Shared by the store's unit tests: a database in a temporary folder of
 * its own, and one value from a query.
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
