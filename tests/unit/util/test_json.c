/*
 * test_json: the JSON helpers write numbers as printf's "%lld" does (the
 * extremes included) and copy printable ASCII as it is while escaping
 * every other ASCII byte, one byte at a time over the whole range.
 */
#include <limits.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>
#include <glib.h>

#include "json.h"

static void
test_int_as_printf(void **state)
{
	static const long long v[] = { 0, 7, -7, 10, -10, 1234567890123LL,
	    LLONG_MAX, LLONG_MIN, LLONG_MIN + 1 };
	size_t i;

	(void)state;
	for (i = 0; i < G_N_ELEMENTS(v); i++) {
		GString *out = g_string_new(NULL);
		char *want = g_strdup_printf("\"n\":%lld", v[i]);
		int first = 1;

		json_kv_int(out, &first, "n", v[i]);
		assert_string_equal(out->str, want);
		g_free(want);
		g_string_free(out, TRUE);
	}
}

/* What json_str() must write for the one-byte string c. */
static char *
escaped(unsigned char c)
{
	switch (c) {
	case '"':
		return g_strdup("\"\\\"\"");
	case '\\':
		return g_strdup("\"\\\\\"");
	case '\n':
		return g_strdup("\"\\n\"");
	case '\r':
		return g_strdup("\"\\r\"");
	case '\t':
		return g_strdup("\"\\t\"");
	default:
		if (c < 0x20 || c == 0x7f)
			return g_strdup_printf("\"\\u%04x\"", c);
		return g_strdup_printf("\"%c\"", c);
	}
}

static void
test_ascii_bytes(void **state)
{
	unsigned c;

	(void)state;
	for (c = 1; c < 0x80; c++) {
		char s[] = { 'a', (char)c, 'b', '\0' }, *one, *want;
		GString *out = g_string_new(NULL);

		json_str(out, s);
		one = escaped((unsigned char)c);
		/* "a" + the byte's form without its quotes + "b". */
		want = g_strdup_printf("\"a%.*sb\"", (int)strlen(one) - 2,
		    one + 1);
		assert_string_equal(out->str, want);
		g_free(one);
		g_free(want);
		g_string_free(out, TRUE);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_int_as_printf),
		cmocka_unit_test(test_ascii_bytes),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
