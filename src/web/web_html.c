/*
 * web_html: pages written through web_put(), values escaped by context
 * in web_escape().  Must not offer any way to append unescaped text.
 */
#include <stdarg.h>
#include <string.h>
#include <time.h>

#include <glib.h>

#include "web_html.h"

struct web_html {
	GString	*s;
};

struct web_html *
web_html_new(void)
{
	struct web_html *h = g_new0(struct web_html, 1);

	h->s = g_string_sized_new(8192);
	return h;
}

void
web_html_free(struct web_html *h)
{
	if (h == NULL)
		return;
	g_string_free(h->s, TRUE);
	g_free(h);
}

/* Characters that may reorder or hide text: bidi and other controls. */
static int
web_hidden(gunichar c)
{
	if (c == '\n' || c == '\t')
		return 0;
	return g_unichar_iscntrl(c) || (c >= 0x200b && c <= 0x200f) ||
	    (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) ||
	    c == 0x061c || c == 0xfeff;
}

static void
web_escape_url(GString *out, const char *s)
{
	g_string_append_uri_escaped(out, s, NULL, FALSE);
}

static void
web_escape_char(GString *out, gunichar c, const char *at, const char *next)
{
	switch (c) {
	case '&':
		g_string_append(out, "&amp;");
		break;
	case '<':
		g_string_append(out, "&lt;");
		break;
	case '>':
		g_string_append(out, "&gt;");
		break;
	case '"':
		g_string_append(out, "&quot;");
		break;
	case '\'':
		g_string_append(out, "&#39;");
		break;
	case '`':
		g_string_append(out, "&#96;");
		break;
	default:
		if (web_hidden(c))
			g_string_append_printf(out, "[U+%04X]", c);
		else
			g_string_append_len(out, at, next - at);
	}
}

static void
web_escape_into(GString *out, const char *s, enum web_ctx ctx)
{
	char *v;
	const char *p, *n;

	if (s == NULL)
		return;
	if (ctx == WEB_CTX_URL) {
		web_escape_url(out, s);
		return;
	}
	v = g_utf8_make_valid(s, -1);
	for (p = v; *p != '\0'; p = n) {
		n = g_utf8_next_char(p);
		web_escape_char(out, g_utf8_get_char(p), p, n);
	}
	g_free(v);
}

char *
web_escape(const char *s, enum web_ctx ctx)
{
	GString *g = g_string_new(NULL);

	web_escape_into(g, s, ctx);
	return g_string_free(g, FALSE);
}

static void
web_put_date(GString *out, long long t, const char *fmt)
{
	time_t tt = (time_t)t;
	struct tm tm;
	char buf[32];

	if (t == 0 || gmtime_r(&tt, &tm) == NULL) {
		g_string_append_c(out, '-');
		return;
	}
	strftime(buf, sizeof(buf), fmt, &tm);
	g_string_append(out, buf);
}

/* One directive d with its value from ap. */
static void
web_put_one(GString *out, char d, va_list *ap)
{
	switch (d) {
	case 't':
		web_escape_into(out, va_arg(*ap, const char *), WEB_CTX_TEXT);
		break;
	case 'a':
		web_escape_into(out, va_arg(*ap, const char *), WEB_CTX_ATTR);
		break;
	case 'u':
		web_escape_into(out, va_arg(*ap, const char *), WEB_CTX_URL);
		break;
	case 'd':
		g_string_append_printf(out, "%d", va_arg(*ap, int));
		break;
	case 'D':
		g_string_append_printf(out, "%lld", va_arg(*ap, long long));
		break;
	case 'T':
		web_put_date(out, va_arg(*ap, long long), "%Y-%m-%d %H:%M");
		break;
	case 'F':
		web_put_date(out, va_arg(*ap, long long), "%Y-%m-%d");
		break;
	case '%':
		g_string_append_c(out, '%');
		break;
	default:
		/* A template bug; nothing of it reaches the page. */
		g_error("web_put: unknown directive '%%%c'", d);
	}
}

void
web_put(struct web_html *h, const char *fmt, ...)
{
	const char *p, *q;
	va_list ap;

	va_start(ap, fmt);
	for (p = fmt; *p != '\0'; p = q + 2) {
		if ((q = strchr(p, '%')) == NULL) {
			g_string_append(h->s, p);
			break;
		}
		g_string_append_len(h->s, p, q - p);
		web_put_one(h->s, q[1], &ap);
		if (q[1] == '\0')
			break;
	}
	va_end(ap);
}

void
web_html_take(struct web_html *h, struct web_html *part)
{
	g_string_append_len(h->s, part->s->str, part->s->len);
	g_string_truncate(part->s, 0);
}

const char *
web_html_str(const struct web_html *h, size_t *len)
{
	if (len != NULL)
		*len = h->s->len;
	return h->s->str;
}

char *
web_html_steal(struct web_html *h, size_t *len)
{
	char *s;

	if (len != NULL)
		*len = h->s->len;
	s = g_string_free(h->s, FALSE);
	g_free(h);
	return s;
}
