/*
 * text: escaping for terminals and logs, and a printf that escapes its
 * string arguments.  Pure: appends to the caller's GString, no output.
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "log.h"
#include "text.h"

int
text_char_unsafe(gunichar c)
{
	if (c < 0x20 || (c >= 0x7f && c <= 0x9f))
		return 1;
	return c == 0x061c || c == 0x200e || c == 0x200f ||
	    (c >= 0x2028 && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

/* Bytes from p on that need no look: printable ASCII. */
static size_t
text_plain_run(const char *p, const char *e)
{
	const char *q = p;

	while (q < e && (unsigned char)*q >= 0x20 && (unsigned char)*q < 0x7f)
		q++;
	return (size_t)(q - p);
}

static void
text_escape_cp(GString *out, gunichar c)
{
	if (c == '\t')
		g_string_append(out, "\\t");
	else if (c == '\n')
		g_string_append(out, "\\n");
	else if (c == '\r')
		g_string_append(out, "\\r");
	else if (c < 0x80)
		g_string_append_printf(out, "\\x%02x", c);
	else
		g_string_append_printf(out, "\\u%04x", c);
}

void
text_escape(GString *out, const char *s, gssize len)
{
	const char *p = s, *e;
	gunichar c;
	size_t n;

	if (s == NULL)
		return;
	e = s + (len < 0 ? strlen(s) : (size_t)len);
	while (p < e) {
		n = text_plain_run(p, e);
		g_string_append_len(out, p, (gssize)n);
		if ((p += n) == e)
			break;
		c = g_utf8_get_char_validated(p, e - p);
		if (c == (gunichar)-1 || c == (gunichar)-2) {
			g_string_append_printf(out, "\\x%02x",
			    (unsigned char)*p++);
			continue;
		}
		n = (size_t)g_unichar_to_utf8(c, NULL);
		if (text_char_unsafe(c))
			text_escape_cp(out, c);
		else
			g_string_append_len(out, p, (gssize)n);
		p += n;
	}
}

char *
text_escaped(const char *s)
{
	GString *o = g_string_sized_new(strlen(s) + 8);

	text_escape(o, s, -1);
	return g_string_free(o, FALSE);
}

int
text_is_unsafe(const char *s)
{
	const char *e = s + strlen(s);
	gunichar c;

	for (s += text_plain_run(s, e); s < e; s += text_plain_run(s, e)) {
		c = g_utf8_get_char_validated(s, e - s);
		if (c == (gunichar)-1 || c == (gunichar)-2 ||
		    text_char_unsafe(c))
			return 1;
		s = g_utf8_next_char(s);
	}
	return 0;
}

/* One conversion of a format, numbers given by '*' written in. */
struct text_spec {
	GString	*head;		/* '%', flags, width */
	GString	*full;		/* head, precision, length, conversion */
	int	 prec;		/* -1 without */
	char	 len[3];
	char	 conv;
};

/* Reads the conversion at fmt (its '%'); returns what follows it. */
static const char *
text_spec_read(struct text_spec *sp, const char *fmt, va_list *ap)
{
	const char *p = fmt + 1;
	size_t n;

	g_string_assign(sp->head, "%");
	while (*p != '\0' && strchr("-+ #0", *p) != NULL)
		g_string_append_c(sp->head, *p++);
	if (*p == '*') {
		g_string_append_printf(sp->head, "%d", va_arg(*ap, int));
		p++;
	} else
		while (g_ascii_isdigit(*p))
			g_string_append_c(sp->head, *p++);
	g_string_assign(sp->full, sp->head->str);
	sp->prec = -1;
	if (*p == '.') {
		p++;
		if (*p == '*') {
			sp->prec = va_arg(*ap, int);
			p++;
		} else
			for (sp->prec = 0; g_ascii_isdigit(*p); p++)
				sp->prec = sp->prec * 10 + (*p - '0');
		if (sp->prec >= 0)
			g_string_append_printf(sp->full, ".%d", sp->prec);
	}
	n = strspn(p, "hlLqjzt");
	if (n > 2)
		fatal("text_printf: bad format '%s'", fmt);
	memcpy(sp->len, p, n);
	sp->len[n] = '\0';
	g_string_append_len(sp->full, p, (gssize)n);
	p += n;
	if ((sp->conv = *p) == '\0')
		fatal("text_printf: bad format '%s'", fmt);
	g_string_append_c(sp->full, sp->conv);
	return p + 1;
}

/* A %s or %c argument: cut to the precision, escaped, then padded. */
static void
text_put_str(GString *out, const struct text_spec *sp, const char *s,
    size_t n)
{
	GString *t = g_string_sized_new(n + 16);

	if (sp->prec >= 0 && n > (size_t)sp->prec) {
		n = (size_t)sp->prec;
		while (n > 0 && ((unsigned char)s[n] & 0xc0) == 0x80)
			n--;
	}
	text_escape(t, s, (gssize)n);
	g_string_append(sp->head, "s");
	g_string_append_printf(out, sp->head->str, t->str);
	g_string_free(t, TRUE);
}

