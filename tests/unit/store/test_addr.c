/* Unit tests for store_addr: keys, syntax and typo suggestions. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>
#include <glib.h>

#include "store_addr.h"

static void
key_is(const char *in, const char *want)
{
	char *k = store_addr_key(in);

	if (want == NULL)
		assert_null(k);
	else
		assert_string_equal(k, want);
	g_free(k);
}

static void
test_key(void **state)
{
	key_is("John.Doe@Example.COM", "john.doe@example.com");
	key_is("  <a@b.org> ", "a@b.org");
	key_is("user@example.com.", "user@example.com");
	key_is("Ünïcode@BÜCHER.example", "ünïcode@xn--bcher-kva.example");
	key_is("no-at-sign", NULL);
	key_is("@example.com", NULL);
	key_is("user@", NULL);
}

static void
syntax_is(const char *key, int ok)
{
	const char *why = NULL;

	assert_int_equal(store_addr_check(key, &why), ok ? 0 : -1);
	if (!ok)
		assert_string_equal(why, "syntax");
}

static void
test_check(void **state)
{
	syntax_is("a.b+tag@example.com", 1);
	syntax_is("o'brien@mail.example.co.uk", 1);
	syntax_is("x@xn--bcher-kva.example", 1);
	syntax_is("a..b@example.com", 0);
	syntax_is(".a@example.com", 0);
	syntax_is("a b@example.com", 0);
	syntax_is("a@localhost", 0);
	syntax_is("a@-bad.com", 0);
	syntax_is("a@example.c", 0);
	syntax_is("a@1.2.3.4", 0);
	syntax_is("a(b)@example.com", 0);
}

static void
suggest_is(const char *key, const char *want)
{
	char *s = store_addr_suggest(key);

	if (want == NULL)
		assert_null(s);
	else
		assert_string_equal(s, want);
	g_free(s);
}

static void
test_suggest(void **state)
{
	suggest_is("bob@gmial.com", "bob@gmail.com");
	suggest_is("bob@hotmial.com", "bob@hotmail.com");
	suggest_is("bob@qq.con", "bob@qq.com");
	suggest_is("bob@163.con", "bob@163.com");
	suggest_is("bob@company.con", "bob@company.com");
	suggest_is("bob@company.cm", "bob@company.com");
	suggest_is("bob@gmail.com", NULL);
	suggest_is("bob@company.com", NULL);
	suggest_is("bob@company.co", NULL);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_key),
		cmocka_unit_test(test_check),
		cmocka_unit_test(test_suggest),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
