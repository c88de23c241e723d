/* Unit tests for csv: RFC 4180 reading, malformed rows, writing. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "csv.h"

/*
 * Reads len bytes of text; returns rows as "a|b|c" or "!line:why", joined
 * by \n.
 */
static char *
read_all_len(const char *text, size_t len)
{
	struct csv_reader *r = csv_reader_new_mem(text, len);
	GString *o = g_string_new(NULL);
	struct csv_row row;
	struct err err;
	size_t i;
	int rc;

	while ((rc = csv_reader_next(r, &row, &err)) == 1) {
		if (row.error != NULL) {
			g_string_append_printf(o, "!%ld:%s\n", row.line,
			    row.error);
			continue;
		}
		g_string_append_printf(o, "%ld:", row.line);
		for (i = 0; i < row.nfields; i++)
			g_string_append_printf(o, "%s%s", i ? "|" : "",
			    row.fields[i]);
		g_string_append_c(o, '\n');
	}
	assert_int_equal(rc, 0);
	csv_reader_free(r);
	return g_string_free(o, FALSE);
}

static char *
read_all(const char *text)
{
	return read_all_len(text, strlen(text));
}

static void
reads_as(const char *text, const char *want)
{
	char *got = read_all(text);

	assert_string_equal(got, want);
	g_free(got);
}

static void
test_plain(void **state)
{
	reads_as("a,b,c\n1,2,3\n", "1:a|b|c\n2:1|2|3\n");
	reads_as("a,b\r\n1,2\r\n", "1:a|b\n2:1|2\n");
	reads_as("a,b\n1,2", "1:a|b\n2:1|2\n");
	reads_as("a,,\n", "1:a||\n");
	reads_as("\n\na\n\n", "3:a\n");
}

static void
test_bom(void **state)
{
	reads_as("\xef\xbb\xbf" "email\nx@y.z\n", "1:email\n2:x@y.z\n");
}

static void
test_quoted(void **state)
{
	reads_as("\"a,b\",\"say \"\"hi\"\"\"\n", "1:a,b|say \"hi\"\n");
	reads_as("\"two\nlines\",x\nnext\n", "1:two\nlines|x\n3:next\n");
	reads_as("\"crlf\r\ninside\",y\r\nz\r\n", "1:crlf\r\ninside|y\n3:z\n");
	reads_as("\"\",x\n", "1:|x\n");
}

static void
test_malformed(void **state)
{
	reads_as("ok,1\nbad\"quote,2\nok,3\n",
	    "1:ok|1\n!2:quote inside an unquoted field\n3:ok|3\n");
	reads_as("\"closed\"junk,1\nok,2\n",
	    "!1:text after a closing quote\n2:ok|2\n");
	reads_as("a\n\"never closed,1\nb,2\n",
	    "1:a\n!2:quoted field not closed at the end of the file\n");
}

static void
test_file(void **state)
{
	char text[] = "h1,h2\n\"x\",\"y\"\n";
	struct csv_reader *r;
	struct csv_row row;
	struct err err;
	FILE *fp;

	fp = fmemopen(text, strlen(text), "r");
	assert_non_null(fp);
	r = csv_reader_new(fp);
	assert_int_equal(csv_reader_next(r, &row, &err), 1);
	assert_int_equal(row.nfields, 2);
	assert_int_equal(csv_reader_next(r, &row, &err), 1);
	assert_string_equal(row.fields[1], "y");
	assert_null(row.fields[2]);
	assert_int_equal(csv_reader_next(r, &row, &err), 0);
	csv_reader_free(r);
	fclose(fp);
}

static void
writes_as(const char *field, int neutralise, const char *want)
{
	GString *o = g_string_new(NULL);

	csv_field_append(o, field, neutralise);
	assert_string_equal(o->str, want);
	g_string_free(o, TRUE);
}

