/*
 * cmd_export: `bounce-harvester export`: the cleaned contact list as CSV,
 * streamed: the imported columns in their original order, then status,
 * reason, last_bounce, suggestion and source.  Only the imported (and
 * hand-added) contacts unless --with-bounced.  Cells a spreadsheet would
 * run as formulas get a leading apostrophe unless --formulas is given.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <glib.h>

#include "cli.h"
#include "cli_store.h"
#include "csv.h"
#include "log.h"

#define EXPORT_FLUSH	(64 * 1024)

static const char *const export_default[] = { "active", "full",
	"retry-later", "suspect", NULL };

/* The union of every imported header, and where each header's columns go. */
struct export_cols {
	GPtrArray	*names;		/* union, first-seen order */
	GHashTable	*maps;		/* header id -> GArray of int */
	int		 email;		/* union position of the address */
};

struct export_ctx {
	FILE		*fp;
	int		 neutralise;
	int		 with_bounced;	/* --with-bounced */
	struct export_cols cols;
	GString		*out;
	struct csv_reader *rd;		/* reads each stored row */
	char		**cells;	/* one per union column, borrowed */
	long		 rows;
	int		 werr;
};

static int
export_name_pos(struct export_cols *c, const char *name)
{
	guint i;

	for (i = 0; i < c->names->len; i++)
		if (strcmp(c->names->pdata[i], name) == 0)
			return (int)i;
	g_ptr_array_add(c->names, g_strdup(name));
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
			pos = export_name_pos(c, row.fields[i]);
			g_array_append_val(map, pos);
			if ((int)i == email_col && c->email < 0)
				c->email = pos;
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
	c->email = -1;
	if (store_header_each(st, export_header_add, c, err) < 0)
		return -1;
	if (c->email < 0)
		c->email = export_name_pos(c, "email");
	return 0;
}

static void
export_cols_free(struct export_cols *c)
{
	if (c->names != NULL)
		g_ptr_array_free(c->names, TRUE);
	if (c->maps != NULL)
		g_hash_table_destroy(c->maps);
}

static int
export_flush(struct export_ctx *x, size_t min)
{
	if (x->out->len < min)
		return 0;
	if (fwrite(x->out->str, 1, x->out->len, x->fp) != x->out->len) {
		x->werr = errno;
		return -1;
	}
	g_string_truncate(x->out, 0);
	return 0;
}

static void
export_extras(struct export_ctx *x, const struct store_export_row *r)
{
	char date[32];

	g_string_append_c(x->out, ',');
	csv_field_append(x->out, r->status, x->neutralise);
	g_string_append_c(x->out, ',');
	csv_field_append(x->out, r->reason, x->neutralise);
	g_string_append_c(x->out, ',');
	csv_field_append(x->out, cli_date_format(r->last_bounce, date,
	    sizeof(date)), 0);
	g_string_append_c(x->out, ',');
	csv_field_append(x->out, r->suggestion, x->neutralise);
	g_string_append_c(x->out, ',');
	csv_field_append(x->out, r->source, 0);
	g_string_append(x->out, "\r\n");
}

/*
 * Places a stored row's cells in the union's columns (borrowed from x->rd
 * until the next row).
 */
static void
export_place(struct export_ctx *x, const struct store_export_row *r)
{
	GArray *map = g_hash_table_lookup(x->cols.maps, &r->header_id);
	struct csv_row row;
	struct err err;
	size_t i;

	memset(x->cells, 0, x->cols.names->len * sizeof(*x->cells));
	if (r->columns == NULL || map == NULL) {
		x->cells[x->cols.email] = (char *)r->address;
		return;
	}
	csv_reader_reset_mem(x->rd, r->columns, strlen(r->columns));
	if (csv_reader_next(x->rd, &row, &err) != 1 || row.error != NULL)
		return;
	for (i = 0; i < row.nfields && i < map->len; i++)
		x->cells[g_array_index(map, int, i)] = row.fields[i];
}

static int
export_row(void *ctx, const struct store_export_row *r)
{
	struct export_ctx *x = ctx;

	export_place(x, r);
	csv_row_append(x->out, x->cells, x->cols.names->len, x->neutralise);
	export_extras(x, r);
	x->rows++;
	return export_flush(x, EXPORT_FLUSH);
}

static void
export_head(struct export_ctx *x)
{
	char *extra[] = { "status", "reason", "last_bounce", "suggestion",
		"source" };

	csv_row_append(x->out, (char **)x->cols.names->pdata,
	    x->cols.names->len, x->neutralise);
	g_string_append_c(x->out, ',');
	csv_row_append(x->out, extra, G_N_ELEMENTS(extra), 0);
	g_string_append(x->out, "\r\n");
}

