/*
 * fuzz_csv: libFuzzer harness for the CSV reader and writer (import and
 * export).  The input is read with the separator csv_sniff_sep() picks
 * from its first line, as import does when none is named.  Besides
 * crashes and leaks it checks four properties on every input: the memory
 * and the FILE * readers see the same records; a record written back with
 * csv_row_append_sep() reads back unchanged; with neutralisation on, no
 * field reads back as a formula; and csv_merge_rows() of two records of
 * the same length reads back as the second with its blank fields taken
 * from the first.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csv.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

struct fuzz_rows {
	GPtrArray	*rows;		/* of char ** (g_strfreev) or NULL */
	GArray		*lines;		/* long */
};

static void
fuzz_rows_read(struct csv_reader *r, char sep, struct fuzz_rows *out)
{
	struct csv_row row;
	struct err err;
	int rc;

	csv_reader_set_sep(r, sep);
	out->rows = g_ptr_array_new_with_free_func((GDestroyNotify)g_strfreev);
	out->lines = g_array_new(FALSE, FALSE, sizeof(long));
	while ((rc = csv_reader_next(r, &row, &err)) == 1) {
		g_ptr_array_add(out->rows, row.error != NULL ? NULL :
		    g_strdupv(row.fields));
		g_array_append_val(out->lines, row.line);
		if (row.error == NULL && row.nfields != g_strv_length(
		    row.fields))
			abort();
	}
	if (rc != 0)
		abort();	/* no read error can happen in memory */
}

static void
fuzz_rows_free(struct fuzz_rows *f)
{
	g_ptr_array_free(f->rows, TRUE);
	g_array_free(f->lines, TRUE);
}

static void
fuzz_same(const struct fuzz_rows *a, const struct fuzz_rows *b)
{
	char **x, **y;
	guint i;

	if (a->rows->len != b->rows->len)
		abort();
	for (i = 0; i < a->rows->len; i++) {
		x = g_ptr_array_index(a->rows, i);
		y = g_ptr_array_index(b->rows, i);
		if (g_array_index(a->lines, long, i) !=
		    g_array_index(b->lines, long, i))
			abort();
		if ((x == NULL) != (y == NULL))
			abort();
		if (x != NULL && !g_strv_equal((const char *const *)x,
		    (const char *const *)y))
			abort();
	}
}

/* Writes one record, reads it back, checks what came out. */
static void
fuzz_roundtrip(char **fields, char sep, int neutralise)
{
	struct csv_reader *r;
	struct csv_row row;
	struct err err;
	GString *out = g_string_new(NULL);
	size_t i, n = g_strv_length(fields);

	/* A record of one empty field is a blank line: not a record. */
	if (n == 1 && fields[0][0] == '\0')
		goto done;
	csv_row_append_sep(out, fields, n, sep, neutralise);
	g_string_append(out, "\r\n");
	r = csv_reader_new_mem(out->str, out->len);
	csv_reader_set_sep(r, sep);
	/* At the start of the text, as a stored row is read. */
	if (csv_reader_next(r, &row, &err) != 1 || row.error != NULL ||
	    row.nfields != n)
		abort();
	for (i = 0; i < n; i++) {
		if (!neutralise || !csv_is_formula(fields[i])) {
			if (strcmp(row.fields[i], fields[i]) != 0)
				abort();
			continue;
		}
		if (row.fields[i][0] != '\'' ||
		    strcmp(row.fields[i] + 1, fields[i]) != 0 ||
		    csv_is_formula(row.fields[i]))
			abort();
	}
	if (csv_reader_next(r, &row, &err) != 0)
		abort();
	csv_reader_free(r);
done:
	g_string_free(out, TRUE);
}

/* 1 if s holds nothing but ASCII blanks (what the merge fills). */
static int
fuzz_blank(const char *s)
{
	while (*s != '\0' && g_ascii_isspace(*s))
		s++;
	return *s == '\0';
}

/* Record a then b, as the store keeps them, merged; the result checked. */
static void
fuzz_merge(char **a, char **b)
{
	struct csv_reader *r;
	struct csv_row row;
	struct err err;
	GString *o = g_string_new(NULL), *n = g_string_new(NULL);
	size_t i, len = g_strv_length(b);
	char *m;

	csv_row_append(o, a, g_strv_length(a), 0);
	csv_row_append(n, b, len, 0);
	m = csv_merge_rows(o->str, n->str);
	if (g_strv_length(a) != len || (len == 1 && b[0][0] == '\0')) {
		/* Not mergeable: the new record as it is. */
		if (strcmp(m, n->str) != 0)
			abort();
		goto done;
	}
	r = csv_reader_new_mem(m, strlen(m));
	if (csv_reader_next(r, &row, &err) != 1 || row.error != NULL ||
	    row.nfields != len)
		abort();
	for (i = 0; i < len; i++)
		if (strcmp(row.fields[i], fuzz_blank(b[i]) &&
		    !fuzz_blank(a[i]) ? a[i] : b[i]) != 0)
			abort();
	if (csv_reader_next(r, &row, &err) != 0)
		abort();
	csv_reader_free(r);
done:
	g_free(m);
	g_string_free(o, TRUE);
	g_string_free(n, TRUE);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct csv_reader *r;
	struct fuzz_rows mem, file;
	FILE *fp;
	char **f, **prev = NULL, sep;
	guint i;

	sep = csv_sniff_sep((const char *)data, size);
	r = csv_reader_new_mem((const char *)data, size);
	fuzz_rows_read(r, sep, &mem);
	csv_reader_free(r);

	if (size > 0 && (fp = fmemopen((void *)data, size, "r")) != NULL) {
		r = csv_reader_new(fp);
		fuzz_rows_read(r, sep, &file);
		csv_reader_free(r);
		fclose(fp);
		fuzz_same(&mem, &file);
		fuzz_rows_free(&file);
	}

	for (i = 0; i < mem.rows->len; i++) {
		if ((f = g_ptr_array_index(mem.rows, i)) == NULL)
			continue;
		fuzz_roundtrip(f, sep, 0);
		fuzz_roundtrip(f, sep, 1);
		if (prev != NULL)
			fuzz_merge(prev, f);
		prev = f;
	}
	fuzz_rows_free(&mem);
	return 0;
}
