/* Shared by the store's unit tests: one value from a query. */
#ifndef BH_TEST_DB_H
#define BH_TEST_DB_H

#include <sqlite3.h>

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
