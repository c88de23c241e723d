/*
 * fuzz_escape: libFuzzer harness for the output escapers that every
 * text from strangers goes through: text_escape() (terminals, logs),
 * text_printf()'s %.*s (precision cut back to a whole character),
 * json_str() (JSON output) and web_escape() (pages: text, attribute,
 * URL).  Besides crashes and leaks it checks on every input: the
 * terminal and JSON texts are UTF-8 and hold no control byte and no
 * character text_char_unsafe() names; text_is_unsafe() says whether
 * text_escape() changed the text; json_str()'s string, decoded by the
 * JSON rules here, gives back the input (invalid UTF-8 replaced as
 * g_utf8_make_valid() does); a page's text or attribute holds no markup
 * character, no '&' but the escaper's entities and no control or
 * bidirectional character; a URL component holds only unreserved bytes
 * and %XX, and decodes back to the input.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "json.h"
#include "text.h"
#include "web_html.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Aborts unless s is UTF-8 with no control byte and no unsafe character. */
static void
fuzz_shown_safe(const GString *s)
{
	const char *p;
	size_t i;

	if (!g_utf8_validate(s->str, (gssize)s->len, NULL))
		abort();
	for (i = 0; i < s->len; i++)
		if ((unsigned char)s->str[i] < 0x20 ||
		    (unsigned char)s->str[i] == 0x7f)
			abort();
	for (p = s->str; *p != '\0'; p = g_utf8_next_char(p))
		if (text_char_unsafe(g_utf8_get_char(p)))
			abort();
}

static int
fuzz_hex4(const char *p, gunichar *c)
{
	int i, d;

	*c = 0;
	for (i = 0; i < 4; i++) {
		if ((d = g_ascii_xdigit_value(p[i])) < 0)
			return -1;
		*c = *c * 16 + (gunichar)d;
	}
	return 0;
}

/*
 * The value of the JSON string that is all of j (quotes included), or
 * NULL when j is not one.  Surrogate pairs are joined.
 */
static char *
fuzz_json_decode(const char *j, size_t len)
{
	GString *v = g_string_new(NULL);
	const char *p = j + 1, *e = j + len - 1;
	gunichar c, lo;

	if (len < 2 || j[0] != '"' || j[len - 1] != '"')
		goto bad;
	while (p < e) {
		if (*p == '"' || (unsigned char)*p < 0x20)
			goto bad;
		if (*p != '\\') {
			g_string_append_c(v, *p++);
			continue;
		}
		if (++p >= e)
			goto bad;
		switch (*p++) {
		case '"': g_string_append_c(v, '"'); break;
		case '\\': g_string_append_c(v, '\\'); break;
		case '/': g_string_append_c(v, '/'); break;
		case 'b': g_string_append_c(v, '\b'); break;
		case 'f': g_string_append_c(v, '\f'); break;
		case 'n': g_string_append_c(v, '\n'); break;
		case 'r': g_string_append_c(v, '\r'); break;
		case 't': g_string_append_c(v, '\t'); break;
		case 'u':
			if (e - p < 4 || fuzz_hex4(p, &c) < 0)
				goto bad;
			p += 4;
			if (c >= 0xd800 && c < 0xdc00) {
				if (e - p < 6 || p[0] != '\\' || p[1] != 'u' ||
				    fuzz_hex4(p + 2, &lo) < 0 ||
				    lo < 0xdc00 || lo > 0xdfff)
					goto bad;
				c = 0x10000 + ((c - 0xd800) << 10) +
				    (lo - 0xdc00);
				p += 6;
			} else if (c >= 0xdc00 && c <= 0xdfff)
				goto bad;
			g_string_append_unichar(v, c);
			break;
		default:
			goto bad;
		}
	}
	return g_string_free(v, FALSE);
bad:
	g_string_free(v, TRUE);
	return NULL;
}

