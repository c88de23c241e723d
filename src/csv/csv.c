/*
 * csv: an RFC 4180 state machine (quoted fields, doubled quotes, embedded
 * commas and line breaks, CRLF or LF, UTF-8 BOM) and the matching writer.
 * Must not know what the columns mean.
 */
#include <errno.h>
#include <string.h>

#include "csv.h"

#define CSV_BUF	(64 * 1024)

enum csv_state {
	CSV_START,	/* at the start of a field */
	CSV_PLAIN,	/* inside an unquoted field */
	CSV_QUOTED,	/* inside a quoted field */
	CSV_QUOTE,	/* a quote inside a quoted field: end or doubled */
};

struct csv_reader {
	FILE		*fp;
	const char	*mem;
	size_t		 memlen;
	char		*buf;
	size_t		 pos, len;
	int		 eof;
	long		 line;		/* current physical line */
	int		 bom_checked;
	const char	*name;		/* for errors */
	char		 sep;		/* field separator: , ; or tab */
	/*
	 * The record being read: its fields one after the other, each ended
	 * by a NUL, in one buffer (no allocation per field); starts holds
	 * where each begins, fstart where the current one does.  fields
	 * points into rec once the record is complete.
	 */
	GString		*rec;
	GArray		*starts;	/* size_t */
	size_t		 fstart;
	GPtrArray	*fields;
};

/*
 * g_string_append_len() when the bytes fit (the common case after the
 * first rows): GLib 2.74's is an out-of-line call that re-checks its
 * arguments, about a seventh of the import's reading thread.
 */
static inline void
csv_append(GString *s, const char *p, size_t n)
{
	if (s->len + n >= s->allocated_len) {
		g_string_append_len(s, p, (gssize)n);
		return;
	}
	memcpy(s->str + s->len, p, n);
	s->len += n;
	s->str[s->len] = '\0';
}

static struct csv_reader *
csv_reader_alloc(void)
{
	struct csv_reader *r = g_new0(struct csv_reader, 1);

	r->line = 1;
	r->name = "CSV";
	r->sep = ',';
	r->rec = g_string_sized_new(256);
	r->starts = g_array_new(FALSE, FALSE, sizeof(size_t));
	r->fields = g_ptr_array_new();
	return r;
}

struct csv_reader *
csv_reader_new(FILE *fp)
{
	struct csv_reader *r = csv_reader_alloc();

	r->fp = fp;
	r->buf = g_malloc(CSV_BUF);
	return r;
}

struct csv_reader *
csv_reader_new_mem(const char *data, size_t len)
{
	struct csv_reader *r = csv_reader_alloc();

	r->buf = (char *)data;
	r->len = len;
	r->eof = 1;
	return r;
}

void
csv_reader_reset_mem(struct csv_reader *r, const char *data, size_t len)
{
	r->buf = (char *)data;
	r->len = len;
	r->pos = 0;
	r->line = 1;
	r->bom_checked = 0;
}

void
csv_reader_name(struct csv_reader *r, const char *name)
{
	r->name = name;
}

void
csv_reader_set_sep(struct csv_reader *r, char sep)
{
	r->sep = sep;
}

void
csv_reader_free(struct csv_reader *r)
{
	if (r == NULL)
		return;
	if (r->fp != NULL)
		g_free(r->buf);
	g_string_free(r->rec, TRUE);
	g_array_free(r->starts, TRUE);
	g_ptr_array_free(r->fields, TRUE);
	g_free(r);
}

/* The next byte, EOF at the end, or -2 on a read error. */
static int
csv_getc(struct csv_reader *r)
{
	if (r->pos < r->len)
		return (unsigned char)r->buf[r->pos++];
	if (r->eof)
		return EOF;
	r->len = fread(r->buf, 1, CSV_BUF, r->fp);
	r->pos = 0;
	if (r->len == 0) {
		r->eof = 1;
		return ferror(r->fp) ? -2 : EOF;
	}
	return (unsigned char)r->buf[r->pos++];
}

static int
csv_peek(struct csv_reader *r)
{
	int c = csv_getc(r);

	if (c >= 0)
		r->pos--;
	return c;
}

