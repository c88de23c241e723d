/*
 * web_html: the only way a page is written.  A page is an opaque buffer
 * that grows by web_put() alone; web_put()'s directives say the context
 * of each value, and every string is escaped for it by one function
 * (web_escape), so a template cannot put a stranger's text into a page
 * unescaped.  There is no directive for raw text.
 *
 * Directives: %t text (element content), %a attribute value (inside
 * double quotes), %u URL query component, %d int, %D long long, %T a
 * date (long long seconds, UTC, "YYYY-MM-DD HH:MM"; "-" for 0), %F the
 * same without the time, %%.
 * Strings may be NULL (written as nothing).  Text and attributes are
 * made valid UTF-8; bidirectional and other control characters are shown
 * as [U+XXXX] so that they cannot reorder or hide what is around them.
 */
#ifndef BH_WEB_HTML_H
#define BH_WEB_HTML_H

#include <stddef.h>

struct web_html;

struct web_html *web_html_new(void);
void	web_html_free(struct web_html *h);
/* Appends fmt with its values escaped for their directives. */
void	web_put(struct web_html *h, const char *fmt, ...);
/* Appends another page's text (already escaped), leaving it empty. */
void	web_html_take(struct web_html *h, struct web_html *part);
/* The text so far (borrowed) and its length. */
const char *web_html_str(const struct web_html *h, size_t *len);
/* The text, the buffer freed; g_free. */
char	*web_html_steal(struct web_html *h, size_t *len);

enum web_ctx {
	WEB_CTX_TEXT,
	WEB_CTX_ATTR,
	WEB_CTX_URL,
};
/* The escaping web_put() uses, exported for its tests; g_free. */
char	*web_escape(const char *s, enum web_ctx ctx);

#endif
