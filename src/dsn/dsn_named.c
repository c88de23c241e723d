/*
 * dsn_named: which mailboxes a diagnostic text names, compared as mail
 * systems compare them: quotes and angle brackets off, the domain in one
 * form whether written in Unicode or as xn-- labels, local part and
 * domain case-folded after Unicode normalisation.  An MTA that copies one
 * refusal to every recipient of a message names the refused mailbox in
 * it; the others were never refused.
 */
#include <string.h>

#include <glib.h>

#include "dsn_int.h"

/* A byte of a local part: RFC 5322 atext and dots, or one of UTF-8. */
static int
named_local_byte(unsigned char c)
{
	return c >= 0x80 || g_ascii_isalnum(c) ||
	    (c != '\0' && strchr(".!#$%&'*+/=?^_`{|}~-", c) != NULL);
}

static int
named_domain_byte(unsigned char c)
{
	return c >= 0x80 || g_ascii_isalnum(c) || c == '-' || c == '.';
}

/* Whether s (len bytes, or up to its NUL) is ASCII without a NUL. */
static int
named_ascii(const char *s, gssize len)
{
	gssize i;

	for (i = 0; len < 0 ? s[i] != '\0' : i < len; i++)
		if (s[i] == '\0' || (unsigned char)s[i] >= 0x80)
			return 0;
	return 1;
}

/*
 * NFC, then case-folded; a copy of s as it is when it is no UTF-8.  ASCII
 * is its own NFC form, and case-folds to its lower case.
 */
static char *
named_fold(const char *s, gssize len)
{
	char *nfc, *f;

	if (named_ascii(s, len))
		return dsn_ascii_lower(s, len);
	if (!g_utf8_validate(s, len, NULL))
		return dsn_ascii_lower(s, len);
	nfc = g_utf8_normalize(s, len, G_NORMALIZE_NFC);
	if (nfc == NULL)
		return dsn_ascii_lower(s, len);
	f = g_utf8_casefold(nfc, -1);
	g_free(nfc);
	return f;
}

/*
 * local@domain in one form: quotes and escapes off the local part, the
 * domain's xn-- labels in Unicode, both folded.  NULL when there is no
 * domain with a dot.
 */
static char *
named_norm(const char *local, size_t llen, const char *domain,
    size_t dlen)
{
	GString *l = g_string_sized_new(llen);
	char *d, *u, *fl, *fd, *out;
	size_t i;

	for (i = 0; i < llen; i++) {
		if (local[i] == '"')
			continue;
		if (local[i] == '\\' && i + 1 < llen)
			i++;
		g_string_append_c(l, local[i]);
	}
	d = g_strndup(domain, dlen);
	while (*d != '\0' && strchr(".-", d[strlen(d) - 1]) != NULL)
		d[strlen(d) - 1] = '\0';
	if (l->len == 0 || strchr(d, '.') == NULL) {
		g_string_free(l, TRUE);
		g_free(d);
		return NULL;
	}
	u = g_hostname_is_ascii_encoded(d) ? g_hostname_to_unicode(d) : NULL;
	fl = named_fold(l->str, l->len);
	fd = named_fold(u != NULL ? u : d, -1);
	out = g_strconcat(fl, "@", fd, NULL);
	g_string_free(l, TRUE);
	g_free(d);
	g_free(u);
	g_free(fl);
	g_free(fd);
	return out;
}

/* A whole address (as the store keeps it) in the form above. */
static char *
named_norm_addr(const char *addr)
{
	const char *at = addr != NULL ? strrchr(addr, '@') : NULL;

	if (at == NULL)
		return NULL;
	return named_norm(addr, at - addr, at + 1, strlen(at + 1));
}

/*
 * Whether the address the text names (name) is one of these (forms): the
 * same, or the same with only non-ASCII text run into either end (Chinese
 * words written against the address with no space).
 */
static int
named_is(const char *name, GPtrArray *forms)
{
	const char *hit, *p;
	size_t nlen;
	guint i;

	for (i = 0; i < forms->len; i++) {
		nlen = strlen(forms->pdata[i]);
		if ((hit = strstr(name, forms->pdata[i])) == NULL)
			continue;
		for (p = name; p < hit && (unsigned char)*p >= 0x80; p++)
			;
		if (p < hit)
			continue;
		for (p = hit + nlen; *p != '\0' && (unsigned char)*p >= 0x80;
		    p++)
			;
		if (*p == '\0')
			return 1;
	}
	return 0;
}

/* The next address in text after *from, in the folded form, or NULL. */
static char *
named_next(const char **from)
{
	const char *at, *s, *e, *q;
	char *norm;

	while ((at = strchr(*from, '@')) != NULL) {
		s = at;
		if (s > *from && s[-1] == '"') {
			/* "john doe"@example.com */
			for (q = s - 2; q >= *from && *q != '"'; q--)
				;
			if (q >= *from)
				s = q;
		} else {
			while (s > *from && named_local_byte(s[-1]))
				s--;
		}
		for (e = at + 1; named_domain_byte(*e); e++)
			;
		*from = e;
		if (s < at && (norm = named_norm(s, at - s, at + 1,
		    e - at - 1)) != NULL)
			return norm;
	}
	return NULL;
}

/*
 * The first address the diagnostic names that is neither one of own nor
 * one of sender, in the form compared, when it names none of own; else
 * NULL.
 * own, sender: addresses as the store keeps them, NULL-terminated.
 */
char *
dsn_named_other(const char *diag, const char *const *own,
    const char *const *sender)
{
	GPtrArray *mine = g_ptr_array_new_with_free_func(g_free);
	GPtrArray *theirs = g_ptr_array_new_with_free_func(g_free);
	const char *p = diag;
	char *name, *other = NULL, *n;
	size_t i;

	for (i = 0; own[i] != NULL; i++)
		if ((n = named_norm_addr(own[i])) != NULL)
			g_ptr_array_add(mine, n);
	for (i = 0; sender[i] != NULL; i++)
		if ((n = named_norm_addr(sender[i])) != NULL)
			g_ptr_array_add(theirs, n);
	while (diag != NULL && mine->len > 0 &&
	    (name = named_next(&p)) != NULL) {
		if (named_is(name, mine)) {
			g_free(name);
			g_clear_pointer(&other, g_free);
			break;
		}
		if (other == NULL && !named_is(name, theirs))
			other = name;
		else
			g_free(name);
	}
	g_ptr_array_free(mine, TRUE);
	g_ptr_array_free(theirs, TRUE);
	return other;
}
