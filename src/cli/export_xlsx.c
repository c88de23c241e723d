/*
 * export_xlsx: the export as an Excel workbook (libxlsxwriter), for
 * people: every cell is written as a string, so nothing a stranger put in
 * a bounce or a CRM field can run as a formula and nothing is turned into
 * a number (phone numbers keep their '+' and leading zeros).  Rows stream
 * in constant memory; past a sheet's 1,048,576 rows the list goes on in a
 * second sheet with the same header.
 */
#include <string.h>

#include <glib.h>
#include <xlsxwriter.h>

#include "export_sink.h"

/* Excel keeps at most this many characters in a cell. */
#define XLSX_CELL_MAX	32767

struct xlsx_sink {
	struct export_sink base;
	lxw_workbook	*wb;
	lxw_worksheet	*ws;
	lxw_format	*bold;
	char		**head;		/* the header row, for each sheet */
	size_t		 ncols;
	lxw_row_t	 row;		/* next row on this sheet */
	int		 sheets;
	long		 cut;		/* cells cut to XLSX_CELL_MAX */
};

/* Valid UTF-8 of at most XLSX_CELL_MAX characters (a copy). */
static char *
xlsx_text(struct xlsx_sink *x, const char *s)
{
	char *v = g_utf8_make_valid(s, -1);

	if (g_utf8_strlen(v, -1) > XLSX_CELL_MAX) {
		*g_utf8_offset_to_pointer(v, XLSX_CELL_MAX) = '\0';
		x->cut++;
	}
	return v;
}

static int
xlsx_err(lxw_error e, struct err *err)
{
	return err_set(err, "cannot write the workbook: %s",
	    lxw_strerror(e));
}

static int
xlsx_cells(struct xlsx_sink *x, char *const *cells, size_t n,
    lxw_format *fmt, struct err *err)
{
	lxw_error e = LXW_NO_ERROR;
	size_t i;

	for (i = 0; i < n && e == LXW_NO_ERROR; i++) {
		char *v;

		if (cells[i] == NULL || cells[i][0] == '\0')
			continue;
		v = xlsx_text(x, cells[i]);
		e = worksheet_write_string(x->ws, x->row, (lxw_col_t)i, v,
		    fmt);
		g_free(v);
	}
	x->row++;
	return e == LXW_NO_ERROR ? 0 : xlsx_err(e, err);
}

/* A sheet with the header frozen and filters on; the header written. */
static int
xlsx_sheet(struct xlsx_sink *x, struct err *err)
{
	char name[32];

	x->sheets++;
	if (x->sheets == 1)
		g_strlcpy(name, "contacts", sizeof(name));
	else
		g_snprintf(name, sizeof(name), "contacts %d", x->sheets);
	if ((x->ws = workbook_add_worksheet(x->wb, name)) == NULL)
		return err_set(err, "cannot add sheet '%s'", name);
	x->row = 0;
	worksheet_freeze_panes(x->ws, 1, 0);
	worksheet_set_column(x->ws, 0, 0, 34, NULL);
	if (x->ncols > 1)
		worksheet_set_column(x->ws, 1, (lxw_col_t)(x->ncols - 1), 18,
		    NULL);
	return xlsx_cells(x, x->head, x->ncols, x->bold, err);
}

static void
xlsx_filter(struct xlsx_sink *x)
{
	if (x->ws != NULL && x->ncols > 0)
		worksheet_autofilter(x->ws, 0, 0, x->row - 1,
		    (lxw_col_t)(x->ncols - 1));
}

static int
xlsx_row(struct export_sink *s, char *const *cells, size_t n,
    struct err *err)
{
	struct xlsx_sink *x = (struct xlsx_sink *)s;

	if (x->head == NULL) {
		x->head = g_new0(char *, n + 1);
		for (x->ncols = 0; x->ncols < n; x->ncols++)
			x->head[x->ncols] = g_strdup(cells[x->ncols]);
		return xlsx_sheet(x, err);
	}
	if (x->row >= LXW_ROW_MAX) {
		xlsx_filter(x);
		if (xlsx_sheet(x, err) < 0)
			return -1;
	}
	return xlsx_cells(x, cells, n, NULL, err);
}

static int
xlsx_finish(struct export_sink *s, struct err *err)
{
	struct xlsx_sink *x = (struct xlsx_sink *)s;
	lxw_error e;

	xlsx_filter(x);
	e = workbook_close(x->wb);
	x->wb = NULL;
	if (x->cut > 0)
		g_printerr("export: %ld cells longer than %d characters were "
		    "cut to fit Excel\n", x->cut, XLSX_CELL_MAX);
	return e == LXW_NO_ERROR ? 0 : xlsx_err(e, err);
}

static void
xlsx_free(struct export_sink *s)
{
	struct xlsx_sink *x = (struct xlsx_sink *)s;

	if (x == NULL)
		return;
	if (x->wb != NULL)
		workbook_close(x->wb);
	g_strfreev(x->head);
	g_free(x);
}

static const struct export_sink_ops xlsx_ops = { xlsx_row, xlsx_finish,
	xlsx_free };

struct export_sink *
export_xlsx_new(const char *path, struct err *err)
{
	lxw_workbook_options opt = { .constant_memory = LXW_TRUE };
	struct xlsx_sink *x = g_new0(struct xlsx_sink, 1);
	char *dir = g_path_get_dirname(path);

	/* Its scratch files beside the target, not in a shared /tmp. */
	opt.tmpdir = dir;
	x->base.ops = &xlsx_ops;
	x->wb = workbook_new_opt(path, &opt);
	g_free(dir);
	if (x->wb == NULL) {
		g_free(x);
		err_set(err, "cannot create the workbook '%s'", path);
		return NULL;
	}
	x->bold = workbook_add_format(x->wb);
	format_set_bold(x->bold);
	return &x->base;
}