static void
test_write(void **state)
{
	writes_as("plain", 1, "plain");
	writes_as("a,b", 0, "\"a,b\"");
	writes_as("say \"hi\"", 0, "\"say \"\"hi\"\"\"");
	writes_as("two\nlines", 0, "\"two\nlines\"");
	writes_as("=1+2", 1, "'=1+2");
	writes_as("=1+2", 0, "=1+2");
	writes_as("@SUM(A1)", 1, "'@SUM(A1)");
	writes_as("-3", 1, "-3");
	writes_as("+x,y", 1, "\"+x,y\"");
	writes_as("+x(1),y", 1, "\"'+x(1),y\"");
	writes_as("\tx", 1, "'\tx");
	/* Data a mailing tool reads stays byte for byte. */
	writes_as("+49 711 123456", 1, "+49 711 123456");
	writes_as("+49 (711) 123-456", 1, "+49 (711) 123-456");
	writes_as("-john@example.com", 1, "-john@example.com");
	/* What a spreadsheet would run does not. */
	writes_as("=HYPERLINK(\"http://x\")", 1,
	    "\"'=HYPERLINK(\"\"http://x\"\")\"");
	writes_as("+cmd|' /C calc'!A0", 1, "'+cmd|' /C calc'!A0");
	writes_as("-2+3+cmd|'x'!A0", 1, "'-2+3+cmd|'x'!A0");
	writes_as("@sum (A1)", 1, "'@sum (A1)");
}

static void
test_sep(void **state)
{
	const char *in = "Name;E-Mail;Ort\r\n\"M\xc3\xbcller; Hans\";hm@x.de;"
	    "Stuttgart\r\n";
	char *f[] = { "a;b", "c,d" };
	struct csv_reader *r = csv_reader_new_mem(in, strlen(in));
	struct csv_row row;
	struct err err;
	GString *o = g_string_new(NULL);

	assert_int_equal(csv_sniff_sep(in, strlen(in)), ';');
	assert_int_equal(csv_sniff_sep("a\tb\tc,d\n", 9), '\t');
	assert_int_equal(csv_sniff_sep("email\n", 6), ',');
	assert_int_equal(csv_sniff_sep("\"a;b;c\",d\n", 10), ',');
	csv_reader_set_sep(r, ';');
	assert_int_equal(csv_reader_next(r, &row, &err), 1);
	assert_int_equal(row.nfields, 3);
	assert_int_equal(csv_reader_next(r, &row, &err), 1);
	assert_string_equal(row.fields[0], "M\xc3\xbcller; Hans");
	assert_string_equal(row.fields[2], "Stuttgart");
	csv_reader_free(r);
	csv_row_append_sep(o, f, 2, ';', 0);
	assert_string_equal(o->str, "\"a;b\";c,d");
	g_string_free(o, TRUE);
}

/* Whatever the writer produces, the reader gives back. */
static void
test_round_trip(void **state)
{
	char *in[] = { "a,b", "q\"q", "l1\r\nl2", "", "plain", "=x" };
	struct csv_reader *r;
	struct csv_row row;
	struct err err;
	GString *o = g_string_new(NULL);
	size_t i;

	csv_row_append(o, in, 6, 0);
	g_string_append(o, "\r\n");
	r = csv_reader_new_mem(o->str, o->len);
	assert_int_equal(csv_reader_next(r, &row, &err), 1);
	assert_int_equal(row.nfields, 6);
	for (i = 0; i < 6; i++)
		assert_string_equal(row.fields[i], in[i]);
	csv_reader_free(r);
	g_string_free(o, TRUE);
}

/*
 * A field starting with U+FEFF at the start of a text (a stored row is
 * read so) is not a BOM: the writer quotes it, and a merge keeps it
 * rather than taking it for a blank cell (found by fuzz_csv).
 */
static void
test_bom_field(void **state)
{
	char *in[] = { "\xef\xbb\xbf", "2" }, *first[] = { "\xef\xbb\xbfx" };
	GString *o = g_string_new(NULL);
	char *m;

	csv_row_append(o, first, 1, 0);
	assert_string_equal(o->str, "\"\xef\xbb\xbfx\"");
	reads_as(o->str, "1:\xef\xbb\xbfx\n");
	g_string_truncate(o, 0);
	csv_row_append(o, in, 2, 0);
	m = csv_merge_rows("x,1", o->str);
	reads_as(m, "1:\xef\xbb\xbf|2\n");
	g_free(m);
	m = csv_merge_rows("x,1", ", 2");
	reads_as(m, "1:x| 2\n");
	g_free(m);
	g_string_free(o, TRUE);
}