/* After a line break character c: swallows the LF of a CRLF. */
static void
csv_eol(struct csv_reader *r, int c)
{
	if (c == '\r' && csv_peek(r) == '\n')
		r->pos++;
	r->line++;
}

static void
csv_field_end(struct csv_reader *r)
{
	g_array_append_val(r->starts, r->fstart);
	g_string_append_c(r->rec, '\0');
	r->fstart = r->rec->len;
}

static void
csv_rec_clear(struct csv_reader *r)
{
	g_string_truncate(r->rec, 0);
	g_array_set_size(r->starts, 0);
	g_ptr_array_set_size(r->fields, 0);
	r->fstart = 0;
}

/* Bytes the record may still take before it is one over a limit. */
static size_t
csv_room(const struct csv_reader *r)
{
	size_t field = r->rec->len - r->fstart;
	size_t f = field <= CSV_MAX_FIELD ? CSV_MAX_FIELD + 1 - field : 0;
	size_t rec = r->rec->len <= CSV_MAX_RECORD ?
	    CSV_MAX_RECORD + 1 - r->rec->len : 0;

	return f < rec ? f : rec;
}

/*
 * Takes the run of ordinary bytes ahead in the buffer in one go (the
 * state machine would take them one by one with the same result): in an
 * unquoted field up to , CR LF, a quote or a NUL, in a quoted one up to a
 * quote, a line break or a NUL (csv_step counts lines and refuses NULs).
 */
static void
csv_run(struct csv_reader *r, enum csv_state *st)
{
	const char *b = r->buf + r->pos, *e = r->buf + r->len, *p = b;
	size_t room = csv_room(r);

	/* Stop one byte past a limit: both readers refuse at that byte. */
	if ((size_t)(e - b) > room)
		e = b + room;

	if (*st == CSV_QUOTED)
		while (p < e && *p != '"' && *p != '\n' && *p != '\r' &&
		    *p != '\0')
			p++;
	else if (*st != CSV_QUOTE)
		while (p < e && *p != r->sep && *p != '\n' && *p != '\r' &&
		    *p != '"' && *p != '\0')
			p++;
	if (p == b)
		return;
	if (*st == CSV_START)
		*st = CSV_PLAIN;
	csv_append(r->rec, b, (size_t)(p - b));
	r->pos += (size_t)(p - b);
}

/*
 * Skips the rest of a malformed record's line, at most CSV_MAX_LINE
 * bytes.  0, or -1 with err set.
 */
static int
csv_skip_line(struct csv_reader *r, struct err *err)
{
	size_t n = 0;
	int c;

	while ((c = csv_getc(r)) >= 0) {
		if (c == '\n' || c == '\r') {
			csv_eol(r, c);
			return 0;
		}
		if (++n > CSV_MAX_LINE)
			return err_set(err, "%s:%ld: line longer than %d bytes: "
			    "not a CSV file", r->name, r->line, CSV_MAX_LINE);
	}
	if (c == -2)
		return err_set(err, "cannot read CSV: %s", strerror(errno));
	return 0;
}

static void
csv_bom(struct csv_reader *r)
{
	r->bom_checked = 1;
	if (csv_peek(r) != 0xef)
		return;
	if (r->len - r->pos >= 3 && memcmp(r->buf + r->pos, "\xef\xbb\xbf",
	    3) == 0)
		r->pos += 3;
}

/*
 * One step of the state machine for byte c.  Returns 1 at the end of the
 * record, 0 to go on, or -1 with *why set for a malformed record.
 */
