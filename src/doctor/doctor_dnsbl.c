/*
 * doctor_dnsbl: looks the sending IPs up in IP blocklists (DNSBLs) and
 * the sending domain in domain blocklists, and explains what a listing's
 * return code means.  The lists checked: those configured (default: the
 * well-known public ones) plus those the bounces name when they are
 * well-known; any other zone a bounce names is reported, never asked (a
 * forged bounce would otherwise send our IPs to its author's DNS).  Each
 * list must first answer its own test entries (RFC 5782 5: 127.0.0.2
 * listed, 127.0.0.1 not; TEST and INVALID for domain lists) like a
 * working list, or nothing it says is believed.
 */
#include <string.h>

#include "doctor.h"
#include "doctor_int.h"
#include "json.h"

const char *const doctor_default_dnsbls[] = { "zen.spamhaus.org",
	"bl.spamcop.net", "b.barracudacentral.org", "psbl.surriel.com",
	"bl.mailspike.net", NULL };
const char *const doctor_default_dbls[] = { "dbl.spamhaus.org",
	"multi.surbl.org", "multi.uribl.com", NULL };

struct dnsbl_code {
	const char	*zone;		/* suffix the zone ends with */
	const char	*code;		/* return code, or NULL: any */
	const char	*meaning;
};

/* From the lists' own documentation. */
static const struct dnsbl_code dnsbl_codes[] = {
	{ "spamhaus.org", "127.0.0.2", "SBL: a known spam source or spam "
	    "operation; ask for removal at check.spamhaus.org" },
	{ "spamhaus.org", "127.0.0.3", "SBL CSS: low-reputation bulk "
	    "sending (snowshoe); fix list hygiene, then ask for removal" },
	{ "spamhaus.org", "127.0.0.4", "XBL: the IP sends like a hijacked "
	    "or infected machine; clean it, then delist" },
	{ "spamhaus.org", "127.0.0.5", "XBL: exploited or infected host" },
	{ "spamhaus.org", "127.0.0.6", "XBL: exploited or infected host" },
	{ "spamhaus.org", "127.0.0.7", "XBL: exploited or infected host" },
	{ "spamhaus.org", "127.0.0.9", "DROP: a hijacked network; nothing "
	    "should send from it" },
	{ "spamhaus.org", "127.0.0.10", "PBL (ISP): the owner says this "
	    "address must not send mail directly; send through your "
	    "provider's mail server" },
	{ "spamhaus.org", "127.0.0.11", "PBL (Spamhaus): looks like an "
	    "end-user address; send through a mail server, or delist it if "
	    "it really is one" },
	{ "spamhaus.org", "127.0.1.2", "DBL: a spam domain" },
	{ "spamhaus.org", "127.0.1.4", "DBL: a phishing domain" },
	{ "spamhaus.org", "127.0.1.5", "DBL: a malware domain" },
	{ "spamhaus.org", "127.0.1.6", "DBL: a botnet command domain" },
	{ "spamhaus.org", "127.0.1.102", "DBL: an abused legitimate domain "
	    "(spam)" },
	{ "spamhaus.org", "127.0.1.103", "DBL: an abused legitimate "
	    "redirector" },
	{ "spamhaus.org", "127.255.255.252", "query refused: the zone name "
	    "is wrong" },
	{ "spamhaus.org", "127.255.255.254", "query refused: Spamhaus does "
	    "not answer public resolvers; use your own resolver or a DQS "
	    "key" },
	{ "spamhaus.org", "127.255.255.255", "query refused: too many "
	    "queries from this resolver" },
	{ "spamcop.net", "127.0.0.2", "SpamCop: spam reported by its users "
	    "in the last days; it expires 24 hours after reports stop" },
	{ "barracudacentral.org", "127.0.0.2", "Barracuda: poor "
	    "reputation; ask for removal at barracudacentral.org" },
	{ "surriel.com", "127.0.0.2", "PSBL: mail hit spam traps; remove "
	    "yourself at psbl.org once fixed" },
	{ "mailspike.net", NULL, "Mailspike: poor sending reputation" },
	{ "uribl.com", "127.0.0.1", "query refused: URIBL does not answer "
	    "this resolver" },
	{ "uribl.com", NULL, "URIBL: the domain appeared in spam" },
	{ "surbl.org", "127.0.0.1", "query refused: SURBL does not answer "
	    "this resolver" },
	{ "surbl.org", NULL, "SURBL: the domain appeared in spam, "
	    "phishing or malware" },
};

