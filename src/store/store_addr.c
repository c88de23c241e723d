/*
 * store_addr: address keys, syntax and typo checks for the contact
 * database.  Pure: no I/O, no SQLite.
 */
#include <string.h>

#include <glib.h>

#include "store_addr.h"

struct addr_typo {
	const char	*bad;
	size_t		 len;		/* of bad */
	const char	*good;
};

#define TYPO(bad, good)	{ bad, sizeof(bad) - 1, good }

/* Whole domains that are a slip of the finger away from a big provider. */
static const struct addr_typo addr_domain_typos[] = {
	TYPO("gmial.com", "gmail.com"), TYPO("gmai.com", "gmail.com"),
	TYPO("gamil.com", "gmail.com"), TYPO("gnail.com", "gmail.com"),
	TYPO("gmal.com", "gmail.com"), TYPO("gmaill.com", "gmail.com"),
	TYPO("gmail.co", "gmail.com"), TYPO("hotmial.com", "hotmail.com"),
	TYPO("hotmai.com", "hotmail.com"), TYPO("hotmal.com", "hotmail.com"),
	TYPO("hotmil.com", "hotmail.com"), TYPO("hotmail.co", "hotmail.com"),
	TYPO("yahooo.com", "yahoo.com"), TYPO("yaho.com", "yahoo.com"),
	TYPO("yhoo.com", "yahoo.com"), TYPO("outlok.com", "outlook.com"),
	TYPO("outlook.co", "outlook.com"), TYPO("iclod.com", "icloud.com"),
	TYPO("qq.co", "qq.com"), TYPO("163.co", "163.com"),
	TYPO("126.co", "126.com"), TYPO("sina.co", "sina.com"),
	{ NULL, 0, NULL },
};

/* Top-level domains typed wrong; .cm is a real TLD but mostly a typo. */
static const struct addr_typo addr_tld_typos[] = {
	TYPO(".con", ".com"), TYPO(".cm", ".com"), TYPO(".cmo", ".com"),
	TYPO(".ocm", ".com"), TYPO(".comm", ".com"), TYPO(".vom", ".com"),
	TYPO(".xom", ".com"), TYPO(".nte", ".net"), TYPO(".ogr", ".org"),
	{ NULL, 0, NULL },
};

static int
addr_is_ascii(const char *s)
{
	for (; *s != '\0'; s++)
		if ((unsigned char)*s >= 0x80)
			return 0;
	return 1;
}

static int
addr_is_ascii_n(const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++)
		if ((unsigned char)s[i] >= 0x80)
			return 0;
	return 1;
}

/*
 * The key of an ASCII address whose domain does not end in a dot: the
 * general path below would give the same, with three allocations.
 */
static char *
addr_ascii_key(const char *s, size_t len)
{
	char *key = g_malloc(len + 1);
	size_t i;

	for (i = 0; i < len; i++)
		key[i] = s[i] >= 'A' && s[i] <= 'Z' ? s[i] - 'A' + 'a' : s[i];
	key[len] = '\0';
	return key;
}

static char *
addr_lower(const char *s, size_t len)
{
	if (addr_is_ascii_n(s, len))
		return g_ascii_strdown(s, (gssize)len);
	if (!g_utf8_validate(s, (gssize)len, NULL))
		return g_ascii_strdown(s, (gssize)len);
	return g_utf8_strdown(s, (gssize)len);
}

static char *
addr_domain_ascii(const char *d, size_t len)
{
	char *low, *ascii;

	while (len > 0 && d[len - 1] == '.')
		len--;
	low = addr_lower(d, len);
	if (addr_is_ascii(low))
		return low;
	/* IDNA: compare internationalised domains in their xn-- form. */
	ascii = g_hostname_to_ascii(low);
	if (ascii == NULL)
		return low;
	g_free(low);
	return ascii;
}

