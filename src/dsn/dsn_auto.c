/*
 * dsn_auto: auto-replies (RFC 3834).  An auto-reply never marks anyone,
 * except one that says the mailbox is no longer in use or the person has
 * left: that is a failure, and a replacement address it names is kept.
 * Pure.
 */
#include <string.h>

#include "dsn_int.h"

/* Header signs of an automatic reply (not of a bounce: checked later). */
int
dsn_auto_is_autoreply(const struct dsn_head *head, const char *body)
{
	const char *as = head->auto_submitted;

	if (head->autoreply_header)
		return 1;
	if (as != NULL && g_ascii_strncasecmp(as, "auto-replied", 12) == 0)
		return 1;
	if (head->precedence != NULL &&
	    g_ascii_strncasecmp(head->precedence, "auto_reply", 10) == 0)
		return 1;
	return 0;
}

/*
 * After the text that matched a has-left rule, the first address that is
 * not the replier's own is taken as the replacement.
 */
int
dsn_auto_has_left(const char *body, const char *self, char **replacement)
{
	const char *p = body, *s, *e, *stop = body + strlen(body);
	char *a, *c;

	*replacement = NULL;
	while (*replacement == NULL && dsn_addr_next(p, stop, &s, &e)) {
		a = g_strndup(s, e - s);
		c = dsn_addr_clean(a);
		g_free(a);
		if (c != NULL && (self == NULL ||
		    g_ascii_strcasecmp(c, self) != 0))
			*replacement = c;
		else
			g_free(c);
		p = e;
	}
	return *replacement != NULL;
}