static int
zone_under(const char *zone, const char *suffix)
{
	size_t n = strlen(zone), m = strlen(suffix);

	return n >= m && g_ascii_strcasecmp(zone + n - m, suffix) == 0 &&
	    (n == m || zone[n - m - 1] == '.');
}

const char *
doctor_dnsbl_meaning(const char *zone, const char *code)
{
	size_t i;

	for (i = 0; i < sizeof dnsbl_codes / sizeof dnsbl_codes[0]; i++)
		if (zone_under(zone, dnsbl_codes[i].zone) &&
		    (dnsbl_codes[i].code == NULL ||
		    strcmp(dnsbl_codes[i].code, code) == 0))
			return dnsbl_codes[i].meaning;
	return NULL;
}

/* Codes that say the list refused to answer, not that the IP is listed. */
static int
dnsbl_refused(const char *zone, const char *code)
{
	const char *m = doctor_dnsbl_meaning(zone, code);

	return m != NULL && strncmp(m, "query refused", 13) == 0;
}

/* 1 if zone is in the NULL-terminated list (which may be NULL). */
static int
zone_listed(const char *const *list, const char *zone)
{
	for (; list != NULL && *list != NULL; list++)
		if (g_ascii_strcasecmp(*list, zone) == 0)
			return 1;
	return 0;
}

/* Names a domain blocklist (queried with a domain, not an IP). */
static int
zone_is_dbl(const char *zone, const struct doctor_options *opt)
{
	if (zone_listed(opt->dbls, zone))
		return 1;
	return zone_under(zone, "dbl.spamhaus.org") ||
	    zone_under(zone, "uribl.com") || zone_under(zone, "surbl.org");
}

/* Operators whose zones a bounce may name and doctor may then ask. */
static const char *const dnsbl_known[] = { "spamhaus.org", "spamcop.net",
	"barracudacentral.org", "surriel.com", "mailspike.net", "uribl.com",
	"surbl.org", "abuseat.org", "sorbs.net", "senderscore.com", NULL };

/* 1 if a zone a bounce named may be queried: configured or known. */
static int
zone_trusted(const char *zone, const struct doctor_options *opt)
{
	const char *const *z;

	if (zone_listed(opt->dnsbls, zone) || zone_listed(opt->dbls, zone))
		return 1;
	for (z = dnsbl_known; *z != NULL; z++)
		if (zone_under(zone, *z))
			return 1;
	return 0;
}

static void
zones_add(GPtrArray *zones, const char *zone)
{
	guint i;

	for (i = 0; i < zones->len; i++)
		if (g_ascii_strcasecmp(g_ptr_array_index(zones, i), zone) == 0)
			return;
	g_ptr_array_add(zones, (gpointer)zone);
}

struct dnsbl_hit {
	const char	*subject;	/* IP or domain */
	const char	*zone;
	enum dns_status	 st;
	struct dns_answer a;		/* the codes */
	char		*reason;	/* TXT of the listing, or NULL */
};

static void
dnsbl_json(GString *o, int *first_item, const struct dnsbl_hit *h,
    int listed)
{
	int first = 1;
	size_t i;

	if (!*first_item)
		g_string_append_c(o, ',');
	*first_item = 0;
	g_string_append_c(o, '{');
	json_kv_str(o, &first, "subject", h->subject);
	json_kv_str(o, &first, "zone", h->zone);
	json_kv_str(o, &first, "dns", dns_status_name(h->st));
	json_kv_bool(o, &first, "listed", listed);
	json_key(o, &first, "codes");
	g_string_append_c(o, '[');
	for (i = 0; i < h->a.nrr; i++) {
		int f2 = 1;

		g_string_append(o, i > 0 ? ",{" : "{");
		json_kv_str(o, &f2, "code", h->a.rr[i].text);
		json_kv_str(o, &f2, "meaning", doctor_dnsbl_meaning(h->zone,
		    h->a.rr[i].text));
		g_string_append_c(o, '}');
	}
	g_string_append_c(o, ']');
	json_kv_str(o, &first, "reason", h->reason);
	g_string_append_c(o, '}');
}

