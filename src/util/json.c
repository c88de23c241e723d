/*
 * json: escaping and key/value helpers for line-oriented JSON output.
 * What text.h would escape on a terminal is written as \uNNNN here too:
 * the value decodes exactly, and the line shown raw harms no terminal.
 */
#include <string.h>

#include "json.h"
#include "text.h"

/* A character beyond ASCII at p: as it is, or \uNNNN if unsafe. */
static const char *
json_escape_wide(GString *out, const char *p)
{
	gunichar c = g_utf8_get_char(p);
	const char *next = g_utf8_next_char(p);

	if (text_char_unsafe(c))
		g_string_append_printf(out, "\\u%04x", c);
	else
		g_string_append_len(out, p, next - p);
	return next;
}

/* How many bytes from p on are copied as they are: printable ASCII. */
static size_t
json_plain_run(const unsigned char *p)
{
	/* 1: printable ASCII other than '"' and '\\'; a NUL ends a run. */
	static const unsigned char plain[256] = {
		0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
		0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
		1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,	/* '"' */
		1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
		1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
		1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1,	/* '\\' */
		1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
		1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0,	/* DEL */
	};
	const unsigned char *q = p;

	while (plain[*q])
		q++;
	return (size_t)(q - p);
}

static void
json_escape_valid(GString *out, const char *s)
{
	const unsigned char *p;
	size_t n;

	for (p = (const unsigned char *)s; *p != '\0'; p++) {
		if ((n = json_plain_run(p)) > 0) {
			g_string_append_len(out, (const char *)p, (gssize)n);
			p += n - 1;
			continue;
		}
		if (*p >= 0x80) {
			p = (const unsigned char *)json_escape_wide(out,
			    (const char *)p) - 1;
			continue;
		}
		switch (*p) {
		case '"':
			g_string_append(out, "\\\"");
			break;
		case '\\':
			g_string_append(out, "\\\\");
			break;
		case '\n':
			g_string_append(out, "\\n");
			break;
		case '\r':
			g_string_append(out, "\\r");
			break;
		case '\t':
			g_string_append(out, "\\t");
			break;
		default:
			if (*p < 0x20 || *p == 0x7f)
				g_string_append_printf(out, "\\u%04x", *p);
			else
				g_string_append_c(out, (char)*p);
		}
	}
}

void
json_str(GString *out, const char *s)
{
	char *valid;
	size_t n;

	if (s == NULL) {
		g_string_append(out, "null");
		return;
	}
	g_string_append_c(out, '"');
	n = json_plain_run((const unsigned char *)s);
	if (s[n] == '\0') {
		/* Printable ASCII, most values: nothing to escape. */
		g_string_append_len(out, s, (gssize)n);
	} else if (text_utf8_bad(s, strlen(s)) == NULL) {
		json_escape_valid(out, s);
	} else {
		valid = g_utf8_make_valid(s, -1);
		json_escape_valid(out, valid);
		g_free(valid);
	}
	g_string_append_c(out, '"');
}

void
json_key(GString *out, int *first, const char *key)
{
	if (!*first)
		g_string_append_c(out, ',');
	*first = 0;
	json_str(out, key);
	g_string_append_c(out, ':');
}

void
json_kv_str(GString *out, int *first, const char *key, const char *s)
{
	json_key(out, first, key);
	json_str(out, s);
}

void
json_kv_int(GString *out, int *first, const char *key, long long v)
{
	/* As "%lld" writes it, without a printf for each number. */
	char buf[24], *o = buf + sizeof(buf);
	unsigned long long u = v < 0 ? 0ull - (unsigned long long)v :
	    (unsigned long long)v;

	json_key(out, first, key);
	do {
		*--o = (char)('0' + u % 10);
		u /= 10;
	} while (u > 0);
	if (v < 0)
		*--o = '-';
	g_string_append_len(out, o, buf + sizeof(buf) - o);
}

void
json_kv_bool(GString *out, int *first, const char *key, int v)
{
	json_key(out, first, key);
	g_string_append(out, v ? "true" : "false");
}

void
json_kv_null(GString *out, int *first, const char *key)
{
	json_key(out, first, key);
	g_string_append(out, "null");
}
