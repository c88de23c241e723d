/*
 * export_list: the cleaned contact list as rows for an export sink: a
 * fixed first column `email`, then every other imported column in its
 * original order (the union of the imported headers), then status,
 * reason, last_bounce, suggestion and source.  Shared by `export` and the review
 * server's downloads; which contacts go in is the caller's choice.
 */
#include <string.h>
#include <time.h>

#include <glib.h>

#include "csv.h"
#include "export_list.h"
#include "log.h"

static const char *const export_extra[] = { "status", "reason",
	"last_bounce", "suggestion", "source", NULL };

#define EXPORT_NEXTRA	5

/*
 * The union of every imported header but the address columns, and where
 * each header's columns go: position 0 is `email`, -1 a column dropped.
 */
struct export_cols {
	GPtrArray	*names;		/* "email", then the union */
	GHashTable	*maps;		/* header id -> GArray of int */
	GHashTable	*pos;		/* name -> position + 1 */
};

struct export_list {
	struct export_sink *sink;
	struct export_cols cols;
	struct csv_reader *rd;		/* reads each stored row */
	char		**cells;	/* one per column, borrowed */
	char		 date[32];
	long		 rows;
};

static int
export_name_pos(struct export_cols *c, const char *name)
{
	gpointer v = g_hash_table_lookup(c->pos, name);

	if (v != NULL)
		return GPOINTER_TO_INT(v) - 1;
	g_ptr_array_add(c->names, g_strdup(name));
	g_hash_table_insert(c->pos, c->names->pdata[c->names->len - 1],
	    GINT_TO_POINTER((int)c->names->len));
	return (int)c->names->len - 1;
}

static int
export_header_add(void *ctx, long long id, const char *names, int email_col)
{
	struct export_cols *c = ctx;
	struct csv_reader *r = csv_reader_new_mem(names, strlen(names));
	GArray *map = g_array_new(FALSE, FALSE, sizeof(int));
	struct csv_row row;
	struct err err;
	size_t i;
	int pos;

	if (csv_reader_next(r, &row, &err) == 1 && row.error == NULL)
		for (i = 0; i < row.nfields; i++) {
			pos = (int)i == email_col ? 0 :
			    export_name_pos(c, row.fields[i]);
			g_array_append_val(map, pos);
		}
	csv_reader_free(r);
	g_hash_table_insert(c->maps, g_memdup2(&id, sizeof(id)), map);
	return 0;
}

static void
export_map_free(gpointer p)
{
	g_array_free(p, TRUE);
}

static int
export_cols_load(struct store *st, struct export_cols *c, struct err *err)
{
	c->names = g_ptr_array_new_with_free_func(g_free);
	c->maps = g_hash_table_new_full(g_int64_hash, g_int64_equal, g_free,
	    export_map_free);
	c->pos = g_hash_table_new(g_str_hash, g_str_equal);
	g_ptr_array_add(c->names, g_strdup("email"));
	return store_header_each(st, export_header_add, c, err);
}

static void
export_cols_free(struct export_cols *c)
{
	if (c->pos != NULL)
		g_hash_table_destroy(c->pos);
	if (c->names != NULL)
		g_ptr_array_free(c->names, TRUE);
	if (c->maps != NULL)
		g_hash_table_destroy(c->maps);
}

const char *
export_date(long long t, char *buf, size_t len)
{
	time_t tt = (time_t)t;
	struct tm tm;

	if (t == 0 || gmtime_r(&tt, &tm) == NULL)
		return NULL;
	strftime(buf, len, "%Y-%m-%dT%H:%M:%SZ", &tm);
	return buf;
}

/*
 * Places a stored row's cells in the union's columns (borrowed from x->rd
 * until the next row), the address first, the status columns last.
 */
static void
export_place(struct export_list *x, const struct store_export_row *r)
{
	GArray *map = g_hash_table_lookup(x->cols.maps, &r->header_id);
	char **extra = x->cells + x->cols.names->len;
	struct csv_row row;
	struct err err;
	size_t i;
	int pos;

	memset(x->cells, 0, x->cols.names->len * sizeof(*x->cells));
	if (r->columns != NULL && map != NULL) {
		csv_reader_reset_mem(x->rd, r->columns, strlen(r->columns));
		if (csv_reader_next(x->rd, &row, &err) == 1 &&
		    row.error == NULL)
			for (i = 0; i < row.nfields && i < map->len; i++)
				if ((pos = g_array_index(map, int, i)) >= 0)
					x->cells[pos] = row.fields[i];
	}
	/* The address as the list spelled it, else as stored. */
	if (x->cells[0] == NULL || x->cells[0][0] == '\0')
		x->cells[0] = (char *)r->address;
	extra[0] = (char *)r->status;
	extra[1] = (char *)r->reason;
	extra[2] = (char *)export_date(r->last_bounce, x->date,
	    sizeof(x->date));
	extra[3] = (char *)r->suggestion;
	extra[4] = (char *)r->source;
}

int
export_list_row(void *ctx, const struct store_export_row *r)
{
	struct export_list *x = ctx;
	struct err err;

	export_place(x, r);
	if (x->sink->ops->row(x->sink, x->cells, x->cols.names->len +
	    EXPORT_NEXTRA, &err) < 0) {
		log_error("%s", err.msg);
		return -1;
	}
	x->rows++;
	return 0;
}

static int
export_head(struct export_list *x, struct err *err)
{
	size_t i, n = x->cols.names->len;

	for (i = 0; i < n; i++)
		x->cells[i] = x->cols.names->pdata[i];
	for (i = 0; i < EXPORT_NEXTRA; i++)
		x->cells[n + i] = (char *)export_extra[i];
	return x->sink->ops->row(x->sink, x->cells, n + EXPORT_NEXTRA, err);
}

struct export_list *
export_list_new(struct store *st, struct export_sink *sink, struct err *err)
{
	struct export_list *x = g_new0(struct export_list, 1);

	x->sink = sink;
	if (export_cols_load(st, &x->cols, err) < 0) {
		export_list_free(x);
		return NULL;
	}
	x->cells = g_new0(char *, x->cols.names->len + EXPORT_NEXTRA + 1);
	x->rd = csv_reader_new_mem("", 0);
	if (export_head(x, err) < 0) {
		export_list_free(x);
		return NULL;
	}
	return x;
}

long
export_list_rows(const struct export_list *x)
{
	return x->rows;
}

void
export_list_free(struct export_list *x)
{
	if (x == NULL)
		return;
	export_cols_free(&x->cols);
	if (x->rd != NULL)
		csv_reader_free(x->rd);
	g_free(x->cells);
	g_free(x);
}