static void
text_put_signed(GString *out, const struct text_spec *sp, va_list *ap)
{
	const char *f = sp->full->str;

	if (strcmp(sp->len, "l") == 0)
		g_string_append_printf(out, f, va_arg(*ap, long));
	else if (strcmp(sp->len, "ll") == 0 || strcmp(sp->len, "q") == 0)
		g_string_append_printf(out, f, va_arg(*ap, long long));
	else if (strcmp(sp->len, "z") == 0)
		g_string_append_printf(out, f, va_arg(*ap, gssize));
	else if (strcmp(sp->len, "j") == 0)
		g_string_append_printf(out, f, va_arg(*ap, intmax_t));
	else if (strcmp(sp->len, "t") == 0)
		g_string_append_printf(out, f, va_arg(*ap, ptrdiff_t));
	else
		g_string_append_printf(out, f, va_arg(*ap, int));
}

static void
text_put_unsigned(GString *out, const struct text_spec *sp, va_list *ap)
{
	const char *f = sp->full->str;

	if (strcmp(sp->len, "l") == 0)
		g_string_append_printf(out, f, va_arg(*ap, unsigned long));
	else if (strcmp(sp->len, "ll") == 0 || strcmp(sp->len, "q") == 0)
		g_string_append_printf(out, f, va_arg(*ap,
		    unsigned long long));
	else if (strcmp(sp->len, "z") == 0)
		g_string_append_printf(out, f, va_arg(*ap, size_t));
	else if (strcmp(sp->len, "j") == 0)
		g_string_append_printf(out, f, va_arg(*ap, uintmax_t));
	else if (strcmp(sp->len, "t") == 0)
		g_string_append_printf(out, f, va_arg(*ap, ptrdiff_t));
	else
		g_string_append_printf(out, f, va_arg(*ap, unsigned int));
}

static void
text_put(GString *out, struct text_spec *sp, va_list *ap)
{
	const char *s;
	char c;

	switch (sp->conv) {
	case '%':
		g_string_append_c(out, '%');
		break;
	case 's':
		if ((s = va_arg(*ap, const char *)) == NULL)
			s = "(null)";
		text_put_str(out, sp, s, strlen(s));
		break;
	case 'c':
		c = (char)va_arg(*ap, int);
		text_put_str(out, sp, &c, 1);
		break;
	case 'd': case 'i':
		text_put_signed(out, sp, ap);
		break;
	case 'u': case 'o': case 'x': case 'X':
		text_put_unsigned(out, sp, ap);
		break;
	case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
	case 'a': case 'A':
		if (strcmp(sp->len, "L") == 0)
			g_string_append_printf(out, sp->full->str,
			    va_arg(*ap, long double));
		else
			g_string_append_printf(out, sp->full->str,
			    va_arg(*ap, double));
		break;
	case 'p':
		g_string_append_printf(out, sp->full->str, va_arg(*ap, void *));
		break;
	default:
		fatal("text_printf: conversion '%c' not supported", sp->conv);
	}
}

void
text_vprintf(GString *out, const char *fmt, va_list ap)
{
	struct text_spec sp = { g_string_new(NULL), g_string_new(NULL),
	    -1, "", 0 };
	const char *p = fmt, *pct;
	va_list aq;

	va_copy(aq, ap);
	while ((pct = strchr(p, '%')) != NULL) {
		g_string_append_len(out, p, pct - p);
		p = text_spec_read(&sp, pct, &aq);
		text_put(out, &sp, &aq);
	}
	g_string_append(out, p);
	va_end(aq);
	g_string_free(sp.head, TRUE);
	g_string_free(sp.full, TRUE);
}

void
text_printf(GString *out, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	text_vprintf(out, fmt, ap);
	va_end(ap);
}

int
text_fprintf(FILE *fp, const char *fmt, ...)
{
	GString *o = g_string_sized_new(256);
	va_list ap;
	int rc;

	va_start(ap, fmt);
	text_vprintf(o, fmt, ap);
	va_end(ap);
	rc = fwrite(o->str, 1, o->len, fp) == o->len ? 0 : -1;
	g_string_free(o, TRUE);
	return rc;
}

#define TEXT_HI		0x8080808080808080ull
#define TEXT_ONES	0x0101010101010101ull

/*
 * ASCII, most of any text here, is checked eight bytes at a time; runs of
 * other bytes (a sequence never spans an ASCII byte) go to GLib.
 */
const char *
text_utf8_bad(const char *data, size_t len)
{
	const unsigned char *p = (const unsigned char *)data;
	const char *end;
	size_t i = 0, k;
	guint64 w;

	while (i < len) {
		if (len - i >= 8) {
			memcpy(&w, p + i, 8);
			if ((w & TEXT_HI) == 0 && ((w - TEXT_ONES) & ~w &
			    TEXT_HI) == 0) {
				i += 8;
				continue;
			}
		}
		if (p[i] == 0)
			return data + i;
		if (p[i] < 0x80) {
			i++;
			continue;
		}
		for (k = i; k < len && p[k] >= 0x80; k++)
			;
		if (!g_utf8_validate_len(data + i, k - i, &end))
			return end;
		i = k;
	}
	return NULL;
}
