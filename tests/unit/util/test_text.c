/*
 * test_text: the escaping every human-readable output goes through.
 * Control characters of every class and bytes that are not UTF-8 come out
 * as visible escapes; other scripts pass unchanged; text_printf() escapes
 * its string arguments and keeps widths, precisions and numbers.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>
#include <glib.h>

#include "text.h"

static char *
esc(const char *s, gssize len)
{
	GString *o = g_string_new(NULL);

	text_escape(o, s, len);
	return g_string_free(o, FALSE);
}

static void
expect_esc(const char *in, const char *want)
{
	char *got = esc(in, -1);

	assert_string_equal(got, want);
	g_free(got);
}

static void
test_escape_controls(void **state)
{
	(void)state;
	/* ESC [ (CSI) and OSC ... BEL: the terminal sees no escape. */
	expect_esc("a\x1b[2Jb", "a\\x1b[2Jb");
	expect_esc("\x1b]0;pwned\x07", "\\x1b]0;pwned\\x07");
	/* Line breaks and tabs cannot forge rows or columns. */
	expect_esc("x\ny\rz\tw", "x\\ny\\rz\\tw");
	expect_esc("\x7f", "\\x7f");
	/* C1 controls encoded in UTF-8: U+009B is a one-code CSI. */
	expect_esc("\xc2\x9b" "31m", "\\u009b31m");
	expect_esc("\xc2\x85", "\\u0085");
	/* Bidi overrides and isolates, the ALM and line separators. */
	expect_esc("moc.\xe2\x80\xae" "exe", "moc.\\u202eexe");
	expect_esc("\xe2\x81\xa6\xe2\x81\xa7\xe2\x81\xa8\xe2\x81\xa9",
	    "\\u2066\\u2067\\u2068\\u2069");
	expect_esc("\xe2\x80\xaa\xe2\x80\x8e\xd8\x9c\xe2\x80\xa8",
	    "\\u202a\\u200e\\u061c\\u2028");
}

static void
test_escape_keeps_text(void **state)
{
	(void)state;
	expect_esc("", "");
	expect_esc("user@example.com 550 5.1.1", "user@example.com 550 5.1.1");
	expect_esc("张伟@例子.中国 Größe ação", "张伟@例子.中国 Größe ação");
	/* Zero-width joiner and other format characters are not overrides. */
	expect_esc("a\xe2\x80\x8d" "b", "a\xe2\x80\x8d" "b");
	assert_int_equal(text_is_unsafe("Müller"), 0);
	assert_int_equal(text_is_unsafe("a\x1b"), 1);
}

static void
test_escape_invalid_utf8(void **state)
{
	char *got;

	(void)state;
	expect_esc("a\xff" "b", "a\\xffb");
	/* A lone continuation byte, a truncated sequence, an overlong '/'. */
	expect_esc("\x80", "\\x80");
	expect_esc("\xe4\xb8", "\\xe4\\xb8");
	expect_esc("\xc0\xaf", "\\xc0\\xaf");
	/* An explicit length stops before an embedded NUL's successor. */
	got = esc("ab\0\x1b", 4);
	assert_string_equal(got, "ab\\x00\\x1b");
	g_free(got);
}

static void
test_printf(void **state)
{
	GString *o = g_string_new(NULL);

	(void)state;
	text_printf(o, "%-6s|%s|%d %ld %lld %zu %u %x %5.1f %%|%c\n",
	    "ab", "x\ny", -3, 40L, 5000000000LL, (size_t)7, 8u, 255u, 2.5,
	    '\x1b');
	assert_string_equal(o->str,
	    "ab    |x\\ny|-3 40 5000000000 7 8 ff   2.5 %|\\x1b\n");
	g_string_truncate(o, 0);
	/* A precision counts bytes of the argument, cut to whole characters. */
	text_printf(o, "[%.4s][%.2s][%*s][%.*s]", "张伟", "\x1b[31m", 3, "a",
	    1, "\x1bz");
	assert_string_equal(o->str, "[张][\\x1b[][  a][\\x1b]");
	g_string_free(o, TRUE);
}

/*
 * text_utf8_bad() stops where g_utf8_validate() does, on ASCII runs of
 * any length and alignment, multi-byte characters, cut ones and NULs.
 */
static void
test_utf8_bad(void **state)
{
	static const char *const pieces[] = { "a", "abcdefgh", " 550 ",
		"\xc3\xa9", "\xe7\x94\xa8", "\xf0\x9f\x98\x80", "\xc3",
		"\xff", "\x80", "\0" };
	GRand *rand = g_rand_new_with_seed(11);
	const char *want, *got;
	GString *s = g_string_new(NULL);
	int round, i, k;

	(void)state;
	for (round = 0; round < 2000; round++) {
		g_string_truncate(s, 0);
		k = g_rand_int_range(rand, 0, 12);
		for (i = 0; i < k; i++) {
			const char *p = pieces[g_rand_int_range(rand, 0,
			    G_N_ELEMENTS(pieces))];

			g_string_append_len(s, p, *p == '\0' ? 1 :
			    (gssize)strlen(p));
		}
		g_utf8_validate(s->str, (gssize)s->len, &want);
		got = text_utf8_bad(s->str, s->len);
		assert_ptr_equal(got, want == s->str + s->len ? NULL : want);
	}
	g_string_free(s, TRUE);
	g_rand_free(rand);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_escape_controls),
		cmocka_unit_test(test_escape_keeps_text),
		cmocka_unit_test(test_escape_invalid_utf8),
		cmocka_unit_test(test_printf),
		cmocka_unit_test(test_utf8_bad),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