static int
csv_step(struct csv_reader *r, enum csv_state *st, int c, const char **why)
{
	if (c == '\0') {
		*why = "NUL byte in a field";
		return -1;
	}
	switch (*st) {
	case CSV_START:
		if (c == '"') {
			*st = CSV_QUOTED;
			return 0;
		}
		/* FALLTHROUGH */
	case CSV_PLAIN:
		if (c == r->sep || c == '\n' || c == '\r' || c == EOF) {
			csv_field_end(r);
			*st = CSV_START;
			return c == r->sep ? 0 : 1;
		}
		if (c == '"') {
			*why = "quote inside an unquoted field";
			return -1;
		}
		*st = CSV_PLAIN;
		g_string_append_c(r->rec, (char)c);
		return 0;
	case CSV_QUOTED:
		if (c == EOF) {
			*why = "quoted field not closed at the end of the file";
			return -1;
		}
		if (c == '"')
			*st = CSV_QUOTE;
		else {
			if (c == '\n' || (c == '\r' && csv_peek(r) != '\n'))
				r->line++;
			g_string_append_c(r->rec, (char)c);
		}
		return 0;
	case CSV_QUOTE:
		if (c == '"') {
			g_string_append_c(r->rec, '"');
			*st = CSV_QUOTED;
			return 0;
		}
		*st = CSV_PLAIN;
		if (c == r->sep || c == '\n' || c == '\r' || c == EOF)
			return csv_step(r, st, c, why);
		*why = "text after a closing quote";
		return -1;
	}
	return 0;
}

static void
csv_row_fill(struct csv_reader *r, struct csv_row *row)
{
	guint i;

	for (i = 0; i < r->starts->len; i++)
		g_ptr_array_add(r->fields, r->rec->str +
		    g_array_index(r->starts, size_t, i));
	g_ptr_array_add(r->fields, NULL);
	row->fields = (char **)r->fields->pdata;
	row->nfields = r->fields->len - 1;
}

/* NULL, or why the record read so far is over a limit. */
static const char *
csv_over(const struct csv_reader *r)
{
	if (r->rec->len - r->fstart > CSV_MAX_FIELD)
		return "field longer than 64 KiB";
	if (r->rec->len > CSV_MAX_RECORD)
		return "record longer than 1 MiB";
	if (r->starts->len >= CSV_MAX_FIELDS)
		return "more than 4096 fields";
	return NULL;
}

/* 1 record, 0 end of input, -1 read error; malformed sets row->error. */
static int
csv_record(struct csv_reader *r, struct csv_row *row, struct err *err)
{
	enum csv_state st = CSV_START;
	const char *why = NULL;
	int c, rc;

	do {
		csv_run(r, &st);
		if ((why = csv_over(r)) != NULL) {
			c = 0;
			rc = -1;
			break;
		}
		if ((c = csv_getc(r)) == -2)
			return err_set(err, "cannot read CSV: %s",
			    strerror(errno));
		rc = csv_step(r, &st, c, &why);
	} while (rc == 0);
	if (rc < 0) {
		csv_rec_clear(r);
		row->error = why;
		if (c != EOF && csv_skip_line(r, err) < 0)
			return -1;
		return 1;
	}
	if (c == '\n' || c == '\r')
		csv_eol(r, c);
	csv_row_fill(r, row);
	return c == EOF && row->nfields == 1 && row->fields[0][0] == '\0' ?
	    0 : 1;
}

int
csv_reader_next(struct csv_reader *r, struct csv_row *row, struct err *err)
{
	int rc;

	if (!r->bom_checked)
		csv_bom(r);
	for (;;) {
		memset(row, 0, sizeof(*row));
		csv_rec_clear(r);
		row->line = r->line;
		rc = csv_record(r, row, err);
		if (rc <= 0 || row->error != NULL)
			return rc;
		if (row->nfields > 1 || row->fields[0][0] != '\0')
			return 1;
		/* A blank line: not a record. */
	}
}

/* A letter (ASCII) followed, blanks aside, by an opening parenthesis. */
static int
csv_has_call(const char *s)
{
	const char *p, *q;

	for (p = s; (p = strchr(p, '(')) != NULL; p++) {
		for (q = p; q > s && q[-1] == ' '; q--)
			;
		if (q > s && g_ascii_isalpha(q[-1]))
			return 1;
	}
	return 0;
}

int
csv_is_formula(const char *s)
{
	if (s[0] == '\0' || strchr("=+-@\t\r", s[0]) == NULL)
		return 0;
	return s[0] == '=' || s[0] == '\t' || s[0] == '\r' ||
	    strchr(s, '|') != NULL || csv_has_call(s);
}

