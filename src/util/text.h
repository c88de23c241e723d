/*
 * text: makes text from strangers (bounce diagnostics, addresses read
 * from a CSV file or a server, file names) safe to show on a terminal or
 * in a log.  Every human-readable output goes through here; JSON output
 * goes through json.h instead, which escapes by its own rules.
 *
 * Escaped: C0 controls (newline included, so a value cannot forge a
 * table row), DEL, C1 controls, the bidirectional overrides and isolates
 * (U+061C, U+200E, U+200F, U+202A to U+202E, U+2066 to U+2069), the line
 * and paragraph separators, and bytes that are not UTF-8.  All other
 * text, any script, passes unchanged.
 */
#ifndef BH_UTIL_TEXT_H
#define BH_UTIL_TEXT_H

#include <stdarg.h>
#include <stdio.h>

#include <glib.h>

/*
 * Appends len bytes of s (up to its NUL when len is -1), escaped: \t, \n
 * and \r by name, other single bytes as \xNN, code points as \uNNNN.
 */
void	text_escape(GString *out, const char *s, gssize len);
/* text_escape() of s into a new string (g_free()). */
char	*text_escaped(const char *s);
/* 1 for a character that must not reach a terminal as it is. */
int	text_char_unsafe(gunichar c);
/* 1 if text_escape() would change s. */
int	text_is_unsafe(const char *s);
/*
 * g_string_append_printf() whose %s and %c arguments are escaped (a %s
 * precision counts bytes of the argument, cut back to a whole character);
 * the format itself is trusted and copied as it is.
 */
void	text_printf(GString *out, const char *fmt, ...)
	    __attribute__((format(printf, 2, 3)));
void	text_vprintf(GString *out, const char *fmt, va_list ap)
	    __attribute__((format(printf, 2, 0)));
/*
 * Where len bytes of data stop being UTF-8 without NUL bytes, or NULL
 * when they all are: g_utf8_validate(data, len, &end), faster on ASCII.
 */
const char *text_utf8_bad(const char *data, size_t len);
/* text_printf() written to fp.  0, or -1 (errno set) on a write error. */
int	text_fprintf(FILE *fp, const char *fmt, ...)
	    __attribute__((format(printf, 2, 3)));

#endif