static char *
dnsbl_codes_text(const struct dnsbl_hit *h)
{
	GString *s = g_string_new(NULL);
	const char *m;
	size_t i;

	for (i = 0; i < h->a.nrr; i++) {
		m = doctor_dnsbl_meaning(h->zone, h->a.rr[i].text);
		g_string_append_printf(s, "%s%s (%s)", i > 0 ? "; " : "",
		    h->a.rr[i].text, m != NULL ? m : "listed; see the list's "
		    "web site");
	}
	return g_string_free(s, FALSE);
}

static void
dnsbl_listed(struct doctor_report *r, const struct doctor_facts *f,
    const struct dnsbl_hit *h, int is_dbl)
{
	const char *words[2] = { h->zone, NULL };
	struct doctor_finding *fd;
	char *codes, *s, *a;

	codes = dnsbl_codes_text(h);
	s = g_strdup_printf("%s is listed on %s: %s%s%s", h->subject,
	    h->zone, codes, h->reason != NULL ? " - " : "",
	    h->reason != NULL ? h->reason : "");
	a = g_strdup_printf("Find and stop the cause first (%s), then ask "
	    "%s for removal; until then send through another, clean %s.",
	    is_dbl ? "spam, phishing or a hacked site using the domain" :
	    "a hacked account or machine, a bad list, too many mails at "
	    "once", h->zone, is_dbl ? "domain" : "IP or provider");
	fd = doctor_finding_add(r, is_dbl ? "dbl" : "dnsbl", h->subject,
	    DOCTOR_FAIL, 1, s, a);
	doctor_finding_tie(fd, f, words, is_dbl ? NULL : h->subject,
	    h->zone);
	g_free(codes);
	g_free(s);
	g_free(a);
}

static void
dnsbl_unknown(struct doctor_report *r, const struct dnsbl_hit *h,
    int is_dbl)
{
	char *s;

	s = g_strdup_printf("%s on %s: could not tell (%s)", h->subject,
	    h->zone, h->a.nrr > 0 ? doctor_dnsbl_meaning(h->zone,
	    h->a.rr[0].text) : dns_status_name(h->st));
	doctor_finding_add(r, is_dbl ? "dbl" : "dnsbl", h->subject,
	    DOCTOR_UNKNOWN, 1, s, h->a.nrr > 0 ? "Check with a resolver of "
	    "your own (not a public one such as 8.8.8.8), or on the list's "
	    "web site." : "Run the checkup again later.");
	g_free(s);
}

/* Not listed now, although bounces named the list: probably expired. */
static void
dnsbl_clear(struct doctor_report *r, const struct doctor_facts *f,
    const struct dnsbl_hit *h, int is_dbl)
{
	const char *words[2] = { h->zone, NULL };
	struct doctor_finding fd = { 0 };
	char *s;

	doctor_finding_tie(&fd, f, words, is_dbl ? NULL : h->subject,
	    h->zone);
	if (fd.bounces == 0)
		return;
	s = g_strdup_printf("%s is not listed on %s now, although bounces "
	    "named it", h->subject, h->zone);
	doctor_finding_add(r, is_dbl ? "dbl" : "dnsbl", h->subject,
	    DOCTOR_INFO, 1, s, "The listing has probably expired: send to "
	    "those recipients again later, a few at a time.")->evidence =
	    fd.evidence;
	g_free(s);
}

/*
 * The name a working list lists (listed) or does not, for its test: the
 * documented test domain where a list has its own.
 */
