/*
 * cmd_import: what the import command's two files share: cmd_import.c
 * (header, e-mail column, transaction, summary) and cmd_import_rows.c
 * (rows: judged on a reader thread, written on the caller's).
 */
#ifndef BH_CLI_CMD_IMPORT_H
#define BH_CLI_CMD_IMPORT_H

#include <stdio.h>

#include <glib.h>

#include "csv.h"
#include "store.h"

struct import_counts {
	long	rows, malformed, syntax, suspect, noaddr;
	long long before, after;
};

struct import_ctx {
	const char	*file;
	char		*email_opt;
	int		 quiet;
	struct store	*st;
	long long	 header_id;
	size_t		 ncols;
	int		 email_col;
	struct import_counts n;
};

/*
 * Imports one row (fields NULL-terminated, or malformed with why set):
 * counts it, reports it when skipped.  0, or -1 with err set.
 */
int	import_one(struct import_ctx *x, char **fields, size_t n, long line,
	    const char *why, struct err *err);
/*
 * Imports every row left in r (the e-mail column is known), reading and
 * judging them on a second thread.  0, or -1 with err set.
 */
int	import_stream(struct import_ctx *x, struct csv_reader *r,
	    struct err *err);

#endif
