/*
 * doctor_spf: reads one SPF record (RFC 7208 section 4.6 and 5) into
 * terms, and tells what is wrong with its syntax.  Pure: no DNS here;
 * doctor_check.c evaluates the terms.  Macros are kept as written.
 */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdlib.h>
#include <string.h>

#include "doctor.h"
#include "doctor_int.h"

static const struct {
	const char		*name;
	enum doctor_spf_mech	 mech;
	int			 lookup;	/* costs a DNS lookup */
} spf_mechs[] = {
	{ "all", SPF_ALL, 0 },
	{ "include", SPF_INCLUDE, 1 },
	{ "a", SPF_A, 1 },
	{ "mx", SPF_MX, 1 },
	{ "ptr", SPF_PTR, 1 },
	{ "ip4", SPF_IP4, 0 },
	{ "ip6", SPF_IP6, 0 },
	{ "exists", SPF_EXISTS, 1 },
};

#define SPF_NMECHS	(sizeof spf_mechs / sizeof spf_mechs[0])

const char *
doctor_spf_mech_name(enum doctor_spf_mech m)
{
	size_t i;

	for (i = 0; i < SPF_NMECHS; i++)
		if (spf_mechs[i].mech == m)
			return spf_mechs[i].name;
	return "?";
}

int
doctor_spf_is_record(const char *txt)
{
	return g_ascii_strncasecmp(txt, "v=spf1", 6) == 0 &&
	    (txt[6] == '\0' || txt[6] == ' ');
}

int
doctor_ip_in(const char *ip, const char *net, int prefix)
{
	unsigned char a[16], n[16];
	int i, bits;

	if (strchr(ip, ':') == NULL)
		return doctor_ip4_in(ip, net, prefix);
	if (inet_pton(AF_INET6, ip, a) != 1 || inet_pton(AF_INET6, net, n) != 1)
		return 0;
	prefix = prefix < 0 || prefix > 128 ? 128 : prefix;
	for (i = 0; i < 16 && prefix > 0; i++, prefix -= 8) {
		bits = prefix >= 8 ? 0xff : (0xff << (8 - prefix)) & 0xff;
		if ((a[i] & bits) != (n[i] & bits))
			return 0;
	}
	return 1;
}

int
doctor_ip4_in(const char *ip, const char *net, int prefix)
{
	struct in_addr a, n;
	uint32_t mask;

	if (inet_pton(AF_INET, ip, &a) != 1 ||
	    inet_pton(AF_INET, net, &n) != 1)
		return 0;
	if (prefix < 0)
		prefix = 32;
	mask = prefix == 0 ? 0 : 0xffffffffu << (32 - prefix);
	return (ntohl(a.s_addr) & mask) == (ntohl(n.s_addr) & mask);
}

/* Reads "/N" at *s (max: the largest N); -1 on error, 0 if none there. */
static int
spf_cidr(const char **s, int max, int *out)
{
	char *end;
	long v;

	*out = -1;
	if (**s != '/')
		return 0;
	if (!g_ascii_isdigit((*s)[1]))
		return -1;
	v = strtol(*s + 1, &end, 10);
	if (v < 0 || v > max)
		return -1;
	*out = (int)v;
	*s = end;
	return 0;
}

/*
 * A domain-spec: labels of letters, digits, '-', '_' and macros.  Only a
 * light check: the receivers are the judges, this catches typos.
 */
static int
spf_domain_ok(const char *d)
{
	const char *p;

	if (*d == '\0' || *d == '.')
		return 0;
	for (p = d; *p != '\0'; p++)
		if (!g_ascii_isalnum(*p) && strchr("-_.%{}+=,/|", *p) == NULL)
			return 0;
	return strchr(d, '.') != NULL || strchr(d, '%') != NULL;
}

/* Splits the argument of a/mx ("domain/24//64") into domain and cidr. */
static int
spf_target_cidr(const char *arg, struct doctor_spf_term *t)
{
	const char *slash = strchr(arg, '/');
	int v6;

	if (slash == NULL && *arg != '\0')
		t->domain = g_strdup(arg);
	else if (slash != NULL && slash > arg)
		t->domain = g_strndup(arg, (size_t)(slash - arg));
	if (slash == NULL)
		return t->domain != NULL && !spf_domain_ok(t->domain) ? -1 : 0;
	if (slash[1] != '/' && spf_cidr(&slash, 32, &t->prefix) < 0)
		return -1;
	if (slash[0] == '/' && slash[1] == '/') {
		slash++;
		if (spf_cidr(&slash, 128, &v6) < 0)
			return -1;
		t->prefix6 = v6;
	}
	if (*slash != '\0')
		return -1;
	return t->domain != NULL && !spf_domain_ok(t->domain) ? -1 : 0;
}

static int
spf_net(const char *arg, int v6, struct doctor_spf_term *t)
{
	const char *slash = strchr(arg, '/');
	unsigned char buf[16];
	char *addr;
	int ok;

	addr = slash ? g_strndup(arg, (size_t)(slash - arg)) : g_strdup(arg);
	ok = inet_pton(v6 ? AF_INET6 : AF_INET, addr, buf) == 1;
	t->net = addr;
	if (!ok)
		return -1;
	if (slash != NULL && (spf_cidr(&slash, v6 ? 128 : 32, &t->prefix) < 0
	    || *slash != '\0'))
		return -1;
	return 0;
}