char *
store_addr_key(const char *addr)
{
	const char *b, *e, *at;
	char *local, *dom, *key;

	b = addr;
	while (*b == ' ' || *b == '\t' || *b == '<')
		b++;
	e = b + strlen(b);
	while (e > b && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '>' ||
	    e[-1] == '\r' || e[-1] == '\n'))
		e--;
	at = NULL;
	for (const char *p = b; p < e; p++)
		if (*p == '@')
			at = p;
	if (at == NULL || at == b || at + 1 == e)
		return NULL;
	if (e[-1] != '.' && addr_is_ascii_n(b, (size_t)(e - b)))
		return addr_ascii_key(b, (size_t)(e - b));
	local = addr_lower(b, (size_t)(at - b));
	dom = addr_domain_ascii(at + 1, (size_t)(e - at - 1));
	key = g_strconcat(local, "@", dom, NULL);
	g_free(local);
	g_free(dom);
	return key;
}

const char *
store_addr_domain(const char *key)
{
	const char *at = strrchr(key, '@');

	return at != NULL ? at + 1 : "";
}

static int
addr_local_ok(const char *s, size_t len)
{
	static const char special[] = "!#$%&'*+-/=?^_`{|}~.";
	size_t i;

	if (len == 0 || len > 64 || s[0] == '.' || s[len - 1] == '.')
		return 0;
	if (len >= 2 && s[0] == '"' && s[len - 1] == '"')
		return 1;
	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c == '.' && s[i + 1] == '.')
			return 0;
		if (c < 0x80 && !g_ascii_isalnum(c) &&
		    strchr(special, c) == NULL)
			return 0;
	}
	return 1;
}

static int
addr_label_ok(const char *s, size_t len)
{
	size_t i;

	if (len == 0 || len > 63 || s[0] == '-' || s[len - 1] == '-')
		return 0;
	for (i = 0; i < len; i++)
		if (!g_ascii_isalnum(s[i]) && s[i] != '-')
			return 0;
	return 1;
}

static int
addr_domain_ok(const char *d)
{
	const char *p, *dot, *tld = NULL;
	size_t len = strlen(d);
	int labels = 0;

	if (len == 0 || len > 253)
		return 0;
	for (p = d; ; p = dot + 1) {
		dot = strchr(p, '.');
		if (!addr_label_ok(p, dot ? (size_t)(dot - p) : strlen(p)))
			return 0;
		labels++;
		tld = p;
		if (dot == NULL)
			break;
	}
	if (labels < 2 || strlen(tld) < 2)
		return 0;
	for (p = tld; *p != '\0'; p++)
		if (!g_ascii_isdigit(*p))
			return 1;
	return 0;
}

int
store_addr_check(const char *key, const char **why)
{
	const char *at = strrchr(key, '@');

	*why = "syntax";
	if (at == NULL || strchr(key, ' ') != NULL)
		return -1;
	if (!addr_local_ok(key, (size_t)(at - key)))
		return -1;
	if (!addr_domain_ok(at + 1))
		return -1;
	*why = NULL;
	return 0;
}

static char *
addr_with_domain(const char *key, const char *at, const char *dom,
    size_t keep)
{
	return g_strdup_printf("%.*s@%.*s%s", (int)(at - key), key,
	    (int)keep, at + 1, dom);
}

char *
store_addr_suggest(const char *key)
{
	const char *at = strrchr(key, '@'), *d;
	size_t dlen, tlen;
	int i;

	if (at == NULL)
		return NULL;
	d = at + 1;
	dlen = strlen(d);
	for (i = 0; addr_domain_typos[i].bad != NULL; i++)
		if (dlen == addr_domain_typos[i].len &&
		    memcmp(d, addr_domain_typos[i].bad, dlen) == 0)
			return addr_with_domain(key, at,
			    addr_domain_typos[i].good, 0);
	for (i = 0; addr_tld_typos[i].bad != NULL; i++) {
		tlen = addr_tld_typos[i].len;
		if (dlen > tlen && memcmp(d + dlen - tlen,
		    addr_tld_typos[i].bad, tlen) == 0)
			return addr_with_domain(key, at,
			    addr_tld_typos[i].good, dlen - tlen);
	}
	return NULL;
}
