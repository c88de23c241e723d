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
	long	dups;		/* rows whose address came before in the file */
	long long before, after;
};

struct import_seen;

struct import_ctx {
	const char	*file;
	char		*email_opt;
	char		*encoding;	/* --encoding, or NULL */
	char		*delimiter;	/* --delimiter, or NULL */
	const char	*read_as;	/* what the file was read as */
	char		 sep;
	int		 file_bad;	/* the error is the file's, not ours */
	int		 quiet;
	struct store	*st;
	long long	 header_id;
	size_t		 ncols;		/* fields in the header */
	size_t		 nkeep;		/* of them kept: ours left out */
	int		 email_col;
	const char	*email_how;	/* how the column was chosen */
	struct import_counts n;
	struct import_seen *seen;	/* addresses met, for dups */
};

void	import_seen_free(struct import_seen *t);

/* A contact file as UTF-8 text (import_text.c). */
struct import_text {
	GMappedFile	*map;
	char		*owned;
	const char	*data;
	size_t		 len;
};

/*
 * Reads x->file ("-": standard input) as UTF-8 text into t: converted
 * from UTF-16 (byte order mark) or from x->encoding; refused when it is a
 * workbook or, with no encoding named, not valid UTF-8 (the message names
 * the line).  Sets x->read_as, and x->sep unless x->delimiter is given.
 * 0, or -1 with err set.
 */
int	import_text_load(struct import_ctx *x, struct import_text *t,
	    struct err *err);
void	import_text_release(struct import_text *t);

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