static void
reads_as_len(const char *text, size_t len, const char *want)
{
	char *got = read_all_len(text, len);

	assert_string_equal(got, want);
	g_free(got);
}

static void
test_nul_refused(void **state)
{
	static const char plain[] = "a,b\nx,n\0l\nc,d\n";
	static const char quoted[] = "\"a\0b\",c\nd\n";

	reads_as_len(plain, sizeof(plain) - 1,
	    "1:a|b\n!2:NUL byte in a field\n3:c|d\n");
	reads_as_len(quoted, sizeof(quoted) - 1,
	    "!1:NUL byte in a field\n2:d\n");
}

static void
test_limits(void **state)
{
	GString *s = g_string_new(NULL);
	char *t;
	int i;

	/* One field at the limit is read; one byte more is refused. */
	g_string_append_c(s, '"');
	for (i = 0; i < CSV_MAX_FIELD; i++)
		g_string_append_c(s, 'x');
	g_string_append(s, "\"\nok\n");
	t = read_all(s->str);
	assert_int_equal(strlen(t), CSV_MAX_FIELD + strlen("1:\n2:ok\n"));
	g_free(t);
	g_string_insert_c(s, 1, 'x');
	reads_as(s->str, "!1:field longer than 64 KiB\n2:ok\n");
	/* Twenty fields of 60 KiB: each fine, the record too long. */
	g_string_truncate(s, 0);
	for (i = 0; i < 20 * 60 * 1024; i++)
		g_string_append_c(s, i % (60 * 1024) == 0 && i > 0 ? ',' :
		    'x');
	g_string_append(s, "\nok\n");
	reads_as(s->str, "!1:record longer than 1 MiB\n2:ok\n");
	/* CSV_MAX_FIELDS fields are read, one more is refused. */
	g_string_truncate(s, 0);
	for (i = 1; i < CSV_MAX_FIELDS; i++)
		g_string_append_c(s, ',');
	g_string_append(s, "\nok\n");
	t = read_all(s->str);
	assert_string_equal(t + strlen(t) - 6, "\n2:ok\n");
	g_free(t);
	g_string_prepend_c(s, ',');
	reads_as(s->str, "!1:more than 4096 fields\n2:ok\n");
	g_string_free(s, TRUE);
}

/* The reader stops on a line without end, in bounded memory. */
static void
test_endless_line(void **state)
{
	FILE *fp = fopen("/dev/zero", "r");
	struct csv_reader *r;
	struct csv_row row;
	struct err err;

	assert_non_null(fp);
	r = csv_reader_new(fp);
	csv_reader_name(r, "zero.csv");
	assert_int_equal(csv_reader_next(r, &row, &err), -1);
	assert_string_equal(err.msg, "zero.csv:1: line longer than 1048576 "
	    "bytes: not a CSV file");
	csv_reader_free(r);
	fclose(fp);
	fp = fopen("/dev/zero", "r");
	r = csv_reader_new(fp);
	assert_int_equal(csv_reader_next(r, &row, &err), -1);
	assert_string_equal(err.msg, "CSV:1: line longer than 1048576 bytes: "
	    "not a CSV file");
	csv_reader_free(r);
	fclose(fp);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_plain),
		cmocka_unit_test(test_bom),
		cmocka_unit_test(test_quoted),
		cmocka_unit_test(test_malformed),
		cmocka_unit_test(test_file),
		cmocka_unit_test(test_write),
		cmocka_unit_test(test_sep),
		cmocka_unit_test(test_round_trip),
		cmocka_unit_test(test_bom_field),
		cmocka_unit_test(test_nul_refused),
		cmocka_unit_test(test_limits),
		cmocka_unit_test(test_endless_line),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
