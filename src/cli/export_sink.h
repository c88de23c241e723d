/*
 * export_sink: where `export` writes its rows: CSV for machines (a mailing
 * tool, a CRM) or XLSX for people.  cmd_export.c decides the columns and
 * their order; a sink only writes cells.  All memory belongs to the
 * caller; cells are borrowed for the call.
 */
#ifndef BH_CLI_EXPORT_SINK_H
#define BH_CLI_EXPORT_SINK_H

#include <stddef.h>

#include "err.h"

struct export_sink;

struct export_sink_ops {
	/* One row; the first is the header.  NULL cells are empty. */
	int	(*row)(struct export_sink *s, char *const *cells, size_t n,
		    struct err *err);
	/* Everything written and closed; 0, or -1 with err set. */
	int	(*finish)(struct export_sink *s, struct err *err);
	void	(*free)(struct export_sink *s);
};

struct export_sink {
	const struct export_sink_ops *ops;
};

struct export_csv_opts {
	char	 sep;		/* , ; or tab */
	int	 bom;		/* a UTF-8 byte order mark first (Excel) */
	int	 neutralise;	/* guard cells a spreadsheet could run */
};

/* CSV to fd (borrowed: the caller closes it after finish). */
struct export_sink *export_csv_new(int fd, const struct export_csv_opts *o);
/*
 * XLSX written to path (which the caller has made and holds: a temporary
 * file the caller renames).  Every cell a string, never a formula; a
 * frozen, filtered header row.  NULL with err set when it cannot start.
 */
struct export_sink *export_xlsx_new(const char *path, struct err *err);

#endif