/* Fills t from the mechanism text after its qualifier; -1 on bad syntax. */
static int
spf_mech_args(size_t mi, const char *rest, struct doctor_spf_term *t)
{
	t->mech = spf_mechs[mi].mech;
	t->prefix = t->prefix6 = -1;
	switch (t->mech) {
	case SPF_ALL:
		return *rest == '\0' ? 0 : -1;
	case SPF_IP4:
	case SPF_IP6:
		if (*rest++ != ':')
			return -1;
		return spf_net(rest, t->mech == SPF_IP6, t);
	case SPF_INCLUDE:
	case SPF_EXISTS:
		if (*rest++ != ':')
			return -1;
		t->domain = g_strdup(rest);
		return spf_domain_ok(rest) ? 0 : -1;
	case SPF_A:
	case SPF_MX:
	case SPF_PTR:
		if (*rest == ':') {
			if (*++rest == '\0' || *rest == '/')
				return -1;
		} else if (*rest != '\0' && *rest != '/')
			return -1;
		if (t->mech == SPF_PTR && strchr(rest, '/') != NULL)
			return -1;
		return spf_target_cidr(rest, t);
	}
	return -1;
}

static void
spf_error(GPtrArray *errs, const char *fmt, const char *term)
{
	g_ptr_array_add(errs, g_strdup_printf(fmt, term));
}

/* A name=value modifier; only redirect= matters for evaluation. */
static void
spf_modifier(struct doctor_spf *out, const char *term, GPtrArray *errs)
{
	const char *eq = strchr(term, '=');
	size_t n = (size_t)(eq - term), i;

	for (i = 0; i < n; i++)
		if (!g_ascii_isalnum(term[i]) && strchr("-_.", term[i]) == NULL)
			break;
	if (n == 0 || i < n || !g_ascii_isalpha(term[0])) {
		spf_error(errs, "bad modifier '%s'", term);
		return;
	}
	if (g_ascii_strncasecmp(term, "redirect=", 9) != 0)
		return;
	if (out->redirect != NULL)
		spf_error(errs, "second redirect '%s'", term);
	else if (!spf_domain_ok(eq + 1))
		spf_error(errs, "bad redirect target '%s'", term);
	else {
		out->redirect = g_strdup(eq + 1);
		out->lookups++;
	}
}

static size_t
spf_mech_find(const char *s, size_t *len)
{
	size_t i, n;

	for (i = 0; i < SPF_NMECHS; i++) {
		n = strlen(spf_mechs[i].name);
		if (g_ascii_strncasecmp(s, spf_mechs[i].name, n) == 0 &&
		    (s[n] == '\0' || s[n] == ':' || s[n] == '/')) {
			*len = n;
			return i;
		}
	}
	return SPF_NMECHS;
}

static void
spf_term(struct doctor_spf *out, GArray *terms, const char *term,
    GPtrArray *errs)
{
	struct doctor_spf_term t = { '+', SPF_ALL, NULL, NULL, -1, -1 };
	const char *s = term;
	size_t mi, len;

	if (strchr("+-~?", *s) != NULL) {
		t.qualifier = *s;
		s++;
	}
	mi = spf_mech_find(s, &len);
	if (mi == SPF_NMECHS) {
		if (s == term && strchr(term, '=') != NULL)
			spf_modifier(out, term, errs);
		else
			spf_error(errs, "unknown mechanism '%s'", term);
		return;
	}
	if (spf_mech_args(mi, s + len, &t) < 0) {
		spf_error(errs, "bad mechanism '%s'", term);
		g_free(t.domain);
		g_free(t.net);
		return;
	}
	out->lookups += spf_mechs[mi].lookup;
	g_array_append_val(terms, t);
}

int
doctor_spf_parse(const char *record, struct doctor_spf *out)
{
	GPtrArray *errs = g_ptr_array_new();
	GArray *terms;
	char **tok;
	size_t i;

	memset(out, 0, sizeof *out);
	terms = g_array_new(FALSE, FALSE, sizeof(struct doctor_spf_term));
	if (!doctor_spf_is_record(record))
		spf_error(errs, "%s", "does not start with 'v=spf1'");
	tok = g_strsplit_set(record, " \t", -1);
	for (i = 1; tok[0] != NULL && tok[i] != NULL; i++)
		if (*tok[i] != '\0')
			spf_term(out, terms, tok[i], errs);
	g_strfreev(tok);
	out->nterms = terms->len;
	out->terms = (struct doctor_spf_term *)(void *)g_array_free(terms,
	    FALSE);
	out->errors = doctor_strv_take(errs);
	return out->errors[0] == NULL ? 0 : -1;
}

void
doctor_spf_release(struct doctor_spf *spf)
{
	size_t i;

	for (i = 0; i < spf->nterms; i++) {
		g_free(spf->terms[i].domain);
		g_free(spf->terms[i].net);
	}
	g_free(spf->terms);
	g_free(spf->redirect);
	g_strfreev(spf->errors);
	memset(spf, 0, sizeof *spf);
}
