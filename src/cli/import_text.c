/*
 * import_text: a contact file's bytes as UTF-8 text, ready for the CSV
 * reader.  Recognises what people actually save: UTF-8 with or without a
 * byte order mark, UTF-16 with one (Excel's "Unicode text"), any legacy
 * encoding named with --encoding (converted by GLib/iconv), and refuses
 * what is not text: a workbook saved as .xlsx or .xls, or bytes that are
 * not UTF-8 when no encoding was named (never guessed into mojibake).
 * Also picks the field separator when none was given.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "cmd_import.h"
#include "text.h"

/* The line (1-based) that holds byte off of data. */
static long
text_line_at(const char *data, size_t off)
{
	long line = 1;
	const char *p = data, *e = data + off;

	while ((p = memchr(p, '\n', (size_t)(e - p))) != NULL) {
		line++;
		p++;
	}
	return line;
}

/*
 * What a stream (standard input, a device, a pipe) may hold: a list
 * larger than this is saved to a file first, and read mapped.  A NUL byte
 * stops the read at once unless the text is UTF-16 or an --encoding was
 * named (import /dev/zero ends in its first 64 KiB).
 */
#define TEXT_MAX_STREAM	(64u * 1024 * 1024)

/*
 * Where a NUL byte in the n bytes just read (at the end of a) ends the
 * read, or NULL.
 */
static const guint8 *
text_nul_stops(const struct import_ctx *x, const GByteArray *a, size_t n)
{
	const guint8 *d = a->data;

	if (x->encoding != NULL || (a->len >= 2 && ((d[0] == 0xff &&
	    d[1] == 0xfe) || (d[0] == 0xfe && d[1] == 0xff))))
		return NULL;
	return memchr(d + a->len - n, '\0', n);
}

/* Reads all of fp, bounded; its name for errors. */
static int
text_read_stream(const struct import_ctx *x, struct import_text *t,
    FILE *fp, const char *name, struct err *err)
{
	GByteArray *a = g_byte_array_new();
	const guint8 *nul;
	guint8 chunk[65536];
	size_t n;
	int rc = 0;

	while (rc == 0 && (n = fread(chunk, 1, sizeof(chunk), fp)) > 0) {
		if (a->len + n > TEXT_MAX_STREAM) {
			rc = err_set(err, "%s: more than 64 MiB: save it to a "
			    "file and import that", name);
			break;
		}
		g_byte_array_append(a, chunk, (guint)n);
		if ((nul = text_nul_stops(x, a, n)) != NULL)
			rc = err_set(err, "%s:%ld: not UTF-8 text (a NUL byte)",
			    name, text_line_at((char *)a->data, (size_t)(nul -
			    a->data)));
	}
	if (rc == 0 && ferror(fp))
		rc = err_set(err, "cannot read %s: %s", name, strerror(errno));
	if (rc < 0) {
		g_byte_array_free(a, TRUE);
		return -1;
	}
	t->len = a->len;
	t->owned = (char *)g_byte_array_free(a, FALSE);
	t->data = t->owned;
	return 0;
}

static int
text_read(const struct import_ctx *x, struct import_text *t,
    struct err *err)
{
	const char *file = x->file;
	GError *ge = NULL;
	FILE *fp;
	int rc;

	if (strcmp(file, "-") == 0)
		return text_read_stream(x, t, stdin, "standard input", err);
	if ((t->map = g_mapped_file_new(file, FALSE, &ge)) == NULL) {
		/* An empty file, a device or a pipe: read as a stream. */
		g_error_free(ge);
		if ((fp = fopen(file, "rb")) == NULL)
			return err_set(err, "cannot open '%s': %s", file,
			    strerror(errno));
		rc = text_read_stream(x, t, fp, file, err);
		fclose(fp);
		return rc;
	}
	t->data = g_mapped_file_get_contents(t->map);
	t->len = g_mapped_file_get_length(t->map);
	if (t->data == NULL)
		t->data = "";
	return 0;
}

static int
text_not_csv(const struct import_text *t, const char *file, struct err *err)
{
	const char *kind = NULL;

	if (t->len >= 4 && memcmp(t->data, "PK\x03\x04", 4) == 0)
		kind = "an Excel workbook (.xlsx) or another ZIP file";
	else if (t->len >= 8 && memcmp(t->data,
	    "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 8) == 0)
		kind = "an old Excel workbook (.xls)";
	if (kind == NULL)
		return 0;
	return err_set(err, "'%s' is %s, not CSV: open it in Excel, WPS or "
	    "LibreOffice, save it as \"CSV UTF-8\" and import that file",
	    file, kind);
}

/* Converts t's text from charset from (after skip bytes) to UTF-8. */
static int
text_convert(struct import_text *t, const char *file, const char *from,
    size_t skip, struct err *err)
{
	GError *ge = NULL;
	gsize rd = 0, wr = 0;
	char *out;

	out = g_convert(t->data + skip, (gssize)(t->len - skip), "UTF-8",
	    from, &rd, &wr, &ge);
	if (out == NULL) {
		if (g_error_matches(ge, G_CONVERT_ERROR,
		    G_CONVERT_ERROR_NO_CONVERSION))
			err_set(err, "unknown encoding '%s' (try UTF-8, "
			    "Windows-1252, ISO-8859-15, GB18030, Big5, "
			    "Shift_JIS)", from);
		else
			err_set(err, "%s: not %s text from byte %zu on: %s",
			    file, from, (size_t)rd + skip, ge->message);
		g_error_free(ge);
		return -1;
	}
	g_free(t->owned);
	t->owned = out;
	t->data = out;
	t->len = wr;
	return 0;
}

static int
text_check_utf8(const struct import_text *t, const char *file,
    struct err *err)
{
	const char *end;

	if ((end = text_utf8_bad(t->data, t->len)) == NULL)
		return 0;
	return err_set(err, "%s:%ld: not UTF-8 text%s: if the file was saved "
	    "in another encoding, name it, e.g. --encoding Windows-1252 "
	    "(Western Europe) or --encoding GB18030 (Chinese)", file,
	    text_line_at(t->data, (size_t)(end - t->data)), *end == '\0' ?
	    " (a NUL byte)" : "");
}

int
import_text_load(struct import_ctx *x, struct import_text *t,
    struct err *err)
{
	const unsigned char *d;

	if (text_read(x, t, err) < 0 || text_not_csv(t, x->file, err) < 0)
		return -1;
	d = (const unsigned char *)t->data;
	x->read_as = "UTF-8";
	if (x->encoding != NULL) {
		x->read_as = x->encoding;
		if (text_convert(t, x->file, x->encoding, 0, err) < 0)
			return -1;
	} else if (t->len >= 2 && d[0] == 0xff && d[1] == 0xfe) {
		x->read_as = "UTF-16 (little-endian)";
		if (text_convert(t, x->file, "UTF-16LE", 2, err) < 0)
			return -1;
	} else if (t->len >= 2 && d[0] == 0xfe && d[1] == 0xff) {
		x->read_as = "UTF-16 (big-endian)";
		if (text_convert(t, x->file, "UTF-16BE", 2, err) < 0)
			return -1;
	}
	if (text_check_utf8(t, x->file, err) < 0)
		return -1;
	if (x->delimiter == NULL)
		x->sep = csv_sniff_sep(t->data, t->len);
	return 0;
}

void
import_text_release(struct import_text *t)
{
	if (t->map != NULL)
		g_mapped_file_unref(t->map);
	g_free(t->owned);
	memset(t, 0, sizeof(*t));
}
