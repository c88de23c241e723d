/*
 * dsn_local: notices that name a failed recipient by its local part only.
 * AOL's AirMail ("Your mail to the following recipients could not be
 * delivered because they are not accepting mail from ...:" then screen
 * names), Novell GroupWise ("The message that you sent was undeliverable
 * to the following:" then "user (reason)") and Yale's old server
 * ("Message not delivered to the following:" then "user   reason") leave
 * the domain out: it is the reporting system's own.  Both
 * Mail::DeliveryStatus::BounceParser (p_aol_senderblock,
 * p_novell_groupwise) and flufl.bounce (aol.py, groupwise.py, yale.py)
 * complete the name with the notice sender's domain; so does this, and
 * only when nothing in the notice gives a whole address.  Pure.
 */
#include <string.h>

#include "dsn_int.h"

/* The longest local part taken (RFC 5321 4.5.3.1.1). */
#define LOCAL_MAX	64

/* The longest sentence taken for a list's intro, wrapped or not. */
#define INTRO_MAX	512

/*
 * 1 when the line, trimmed, ends the intro of a list: "... the
 * following...:", the sentence perhaps wrapped over the lines of its
 * paragraph before (from para on).
 */
static int
line_is_intro(const char *para, const char *l, size_t n)
{
	char *lc;
	int yes;

	while (n > 0 && g_ascii_isspace(l[n - 1]))
		n--;
	if (n == 0 || l[n - 1] != ':')
		return 0;
	if (l + n - para > INTRO_MAX)
		para = l;
	lc = dsn_ascii_lower(para, l + n - para);
	yes = strstr(lc, "the following") != NULL;
	g_free(lc);
	return yes;
}

/* Length of the local part that starts the (trimmed) line, or 0. */
static size_t
local_len(const char *l, size_t n)
{
	size_t i;

	for (i = 0; i < n && i <= LOCAL_MAX; i++)
		if (!g_ascii_isalnum(l[i]) && strchr("._+-", l[i]) == NULL)
			break;
	if (i == 0 || i > LOCAL_MAX || l[0] == '.' || l[i - 1] == '.')
		return 0;
	/* Alone, before a reason in parentheses, or before a gap. */
	if (i == n || l[i] == '\t' || (l[i] == ' ' && i + 1 < n &&
	    (l[i + 1] == '(' || l[i + 1] == ' ' || l[i + 1] == '\t')))
		return i;
	return 0;
}

/* What follows the local part on its line, trimmed, or NULL. */
static char *
local_reason(const char *l, size_t n)
{
	while (n > 0 && g_ascii_isspace(*l)) {
		l++;
		n--;
	}
	while (n > 0 && g_ascii_isspace(l[n - 1]))
		n--;
	if (n >= 2 && l[0] == '(' && l[n - 1] == ')') {
		l++;
		n -= 2;
	}
	return n > 0 ? g_strndup(l, n) : NULL;
}

/* Adds the list of local parts that starts at p; returns where it ends. */
static const char *
local_list(const char *p, const char *domain, GPtrArray *out)
{
	const char *nl, *l;
	size_t n, len;
	struct dsn_found *f;

	/*
	 * Blank lines may stand between the intro and the list (one, or
	 * more where a gateway doubled them, or spaces where one padded
	 * them).
	 */
	while (*(l = p + strspn(p, " \t\r")) == '\n')
		p = l + 1;
	for (; *p != '\0'; p = nl + 1) {
		nl = strchr(p, '\n');
		n = nl != NULL ? (size_t)(nl - p) : strlen(p);
		for (l = p; l < p + n && g_ascii_isspace(*l); l++)
			;
		n -= l - p;
		while (n > 0 && g_ascii_isspace(l[n - 1]))
			n--;
		if (n == 0 || (len = local_len(l, n)) == 0)
			break;
		f = g_new0(struct dsn_found, 1);
		f->addr = g_strdup_printf("%.*s@%s", (int)len, l, domain);
		f->diag = local_reason(l + len, n - len);
		f->pos = -1;
		g_ptr_array_add(out, f);
		if (nl == NULL)
			return p + strlen(p);
	}
	return p;
}

/*
 * The failed recipients a notice names by local part under a list intro,
 * each completed with domain (the notice sender's).  Never NULL; an
 * address that is not valid is left out.
 */
GPtrArray *
dsn_local_scan(const char *text, const char *domain)
{
	GPtrArray *out = g_ptr_array_new_with_free_func(dsn_found_free);
	const char *p = text, *para = text, *nl;
	size_t n;
	guint i;

	while (domain != NULL && *domain != '\0' && *p != '\0') {
		nl = strchr(p, '\n');
		n = nl != NULL ? (size_t)(nl - p) : strlen(p);
		if (nl == NULL)
			break;
		if (n == 0)
			para = nl + 1;
		if (line_is_intro(para, p, n)) {
			p = para = local_list(nl + 1, domain, out);
			continue;
		}
		p = nl + 1;
	}
	for (i = out->len; i > 0; i--)
		if (!dsn_addr_valid(((struct dsn_found *)
		    out->pdata[i - 1])->addr))
			g_ptr_array_remove_index(out, i - 1);
	return out;
}
