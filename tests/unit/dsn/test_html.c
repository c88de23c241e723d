/*
 * test_html: the text of HTML notices as the reader sees it: entities
 * decoded, style and script dropped, a table row on one line with its
 * cells separated by tabs, blocks on lines of their own, a <meta charset>
 * not obeyed (the text is UTF-8 already), broken pages read anyway.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>

#include <cmocka.h>
#include <glib.h>

#include "dsn_int.h"

static const struct {
	const char	*html;
	const char	*text;
} cases[] = {
	{ "<p>a&nbsp;b &amp; c &lt;d&gt; &quot;e&quot; &#39;f&#39;</p>",
	    "a b & c <d> \"e\" 'f'" },
	{ "<p>&#x6536;&#20214;&#20154;&#65306;&eacute;&hellip;</p>",
	    "\xe6\x94\xb6\xe4\xbb\xb6\xe4\xba\xba\xef\xbc\x9a\xc3\xa9"
	    "\xe2\x80\xa6" },
	{ "<html><head><title>t</title><style>td { color: red }</style>"
	    "<script>var x = \"<b>no@such.example</b>\";</script></head>"
	    "<body>kept</body></html>", "kept" },
	{ "<table><tr><td>Recipient</td><td>a@b.example</td></tr>"
	    "<tr><th>Reason</th><td>550 user<br>unknown</td></tr></table>",
	    "Recipient\ta@b.example\nReason\t550 user unknown" },
	{ "<table><tr><td><table><tr><td>x</td><td>y</td></tr></table>"
	    "</td></tr><tr><td>z</td></tr></table>", "x\ty\nz" },
	{ "<div>one</div><div>two<br>three</div><p>four</p>five",
	    "one\ntwo\nthree\n\nfour\n\nfive" },
	{ "<pre>a  b\nc</pre>", "a b\nc" },
	{ "<meta http-equiv=\"Content-Type\" content=\"text/html; "
	    "charset=gb2312\"><p>\xe9\x80\x80\xe4\xbf\xa1</p>",
	    "\xe9\x80\x80\xe4\xbf\xa1" },
	{ "<p>unclosed <b>bold <i>italic</p></i></b></x></y> end",
	    "unclosed bold italic\n\nend" },
	{ "<!-- <p>a comment</p> -->text < 3 and a>b", "text < 3 and a>b" },
	{ "", "" },
	/* No markup: plain text, its lines kept, an address is no tag. */
	{ "Sorry.\n\nSubject: Hi &amp; bye\nTo: <u@a.example>\n",
	    "Sorry.\n\nSubject: Hi &amp; bye\nTo: <u@a.example>" },
	{ "Sorry.\nTo: u@a.example<br>\n", "Sorry. To: u@a.example" },
};

static void
test_cases(void **state)
{
	size_t i;
	char *t;

	(void)state;
	for (i = 0; i < G_N_ELEMENTS(cases); i++) {
		t = dsn_html_text(cases[i].html, strlen(cases[i].html));
		if (strcmp(t, cases[i].text) != 0)
			fail_msg("case %zu: got \"%s\", want \"%s\"", i, t,
			    cases[i].text);
		g_free(t);
	}
}

/* Ten thousand unclosed elements, then as many end tags: all the text. */
static void
test_deep(void **state)
{
	GString *s = g_string_new("<p>start</p>");
	const char *p;
	char *t;
	int i;

	(void)state;
	for (i = 0; i < 10000; i++)
		g_string_append(s, "<div><span>w");
	for (i = 0; i < 10000; i++)
		g_string_append(s, "</span></div></em>");
	g_string_append(s, "<p>end</p>");
	t = dsn_html_text(s->str, s->len);
	assert_true(g_str_has_prefix(t, "start\n"));
	assert_true(g_str_has_suffix(t, "\nend"));
	for (i = 0, p = t; *p != '\0'; p++)
		i += *p == 'w';
	assert_int_equal(i, 10000);
	g_free(t);
	g_string_free(s, TRUE);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_cases),
		cmocka_unit_test(test_deep),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
