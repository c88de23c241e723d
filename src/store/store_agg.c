/*
 * store_agg: the counts a page of figures asks for (contacts by status,
 * failures by domain and by day) kept on a connection for a few seconds
 * and given again, so that an overview asked again costs nothing while
 * nothing has changed.  Only for a connection that never writes: what
 * tells a change is SQLite's data_version, which moves when another
 * connection commits, never for the connection's own writes.
 */
#include <string.h>

#include "store_int.h"

/* Results kept per connection (the overview asks for four). */
#define AGG_MAX	8

static const char sql_agg_version[] = "PRAGMA data_version";

struct agg_row {
	char		*a, *b;
	long long	 n;
};

/* One query's rows, as asked (sql, since, limit) at version, at. */
struct store_agg {
	const char	*sql;
	long long	 since;
	int		 limit;
	long long	 version;
	gint64		 at;		/* monotonic, microseconds */
	GArray		*rows;		/* struct agg_row */
	int		 done;		/* every row read */
};

static void
agg_row_clear(gpointer p)
{
	struct agg_row *r = p;

	g_free(r->a);
	g_free(r->b);
}

static void
agg_free(gpointer p)
{
	struct store_agg *a = p;

	g_array_free(a->rows, TRUE);
	g_free(a);
}

void
store_agg_keep(struct store *st, int seconds)
{
	st->agg_ttl = seconds;
	if (st->aggs == NULL)
		st->aggs = g_ptr_array_new_with_free_func(agg_free);
	g_ptr_array_set_size(st->aggs, 0);
}

/* 1 if a answers (sql, since, limit) now at version. */
static int
agg_fresh(const struct store *st, const struct store_agg *a,
    const char *query, long long since, int limit, long long version)
{
	long long ttl = st->agg_ttl;

	return a->done && a->sql == query && a->limit == limit &&
	    a->version == version && since >= a->since &&
	    since - a->since <= ttl &&
	    g_get_monotonic_time() - a->at <= ttl * G_USEC_PER_SEC;
}

static struct store_agg *
agg_find(struct store *st, const char *query, long long since, int limit)
{
	long long v;
	guint i;

	if (st->agg_ttl <= 0)
		return NULL;
	v = store_pragma_int(st, sql_agg_version);
	for (i = 0; i < st->aggs->len; i++)
		if (agg_fresh(st, st->aggs->pdata[i], query, since, limit, v))
			return st->aggs->pdata[i];
	return NULL;
}

static int
agg_replay(const struct store_agg *a, store_count_fn fn, void *ctx,
    struct err *err)
{
	const struct agg_row *r;
	guint i;

	for (i = 0; i < a->rows->len; i++) {
		r = &g_array_index(a->rows, struct agg_row, i);
		if (fn(ctx, r->a, r->b, r->n) < 0)
			return err_set(err, "stopped by the caller");
	}
	return 0;
}

/*
 * A new entry for (sql, since, limit), replacing the one it renews (the
 * same query, since moved less than the keep) or else the oldest when
 * full; NULL when not keeping.  Two callers may ask the same query from
 * different times (the page's chart from midnight, the API from now).
 */
static struct store_agg *
agg_begin(struct store *st, const char *query, long long since, int limit)
{
	struct store_agg *a;
	guint i;

	if (st->agg_ttl <= 0)
		return NULL;
	for (i = 0; i < st->aggs->len; i++) {
		a = st->aggs->pdata[i];
		if (a->sql == query && a->limit == limit &&
		    since >= a->since && since - a->since <= st->agg_ttl)
			g_ptr_array_remove_index(st->aggs, i--);
	}
	if (st->aggs->len >= AGG_MAX)
		g_ptr_array_remove_index(st->aggs, 0);
	a = g_new0(struct store_agg, 1);
	a->sql = query;
	a->since = since;
	a->limit = limit;
	a->version = store_pragma_int(st, sql_agg_version);
	a->at = g_get_monotonic_time();
	a->rows = g_array_new(FALSE, FALSE, sizeof(struct agg_row));
	g_array_set_clear_func(a->rows, agg_row_clear);
	g_ptr_array_add(st->aggs, a);
	return a;
}

static void
agg_add(struct store_agg *a, const char *x, const char *y, long long n)
{
	struct agg_row r;

	if (a == NULL)
		return;
	r.a = g_strdup(x);
	r.b = g_strdup(y);
	r.n = n;
	g_array_append_val(a->rows, r);
}

int
store_agg_each(struct store *st, const char *query, long long since,
    int limit, store_count_fn fn, void *ctx, const char *what,
    struct err *err)
{
	struct store_agg *a;
	sqlite3_stmt *s;
	int rc;

	if ((a = agg_find(st, query, since, limit)) != NULL)
		return agg_replay(a, fn, ctx, err);
	/* lint-sql: the callers' static sql_* constants. */
	if ((s = store_stmt(st, query, err)) == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, since);
	if (sqlite3_bind_parameter_count(s) >= 2)
		sqlite3_bind_int(s, 2, limit > 0 ? limit : -1);
	a = agg_begin(st, query, since, limit);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		agg_add(a, store_col_text(s, 0), store_col_text(s, 1),
		    sqlite3_column_int64(s, 2));
		if (fn(ctx, store_col_text(s, 0), store_col_text(s, 1),
		    sqlite3_column_int64(s, 2)) < 0) {
			sqlite3_reset(s);
			return err_set(err, "stopped by the caller");
		}
	}
	sqlite3_reset(s);
	if (rc != SQLITE_DONE)
		return store_sql_err(st, what, err);
	if (a != NULL)
		a->done = 1;
	return 0;
}