static void
zone_test_name(const char *zone, int is_dbl, int listed, char *buf,
    size_t size)
{
	const char *d = listed ? "test" : "invalid";

	if (!is_dbl)
		g_snprintf(buf, size, "%s.0.0.127.%s", listed ? "2" : "1",
		    zone);
	else if (listed && zone_under(zone, "dbl.spamhaus.org"))
		g_snprintf(buf, size, "dbltest.com.%s", zone);
	else if (listed && zone_under(zone, "surbl.org"))
		g_snprintf(buf, size, "test.surbl.org.%s", zone);
	else if (listed && zone_under(zone, "uribl.com"))
		g_snprintf(buf, size, "test.uribl.com.%s", zone);
	else
		g_snprintf(buf, size, "%s.%s", d, zone);
}

/*
 * 1 if the list answers its test entries as a working list does; else
 * 0 with *why set (static text): a resolver that answers NXDOMAIN for
 * everything would otherwise make every IP look clean.
 */
static int
zone_works(const struct doctor_dns *dns, const char *zone, int is_dbl,
    const char **why)
{
	struct dns_answer a;
	enum dns_status st;
	char name[512];
	int ok;

	zone_test_name(zone, is_dbl, 1, name, sizeof name);
	st = dns->lookup(dns->ctx, name, DNS_T_A, &a);
	ok = st == DNS_OK && a.nrr > 0 && !dnsbl_refused(zone, a.rr[0].text);
	*why = st == DNS_OK && !ok ? "it refused the query" : ok ? NULL :
	    "its test entry that must be listed is not";
	dns_answer_release(&a);
	if (!ok)
		return 0;
	zone_test_name(zone, is_dbl, 0, name, sizeof name);
	st = dns->lookup(dns->ctx, name, DNS_T_A, &a);
	dns_answer_release(&a);
	if (st == DNS_NXDOMAIN || st == DNS_NODATA)
		return 1;
	*why = st == DNS_OK ? "it lists its test entry that must not be "
	    "listed (it answers yes to everything)" : "its test entry that "
	    "must not be listed did not answer";
	return 0;
}

/* A list that failed its test: could not tell, for every subject. */
static void
dnsbl_untested(struct doctor_report *r, const char *subject,
    const char *zone, const char *why, int is_dbl, int *first_item)
{
	int first = 1;
	char *s;

	s = g_strdup_printf("%s on %s: could not tell (the list did not "
	    "pass its test: %s)", subject, zone, why);
	doctor_finding_add(r, is_dbl ? "dbl" : "dnsbl", subject,
	    DOCTOR_UNKNOWN, 1, s, "Check that your resolver reaches the "
	    "list (not a public resolver such as 8.8.8.8), then run the "
	    "checkup again.");
	g_free(s);
	g_string_append(r->json, *first_item ? "{" : ",{");
	*first_item = 0;
	json_kv_str(r->json, &first, "subject", subject);
	json_kv_str(r->json, &first, "zone", zone);
	json_kv_str(r->json, &first, "dns", "untested");
	json_kv_bool(r->json, &first, "listed", 0);
	json_kv_str(r->json, &first, "test_failed", why);
	g_string_append_c(r->json, '}');
}

/* Looks one subject up on one list; 1 if listed. */
static int
dnsbl_one(struct doctor_report *r, const struct doctor_facts *f,
    const struct doctor_dns *dns, struct dnsbl_hit *h, const char *qname,
    int is_dbl)
{
	struct dns_answer txt;
	int listed;

	h->st = dns->lookup(dns->ctx, qname, DNS_T_A, &h->a);
	listed = h->st == DNS_OK && h->a.nrr > 0 &&
	    !dnsbl_refused(h->zone, h->a.rr[0].text);
	if (listed) {
		if (dns->lookup(dns->ctx, qname, DNS_T_TXT, &txt) == DNS_OK &&
		    txt.nrr > 0)
			h->reason = g_strdup(txt.rr[0].text);
		dns_answer_release(&txt);
		dnsbl_listed(r, f, h, is_dbl);
	} else if (h->st == DNS_NXDOMAIN || h->st == DNS_NODATA)
		dnsbl_clear(r, f, h, is_dbl);
	else
		dnsbl_unknown(r, h, is_dbl);
	return listed;
}

