/*
 * csv: RFC 4180 reading and writing.  Pure: reads from a FILE * or a
 * memory buffer the caller opened, writes into a GString; no database, no
 * knowledge of e-mail.
 *
 * A row's fields are borrowed from the reader and live until the next
 * csv_reader_next() or csv_reader_free().  All other memory belongs to the
 * caller.
 */
#ifndef BH_CSV_CSV_H
#define BH_CSV_CSV_H

#include <stdio.h>

#include <glib.h>

#include "err.h"

/*
 * Limits, so that no input makes the reader take memory without bound: a
 * record over one of them is malformed (row->error says which), and a
 * physical line longer than CSV_MAX_LINE is a read error (the input is
 * not a table: /dev/zero, a binary file).  A NUL byte makes its record
 * malformed: no field is cut short without a word.
 */
#define CSV_MAX_FIELD	(64 * 1024)	/* bytes in one field */
#define CSV_MAX_RECORD	(1024 * 1024)	/* bytes in one record */
#define CSV_MAX_FIELDS	4096		/* fields in one record */
#define CSV_MAX_LINE	(1024 * 1024)	/* bytes skipped after a bad record */

struct csv_reader;

struct csv_row {
	char		**fields;	/* NULL after the last */
	size_t		 nfields;
	long		 line;		/* physical line the record starts on */
	const char	*error;		/* malformed: why (static); no fields */
};

/* Reads from fp (borrowed; stays open).  A leading UTF-8 BOM is skipped. */
struct csv_reader *csv_reader_new(FILE *fp);
/* Reads from len bytes at data (borrowed, must outlive the reader). */
struct csv_reader *csv_reader_new_mem(const char *data, size_t len);
/*
 * Points a reader made by csv_reader_new_mem() at other data, as a new one
 * would be; saves an allocation per record for callers that read many.
 */
void	csv_reader_reset_mem(struct csv_reader *r, const char *data,
	    size_t len);
void	csv_reader_free(struct csv_reader *r);
/* Fields are separated by sep (',' unless set: ';' or '\t'). */
void	csv_reader_set_sep(struct csv_reader *r, char sep);
/*
 * The separator a header line most likely uses: whichever of , ; and tab
 * occurs most often outside quotes in its first line (',' on a tie or
 * when none does).
 */
char	csv_sniff_sep(const char *line, size_t len);
/* A separator as a user names it: "," ";" "tab" (or a tab).  0 or -1. */
int	csv_sep_parse(const char *name, char *sep);
/*
 * The name read errors start with ("FILE:LINE: ..."); borrowed, must
 * outlive the reader.  Without one: "CSV".
 */
void	csv_reader_name(struct csv_reader *r, const char *name);
/*
 * The next record: 1 with *row filled (row->error set for a malformed
 * record, which is skipped up to the end of its line), 0 at the end, -1
 * with err set on a read error or a line over CSV_MAX_LINE.  Blank lines
 * are skipped.
 */
int	csv_reader_next(struct csv_reader *r, struct csv_row *row,
	    struct err *err);

/*
 * Appends one field, quoted when needed.  neutralise: a field that a
 * spreadsheet could run (csv_is_formula) gets a leading apostrophe.
 */
void	csv_field_append(GString *out, const char *s, int neutralise);
/* The same with sep as the field separator. */
void	csv_field_append_sep(GString *out, const char *s, char sep,
	    int neutralise);
/* Appends fields separated by commas (no line end). */
void	csv_row_append(GString *out, char *const *fields, size_t n,
	    int neutralise);
void	csv_row_append_sep(GString *out, char *const *fields, size_t n,
	    char sep, int neutralise);
/*
 * 1 if a spreadsheet could run s: it starts with '=', tab or CR, or with
 * + - @ and calls something (a name before a parenthesis, or DDE's '|').
 * A phone number such
 * as "+49 (711) 123-456", a negative number or an address starting with
 * '-' is data, not a formula, and is written as it is.
 */
int	csv_is_formula(const char *s);
/*
 * Two records (one RFC 4180 line each) of the same header merged: new's
 * fields, each blank one replaced by old's.  new as it is when the two do
 * not have the same number of fields.  The result is the caller's.
 */
char	*csv_merge_rows(const char *old, const char *new);

#endif
