/*
 * imap_utf7: folder names as the server wants them.  IMAP4rev1 names are
 * in modified UTF-7 (RFC 3501, 5.1.3): printable ASCII stands for itself
 * but "&", which is "&-"; anything else is UTF-16, big-endian, in base64
 * with "," for "/" and no padding, between "&" and "-".  The
 * configuration holds names as people write them (UTF-8: "垃圾邮件"); the
 * database and the messages keep that form, only the wire gets this one.
 */
#include <string.h>

#include <glib.h>

#include "imap_int.h"

/* A base64 character of modified UTF-7. */
static int
imap_b64(char c)
{
	return g_ascii_isalnum(c) || c == '+' || c == ',';
}

/*
 * s is printable ASCII and every "&" opens a valid shift ("&-", or base64
 * then "-"): already modified UTF-7, as names were written before (or
 * read from a server's LIST), so it is sent unchanged.
 */
static int
imap_is_mutf7(const char *s)
{
	const char *p;

	for (p = s; *p != '\0'; p++) {
		if (*p < 0x20 || *p > 0x7e)
			return 0;
		if (*p != '&')
			continue;
		for (p++; imap_b64(*p); p++)
			;
		if (*p != '-')
			return 0;
	}
	return 1;
}

/* Appends the UTF-16BE form of the n characters at s, in modified base64. */
static void
imap_shift(GString *out, const char *s, glong n)
{
	gunichar2 *u16;
	guchar *be;
	gchar *b64, *p;
	glong len, i;

	u16 = g_utf8_to_utf16(s, g_utf8_offset_to_pointer(s, n) - s, NULL,
	    &len, NULL);
	be = g_malloc(len * 2 + 1);
	for (i = 0; i < len; i++) {
		be[2 * i] = (guchar)(u16[i] >> 8);
		be[2 * i + 1] = (guchar)(u16[i] & 0xff);
	}
	b64 = g_base64_encode(be, (gsize)len * 2);
	for (p = b64; *p != '\0' && *p != '='; p++)
		if (*p == '/')
			*p = ',';
	*p = '\0';
	g_string_append_c(out, '&');
	g_string_append(out, b64);
	g_string_append_c(out, '-');
	g_free(b64);
	g_free(be);
	g_free(u16);
}

char *
imap_mutf7(const char *name, struct err *err)
{
	GString *out;
	const char *p, *run;
	gunichar c;

	if (!g_utf8_validate(name, -1, NULL)) {
		err_set(err, "folder name is not valid UTF-8");
		return NULL;
	}
	if (imap_is_mutf7(name))
		return g_strdup(name);
	out = g_string_new(NULL);
	for (p = name; *p != '\0';) {
		c = g_utf8_get_char(p);
		if (c >= 0x20 && c <= 0x7e) {
			if (c == '&')
				g_string_append(out, "&-");
			else
				g_string_append_c(out, (char)c);
			p++;
			continue;
		}
		for (run = p; *p != '\0' && (g_utf8_get_char(p) < 0x20 ||
		    g_utf8_get_char(p) > 0x7e); p = g_utf8_next_char(p))
			;
		imap_shift(out, run, g_utf8_pointer_to_offset(run, p));
	}
	return g_string_free(out, FALSE);
}

/* The value of a modified base64 character, or -1. */
static int
imap_b64_value(char c)
{
	if (c >= 'A' && c <= 'Z')
		return c - 'A';
	if (c >= 'a' && c <= 'z')
		return c - 'a' + 26;
	if (c >= '0' && c <= '9')
		return c - '0' + 52;
	if (c == '+')
		return 62;
	return c == ',' ? 63 : -1;
}

/* The UTF-16BE bytes a shifted run "&...-" carries; NULL if malformed. */
static GByteArray *
imap_unshift(const char *run, size_t n)
{
	GByteArray *be = g_byte_array_new();
	guint32 bits = 0;
	int nbits = 0, v;
	size_t i;
	guint8 b;

	for (i = 0; i < n; i++) {
		if ((v = imap_b64_value(run[i])) < 0) {
			g_byte_array_free(be, TRUE);
			return NULL;
		}
		bits = (bits << 6) | (guint32)v;
		if ((nbits += 6) >= 8) {
			nbits -= 8;
			b = (guint8)(bits >> nbits);
			g_byte_array_append(be, &b, 1);
		}
	}
	if (be->len % 2 != 0 || be->len == 0) {
		g_byte_array_free(be, TRUE);
		return NULL;
	}
	return be;
}

/* Appends the run's text to out; -1 if it is not modified base64. */
static int
imap_unshift_to(GString *out, const char *run, size_t n)
{
	GByteArray *be = imap_unshift(run, n);
	gunichar2 *u16;
	char *u8;
	guint i;

	if (be == NULL)
		return -1;
	u16 = g_new(gunichar2, be->len / 2);
	for (i = 0; i < be->len / 2; i++)
		u16[i] = (gunichar2)(be->data[2 * i] << 8 | be->data[2 * i + 1]);
	u8 = g_utf16_to_utf8(u16, (glong)(be->len / 2), NULL, NULL, NULL);
	g_free(u16);
	g_byte_array_free(be, TRUE);
	if (u8 == NULL)
		return -1;
	g_string_append(out, u8);
	g_free(u8);
	return 0;
}

char *
imap_mutf7_decode(const char *name)
{
	GString *out = g_string_new(NULL);
	const char *p, *end;

	for (p = name; *p != '\0'; p++) {
		if (*p != '&') {
			g_string_append_c(out, *p);
			continue;
		}
		if ((end = strchr(p + 1, '-')) == NULL)
			break;
		if (end == p + 1)
			g_string_append_c(out, '&');
		else if (imap_unshift_to(out, p + 1, (size_t)(end - p - 1)) < 0)
			break;
		p = end;
	}
	if (*p != '\0') {
		/* Not modified UTF-7 after all: shown as the server sent it. */
		g_string_free(out, TRUE);
		return g_strdup(name);
	}
	return g_string_free(out, FALSE);
}