static void
dnsbl_subject(struct doctor_report *r, const struct doctor_facts *f,
    const struct doctor_dns *dns, const char *subject, GPtrArray *zones,
    int is_dbl, int *first_item)
{
	struct dnsbl_hit h;
	char qname[512], *s;
	const char *why;
	int listed, clean = 0;
	guint i;

	for (i = 0; i < zones->len; i++) {
		memset(&h, 0, sizeof h);
		h.subject = subject;
		h.zone = g_ptr_array_index(zones, i);
		if (!zone_works(dns, h.zone, is_dbl, &why)) {
			dnsbl_untested(r, subject, h.zone, why, is_dbl,
			    first_item);
			continue;
		}
		if (is_dbl)
			g_snprintf(qname, sizeof qname, "%s.%s", subject,
			    h.zone);
		else if (dns_reverse_name(subject, h.zone, qname,
		    sizeof qname) < 0)
			continue;
		listed = dnsbl_one(r, f, dns, &h, qname, is_dbl);
		clean += !listed && (h.st == DNS_NXDOMAIN ||
		    h.st == DNS_NODATA);
		dnsbl_json(r->json, first_item, &h, listed);
		dns_answer_release(&h.a);
		g_free(h.reason);
	}
	if (clean == 0)
		return;
	s = g_strdup_printf("%s is on none of %d %s blocklists checked",
	    subject, clean, is_dbl ? "domain" : "IP");
	doctor_finding_add(r, is_dbl ? "dbl" : "dnsbl", subject, DOCTOR_OK, 1,
	    s, NULL);
	g_free(s);
}

/* A zone only a bounce named, not known: reported, never queried. */
static void
dnsbl_not_asked(struct doctor_report *r, const struct doctor_facts *f,
    const char *zone)
{
	const char *words[2] = { zone, NULL };
	struct doctor_finding fd = { 0 }, *add;
	char *s;

	doctor_finding_tie(&fd, f, words, NULL, zone);
	s = g_strdup_printf("%s, named by bounces, was not asked: it is not "
	    "a configured or well-known blocklist", zone);
	add = doctor_finding_add(r, "dnsbl", zone, DOCTOR_INFO, 1, s,
	    "If you know and trust this list, add it with --dnsbl ZONE (or "
	    "dnsbls in [doctor]); a bounce can name any zone, and asking it "
	    "would tell its owner your sending IPs.");
	add->evidence = fd.evidence;
	add->bounces = fd.bounces;
	g_free(s);
}

void
doctor_check_blocklists(struct doctor_report *r,
    const struct doctor_facts *f, const char *domain,
    const struct doctor_options *opt, const struct doctor_dns *dns)
{
	GPtrArray *ipz = g_ptr_array_new(), *dz = g_ptr_array_new();
	const char *const *z;
	const char *zone;
	int first = 1;
	guint i;

	for (z = opt->dnsbls; z != NULL && *z != NULL; z++)
		zones_add(ipz, *z);
	for (z = opt->dbls; z != NULL && *z != NULL; z++)
		zones_add(dz, *z);
	for (i = 0; i < f->zones->len; i++) {
		zone = g_ptr_array_index(f->zones, i);
		if (zone_trusted(zone, opt))
			zones_add(zone_is_dbl(zone, opt) ? dz : ipz, zone);
		else
			dnsbl_not_asked(r, f, zone);
	}
	g_string_append(r->json, "\"blocklists\":[");
	for (i = 0; i < f->ips->len; i++)
		dnsbl_subject(r, f, dns, ((struct doctor_ip *)
		    g_ptr_array_index(f->ips, i))->ip, ipz, 0, &first);
	if (domain != NULL)
		dnsbl_subject(r, f, dns, domain, dz, 1, &first);
	g_string_append_c(r->json, ']');
	g_ptr_array_unref(ipz);
	g_ptr_array_unref(dz);
}
