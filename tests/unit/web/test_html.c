/*
 * Unit tests for web_html: every directive escapes for its context, and
 * hostile text (markup, quotes, event handlers, javascript: URLs, bidi
 * overrides, invalid UTF-8) comes out inert.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>
#include <glib.h>

#include "web_html.h"

static void
esc_is(const char *in, enum web_ctx ctx, const char *want)
{
	char *got = web_escape(in, ctx);

	assert_string_equal(got, want);
	g_free(got);
}

static void
test_escape_text(void **state)
{
	esc_is("<script>alert(1)</script>", WEB_CTX_TEXT,
	    "&lt;script&gt;alert(1)&lt;/script&gt;");
	esc_is("\"onmouseover='x'", WEB_CTX_ATTR,
	    "&quot;onmouseover=&#39;x&#39;");
	esc_is("a&b`", WEB_CTX_TEXT, "a&amp;b&#96;");
	/* Right-to-left override and zero-width characters shown. */
	esc_is("x\xe2\x80\xaegnp.exe", WEB_CTX_TEXT, "x[U+202E]gnp.exe");
	esc_is("a\xe2\x80\x8b" "b\x01", WEB_CTX_ATTR, "a[U+200B]b[U+0001]");
	/* Unicode text passes; invalid bytes are replaced. */
	esc_is("张伟 Müller", WEB_CTX_TEXT, "张伟 Müller");
	esc_is("a\xff", WEB_CTX_TEXT, "a\xef\xbf\xbd");
}

static void
test_escape_url(void **state)
{
	esc_is("javascript:alert(1)", WEB_CTX_URL,
	    "javascript%3Aalert%281%29");
	esc_is("a b&c=d\"<", WEB_CTX_URL, "a%20b%26c%3Dd%22%3C");
	esc_is("张", WEB_CTX_URL, "%E5%BC%A0");
}

static void
test_put(void **state)
{
	struct web_html *h = web_html_new(), *part = web_html_new();
	size_t len;
	char *s;

	web_put(part, "<b>%t</b>", "<i>");
	web_put(h, "<a href=\"/c?a=%u\" title=\"%a\">%t</a> %d %D %T %%",
	    "x&y", "\"q\"", "<t>", -3, 1234567890123LL, 86400LL);
	web_put(h, " %T %t %F|", 0LL, (const char *)NULL, 86400LL);
	web_html_take(h, part);
	s = web_html_steal(h, &len);
	assert_string_equal(s, "<a href=\"/c?a=x%26y\" title=\"&quot;q&quot;\">"
	    "&lt;t&gt;</a> -3 1234567890123 1970-01-02 00:00 % -  1970-01-02|"
	    "<b>&lt;i&gt;</b>");
	assert_int_equal(len, strlen(s));
	g_free(s);
	assert_string_equal(web_html_str(part, NULL), "");
	web_html_free(part);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_escape_text),
		cmocka_unit_test(test_escape_url),
		cmocka_unit_test(test_put),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