static void
fuzz_escape(const char *s, size_t size)
{
	GString *out = g_string_new(NULL);
	char *z;

	text_escape(out, s, (gssize)size);
	fuzz_shown_safe(out);
	/* Without a NUL, text_is_unsafe() sees the same text. */
	if (memchr(s, '\0', size) == NULL) {
		z = g_strndup(s, size);
		if (text_is_unsafe(z) != (out->len != size ||
		    memcmp(out->str, s, size) != 0))
			abort();
		g_free(z);
	}
	g_string_free(out, TRUE);
}

/* %.*s with each precision: escaped, and never more than the input. */
static void
fuzz_printf(const char *z, size_t n)
{
	GString *out = g_string_new(NULL);
	size_t prec;

	for (prec = 0; prec <= n && prec <= 8; prec++) {
		g_string_truncate(out, 0);
		text_printf(out, "<%.*s>", (int)prec, z);
		fuzz_shown_safe(out);
	}
	g_string_free(out, TRUE);
}

static void
fuzz_json(const char *z)
{
	GString *out = g_string_new(NULL);
	char *want, *got;

	json_str(out, z);
	fuzz_shown_safe(out);
	if ((got = fuzz_json_decode(out->str, out->len)) == NULL)
		abort();
	want = g_utf8_make_valid(z, -1);
	if (strcmp(got, want) != 0)
		abort();
	g_free(want);
	g_free(got);
	g_string_free(out, TRUE);
}

/* The entities web_escape() writes: the only '&' a page text may hold. */
static const char *const fuzz_entities[] = {
	"&amp;", "&lt;", "&gt;", "&quot;", "&#39;", "&#96;", NULL
};

static int
fuzz_entity_at(const char *p)
{
	size_t i;

	for (i = 0; fuzz_entities[i] != NULL; i++)
		if (g_str_has_prefix(p, fuzz_entities[i]))
			return 1;
	return 0;
}

/* Page text or attribute: nothing that ends a context or hides text. */
static void
fuzz_web_markup(const char *z, enum web_ctx ctx)
{
	char *o = web_escape(z, ctx);
	const char *p;
	gunichar c;

	if (!g_utf8_validate(o, -1, NULL))
		abort();
	for (p = o; *p != '\0'; p = g_utf8_next_char(p)) {
		c = g_utf8_get_char(p);
		if (c < 0x80 && strchr("<>\"'`", (int)c) != NULL)
			abort();
		if (c == '&' && !fuzz_entity_at(p))
			abort();
		if ((g_unichar_iscntrl(c) && c != '\n' && c != '\t') ||
		    (c >= 0x200b && c <= 0x200f) ||
		    (c >= 0x202a && c <= 0x202e) ||
		    (c >= 0x2066 && c <= 0x2069) || c == 0x061c ||
		    c == 0xfeff)
			abort();
	}
	g_free(o);
}

/* A URL component: unreserved bytes and %XX only, decoding to z. */
static void
fuzz_web_url(const char *z)
{
	char *o = web_escape(z, WEB_CTX_URL), *back;
	const char *p;

	for (p = o; *p != '\0'; p++) {
		if (*p == '%') {
			if (!g_ascii_isxdigit(p[1]) || !g_ascii_isxdigit(p[2]))
				abort();
			p += 2;
		} else if (!g_ascii_isalnum(*p) && strchr("-._~", *p) == NULL)
			abort();
	}
	back = g_uri_unescape_string(o, NULL);
	if (back == NULL || strcmp(back, z) != 0)
		abort();
	g_free(back);
	g_free(o);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *)data;
	char *z;

	fuzz_escape(s, size);
	/* The string functions see the text up to its first NUL. */
	z = g_strndup(s, size);
	fuzz_printf(z, strlen(z));
	fuzz_json(z);
	fuzz_web_markup(z, WEB_CTX_TEXT);
	fuzz_web_markup(z, WEB_CTX_ATTR);
	fuzz_web_url(z);
	g_free(z);
	return 0;
}