static FILE *
export_open(const char *path)
{
	FILE *fp;
	int fd;

	if (path == NULL || strcmp(path, "-") == 0)
		return stdout;
	fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
	if (fd < 0 || (fp = fdopen(fd, "w")) == NULL) {
		log_error("cannot create '%s': %s", path, strerror(errno));
		if (fd >= 0)
			close(fd);
		return NULL;
	}
	return fp;
}

static int
export_run(struct export_ctx *x, struct store *st, char **statuses,
    struct err *err)
{
	const char *const *want = (const char *const *)statuses;
	int rc;

	if (statuses == NULL)
		want = export_default;
	else if (strcmp(statuses[0], "all") == 0)
		want = NULL;
	if (export_cols_load(st, &x->cols, err) < 0)
		return -1;
	x->cells = g_new0(char *, x->cols.names->len + 1);
	x->out = g_string_sized_new(EXPORT_FLUSH * 2);
	x->rd = csv_reader_new_mem("", 0);
	export_head(x);
	rc = store_export_each(st, want, x->with_bounced, export_row, x, err);
	if (rc == 0 && export_flush(x, 0) < 0)
		rc = -1;
	if (rc < 0 && x->werr != 0)
		err_set(err, "cannot write the export: %s", strerror(x->werr));
	g_string_free(x->out, TRUE);
	csv_reader_free(x->rd);
	g_free(x->cells);
	return rc;
}

static char **
export_statuses(const char *list)
{
	char **v;
	size_t i;

	if (list == NULL)
		return NULL;
	v = g_strsplit(list, ",", -1);
	for (i = 0; v[i] != NULL; i++)
		g_strstrip(v[i]);
	return v;
}

static int
export_main(struct cli_db *db, const char *outfile, const char *list,
    int formulas, int with_bounced)
{
	struct export_ctx x = { 0 };
	char **statuses = export_statuses(list);
	struct err err;
	int rc = EXIT_OK, i;

	for (i = 0; statuses != NULL && statuses[i] != NULL; i++)
		if (strcmp(statuses[i], "all") != 0 &&
		    !store_status_valid(statuses[i])) {
			log_error("export: unknown status '%s'", statuses[i]);
			g_strfreev(statuses);
			return EXIT_USAGE;
		}
	x.neutralise = !formulas;
	x.with_bounced = with_bounced;
	if ((x.fp = export_open(outfile)) == NULL)
		rc = EXIT_RUNTIME;
	else if (export_run(&x, db->st, statuses, &err) < 0) {
		log_error("%s", err.msg);
		rc = x.werr != 0 ? EXIT_RUNTIME : EXIT_STORE;
	}
	if (x.fp != NULL && x.fp != stdout && fclose(x.fp) != 0 &&
	    rc == EXIT_OK) {
		log_error("cannot write '%s': %s", outfile, strerror(errno));
		rc = EXIT_RUNTIME;
	}
	export_cols_free(&x.cols);
	g_strfreev(statuses);
	return rc;
}

int
cmd_export(int argc, char **argv)
{
	struct cli_db db = { .mode = STORE_READ };
	char *outfile = NULL, *list = NULL;
	int formulas = 0, with_bounced = 0, rc;
	GOptionEntry entries[] = {
		CLI_DB_OPTIONS(&db),
		{ "output", 'o', 0, G_OPTION_ARG_FILENAME, &outfile,
		    "write to FILE (created 0600) instead of standard output",
		    "FILE" },
		{ "status", 0, 0, G_OPTION_ARG_STRING, &list,
		    "statuses to export, comma-separated, or all (default: "
		    "all but invalid and complained)", "LIST" },
		{ "formulas", 0, 0, G_OPTION_ARG_NONE, &formulas,
		    "keep cells starting with = + - @ as they are", NULL },
		{ "with-bounced", 0, 0, G_OPTION_ARG_NONE, &with_bounced,
		    "also the addresses that only a bounce named (never "
		    "imported; source column: bounce)", NULL },
		{ NULL, 0, 0, 0, NULL, NULL, NULL },
	};

	if (cli_parse_options("export", "", entries, &argc, &argv) < 0)
		return EXIT_USAGE;
	if (argc != 1) {
		log_error("export: unexpected argument '%s'", argv[1]);
		rc = EXIT_USAGE;
	} else if ((rc = cli_db_open(&db)) == EXIT_OK)
		rc = export_main(&db, outfile, list, formulas, with_bounced);
	cli_db_close(&db);
	g_free(outfile);
	g_free(list);
	return rc;
}