void
csv_field_append_sep(GString *out, const char *s, char sep, int neutralise)
{
	static const char specials[] = { '"', '\r', '\n', '\0', '\0' };
	char stop[sizeof(specials)];
	const char *p;
	size_t plain;
	int quote;

	if (s == NULL)
		return;
	memcpy(stop, specials, sizeof(stop));
	stop[3] = sep;
	plain = strcspn(s, stop);
	/*
	 * A field starting with U+FEFF is quoted: unquoted at the start of
	 * a text, the reader would take it for the BOM and drop it (a
	 * stored row is read so, one record a text).
	 */
	quote = s[plain] != '\0' || g_str_has_prefix(s, "\xef\xbb\xbf");
	if (quote)
		g_string_append_c(out, '"');
	if (neutralise && csv_is_formula(s))
		g_string_append_c(out, '\'');
	if (!quote) {
		csv_append(out, s, plain);
		return;
	}
	for (p = s; *p != '\0'; p++) {
		if (*p == '"')
			g_string_append_c(out, '"');
		g_string_append_c(out, *p);
	}
	g_string_append_c(out, '"');
}

void
csv_field_append(GString *out, const char *s, int neutralise)
{
	csv_field_append_sep(out, s, ',', neutralise);
}

void
csv_row_append_sep(GString *out, char *const *fields, size_t n, char sep,
    int neutralise)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (i > 0)
			g_string_append_c(out, sep);
		csv_field_append_sep(out, fields[i], sep, neutralise);
	}
}

void
csv_row_append(GString *out, char *const *fields, size_t n, int neutralise)
{
	csv_row_append_sep(out, fields, n, ',', neutralise);
}

int
csv_sep_parse(const char *name, char *sep)
{
	if (strcmp(name, ",") == 0 || strcmp(name, ";") == 0)
		*sep = name[0];
	else if (strcmp(name, "tab") == 0 || strcmp(name, "\\t") == 0 ||
	    strcmp(name, "\t") == 0)
		*sep = '\t';
	else
		return -1;
	return 0;
}

char
csv_sniff_sep(const char *line, size_t len)
{
	static const char cand[] = { ',', ';', '\t' };
	size_t n[3] = { 0 }, i, k, best = 0;
	int quoted = 0;

	for (i = 0; i < len && line[i] != '\n' && line[i] != '\r'; i++) {
		if (line[i] == '"')
			quoted = !quoted;
		for (k = 0; k < 3 && !quoted; k++)
			n[k] += line[i] == cand[k];
	}
	for (k = 1; k < 3; k++)
		if (n[k] > n[best])
			best = k;
	return cand[best];
}

/* The fields of one record, copied (NULL if it does not read as one). */
static char **
csv_fields_of(const char *line)
{
	struct csv_reader *r = csv_reader_new_mem(line, strlen(line));
	struct csv_row row;
	struct err err;
	char **v = NULL;

	if (csv_reader_next(r, &row, &err) == 1 && row.error == NULL)
		v = g_strdupv(row.fields);
	csv_reader_free(r);
	return v;
}

/* 1 if s holds nothing but blanks. */
static int
csv_blank(const char *s)
{
	for (; *s != '\0'; s++)
		if (!g_ascii_isspace(*s))
			return 0;
	return 1;
}

char *
csv_merge_rows(const char *old, const char *new)
{
	char **o = csv_fields_of(old), **n = csv_fields_of(new);
	GString *out = g_string_new(NULL);
	size_t i, no, nn;

	no = o != NULL ? g_strv_length(o) : 0;
	nn = n != NULL ? g_strv_length(n) : 0;
	if (n == NULL || no != nn)
		g_string_assign(out, new);
	else {
		for (i = 0; i < nn; i++)
			if (csv_blank(n[i]) && !csv_blank(o[i])) {
				g_free(n[i]);
				n[i] = g_strdup(o[i]);
			}
		csv_row_append(out, n, nn, 0);
	}
	g_strfreev(o);
	g_strfreev(n);
	return g_string_free(out, FALSE);
}
