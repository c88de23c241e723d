/*
 * json: escaping and key/value helpers for line-oriented JSON output.
 */
#include <string.h>

#include "json.h"

static void
json_escape_valid(GString *out, const char *s)
{
	const unsigned char *p;

	for (p = (const unsigned char *)s; *p != '\0'; p++) {
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

	if (s == NULL) {
		g_string_append(out, "null");
		return;
	}
	g_string_append_c(out, '"');
	if (g_utf8_validate(s, -1, NULL)) {
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
	json_key(out, first, key);
	g_string_append_printf(out, "%lld", v);
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
