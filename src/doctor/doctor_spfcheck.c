/*
 * doctor_spfcheck: evaluates the sender's SPF (RFC 7208 check_host()) for
 * each sending IP, and counts the DNS lookups the whole record tree costs
 * against the limit of 10.  Macros are not expanded: terms that use them
 * are reported, not evaluated.  DNS only through struct doctor_dns.
 */
#include <string.h>

#include "doctor.h"
#include "doctor_int.h"
#include "json.h"

#define SPF_MAX_LOOKUPS	10
#define SPF_MAX_VOID	2	/* RFC 7208 4.6.4: NXDOMAIN or no record */
#define SPF_MAX_DEPTH	10

enum spf_result {
	SPF_R_NONE,
	SPF_R_NEUTRAL,
	SPF_R_PASS,
	SPF_R_FAIL,
	SPF_R_SOFTFAIL,
	SPF_R_TEMPERROR,
	SPF_R_PERMERROR,
};

static const char *const spf_result_names[] = { "none", "neutral", "pass",
	"fail", "softfail", "temperror", "permerror" };

struct spf_eval {
	const struct doctor_dns *dns;
	const char	*ip;
	int		 lookups;
	int		 voids;		/* lookups that found nothing */
	char		*matched;	/* the term that decided, if any */
	char		*domain;	/* the record it is in */
};

static const char *const spf_words[] = { "spf", NULL };

static enum spf_result spf_check_host(struct spf_eval *ev,
	    const char *domain, int depth);

/* The one SPF record of domain; its status, or NONE/PERMERROR. */
static enum spf_result
spf_fetch(const struct doctor_dns *dns, const char *domain,
    struct doctor_spf *spf)
{
	GPtrArray *recs = g_ptr_array_new_with_free_func(g_free);
	enum spf_result res = SPF_R_PASS;
	enum dns_status st;

	if (doctor_txt_records(dns, domain, doctor_spf_is_record, recs,
	    &st) < 0)
		res = SPF_R_TEMPERROR;
	else if (recs->len == 0)
		res = SPF_R_NONE;
	else if (recs->len > 1)
		res = SPF_R_PERMERROR;
	else if (doctor_spf_parse(g_ptr_array_index(recs, 0), spf) < 0) {
		doctor_spf_release(spf);
		res = SPF_R_PERMERROR;
	}
	g_ptr_array_unref(recs);
	return res;
}

/* -1 on DNS failure, -2 past the void lookup limit, else 0. */
static int
spf_lookup_status(struct spf_eval *ev, enum dns_status st)
{
	if (st == DNS_NXDOMAIN || st == DNS_NODATA)
		return ++ev->voids > SPF_MAX_VOID ? -2 : 0;
	return st == DNS_OK ? 0 : -1;
}

/*
 * 1 if an address of name (within prefix) is the IP, 0 if not, -1 on DNS
 * failure, -2 past the void lookup limit.
 */
static int
spf_addr_match(struct spf_eval *ev, const char *name, int prefix)
{
	struct dns_answer ans;
	enum dns_status st;
	size_t i;
	int hit = 0, rc;

	st = ev->dns->lookup(ev->dns->ctx, name, strchr(ev->ip, ':') ?
	    DNS_T_AAAA : DNS_T_A, &ans);
	for (i = 0; i < ans.nrr; i++)
		hit |= doctor_ip_in(ev->ip, ans.rr[i].text, prefix);
	dns_answer_release(&ans);
	if ((rc = spf_lookup_status(ev, st)) < 0)
		return rc;
	return hit;
}

static int
spf_mx_match(struct spf_eval *ev, const char *name, int prefix)
{
	struct dns_answer ans;
	enum dns_status st;
	size_t i;
	int hit = 0;

	st = ev->dns->lookup(ev->dns->ctx, name, DNS_T_MX, &ans);
	hit = spf_lookup_status(ev, st);
	for (i = 0; i < ans.nrr && i < 10 && hit == 0; i++)
		if (*ans.rr[i].text != '\0')
			hit = spf_addr_match(ev, ans.rr[i].text, prefix);
	dns_answer_release(&ans);
	return hit;
}

static int
spf_include_match(struct spf_eval *ev, const char *target, int depth)
{
	enum spf_result res = spf_check_host(ev, target, depth + 1);

	if (res != SPF_R_PASS) {
		/* What decided inside a failed include decides nothing. */
		g_free(ev->matched);
		g_free(ev->domain);
		ev->matched = ev->domain = NULL;
	}
	switch (res) {
	case SPF_R_PASS:
		return 1;
	case SPF_R_TEMPERROR:
		return -1;
	case SPF_R_NONE:
	case SPF_R_PERMERROR:
		return -2;
	default:
		return 0;
	}
}

/* 1 match, 0 no match, -1 temperror, -2 permerror. */
static int
spf_term_match(struct spf_eval *ev, const char *domain,
    const struct doctor_spf_term *t, int depth)
{
	const char *target = t->domain != NULL ? t->domain : domain;
	int v6 = strchr(ev->ip, ':') != NULL;
	int prefix = v6 ? t->prefix6 : t->prefix;

	if (t->mech == SPF_ALL)
		return 1;
	if (t->mech == SPF_IP4 || t->mech == SPF_IP6)
		return (t->mech == SPF_IP6) == v6 &&
		    doctor_ip_in(ev->ip, t->net, t->prefix);
	if (++ev->lookups > SPF_MAX_LOOKUPS)
		return -2;
	if (strchr(target, '%') != NULL || t->mech == SPF_PTR)
		return 0;	/* macros and ptr are not evaluated */
	switch (t->mech) {
	case SPF_A:
		return spf_addr_match(ev, target, prefix);
	case SPF_MX:
		return spf_mx_match(ev, target, prefix);
	case SPF_EXISTS:
		/* /0: any address at all is a match */
		return spf_addr_match(ev, target, 0);
	case SPF_INCLUDE:
		return spf_include_match(ev, target, depth);
	default:
		return 0;
	}
}

static char *
spf_term_text(const struct doctor_spf_term *t)
{
	GString *s = g_string_new(NULL);

	if (t->qualifier != '+')
		g_string_append_c(s, t->qualifier);
	g_string_append(s, doctor_spf_mech_name(t->mech));
	if (t->net != NULL)
		g_string_append_printf(s, ":%s", t->net);
	else if (t->domain != NULL)
		g_string_append_printf(s, ":%s", t->domain);
	if (t->prefix >= 0)
		g_string_append_printf(s, "/%d", t->prefix);
	return g_string_free(s, FALSE);
}

/* Remembers the term that decided (the last one matched so far). */
static void
spf_matched(struct spf_eval *ev, const struct doctor_spf_term *t,
    const char *domain)
{
	g_free(ev->matched);
	g_free(ev->domain);
	ev->matched = spf_term_text(t);
	ev->domain = g_strdup(domain);
}

static enum spf_result
spf_qualified(char q)
{
	switch (q) {
	case '-':	return SPF_R_FAIL;
	case '~':	return SPF_R_SOFTFAIL;
	case '?':	return SPF_R_NEUTRAL;
	default:	return SPF_R_PASS;
	}
}

static enum spf_result
spf_terms(struct spf_eval *ev, const char *domain,
    const struct doctor_spf *spf, int depth, int *matched)
{
	size_t i;
	int m;

	*matched = 1;
	for (i = 0; i < spf->nterms; i++) {
		m = spf_term_match(ev, domain, &spf->terms[i], depth);
		if (m == -1)
			return SPF_R_TEMPERROR;
		if (m == -2)
			return SPF_R_PERMERROR;
		if (m == 0)
			continue;
		/* An include that passed already named its own term. */
		if (spf->terms[i].mech != SPF_INCLUDE)
			spf_matched(ev, &spf->terms[i], domain);
		return spf_qualified(spf->terms[i].qualifier);
	}
	*matched = 0;
	return SPF_R_NEUTRAL;
}

static enum spf_result
spf_check_host(struct spf_eval *ev, const char *domain, int depth)
{
	struct doctor_spf spf;
	enum spf_result res;
	int matched;

	if (depth > SPF_MAX_DEPTH)
		return SPF_R_PERMERROR;
	if ((res = spf_fetch(ev->dns, domain, &spf)) != SPF_R_PASS)
		return res;
	res = spf_terms(ev, domain, &spf, depth, &matched);
	if (!matched && spf.redirect != NULL) {
		if (++ev->lookups > SPF_MAX_LOOKUPS)
			res = SPF_R_PERMERROR;
		else if ((res = spf_check_host(ev, spf.redirect, depth + 1)) ==
		    SPF_R_NONE)
			res = SPF_R_PERMERROR;
	}
	doctor_spf_release(&spf);
	return res;
}

/* Lookups of the whole tree (includes and redirect followed). */
static int
spf_tree_lookups(const struct doctor_dns *dns, const char *domain,
    int depth)
{
	struct doctor_spf spf;
	size_t i;
	int n;

	if (depth > SPF_MAX_DEPTH ||
	    spf_fetch(dns, domain, &spf) != SPF_R_PASS)
		return 0;
	n = spf.lookups;
	for (i = 0; i < spf.nterms; i++)
		if (spf.terms[i].mech == SPF_INCLUDE &&
		    strchr(spf.terms[i].domain, '%') == NULL)
			n += spf_tree_lookups(dns, spf.terms[i].domain,
			    depth + 1);
	if (spf.redirect != NULL && strchr(spf.redirect, '%') == NULL)
		n += spf_tree_lookups(dns, spf.redirect, depth + 1);
	doctor_spf_release(&spf);
	return n;
}

/* ---- Findings ---------------------------------------------------------- */

static void
spf_add(struct doctor_report *r, const struct doctor_facts *f,
    const char *subject, enum doctor_level lvl, const char *summary,
    const char *advice)
{
	struct doctor_finding *fd;

	fd = doctor_finding_add(r, "spf", subject, lvl, 2, summary, advice);
	doctor_finding_tie(fd, f, spf_words, NULL, "SPF");
}

/* "ip4:IP" or "ip6:IP" (a static buffer: use at once). */
static const char *
spf_ip_term(const char *ip)
{
	static char buf[64];

	g_snprintf(buf, sizeof buf, "%s:%s", strchr(ip, ':') ? "ip6" : "ip4",
	    ip);
	return buf;
}

/* A first record to publish, from the IPs the bounces show. */
static char *
spf_suggest(const struct doctor_facts *f)
{
	GString *s = g_string_new("Publish one TXT record like 'v=spf1");
	guint i;

	for (i = 0; i < f->ips->len; i++)
		g_string_append_printf(s, " %s", spf_ip_term(((struct
		    doctor_ip *)g_ptr_array_index(f->ips, i))->ip));
	g_string_append(s, " include:<your mail provider> ~all' at your "
	    "domain.");
	return g_string_free(s, FALSE);
}

static void
spf_record_findings(struct doctor_report *r, const struct doctor_facts *f,
    const char *domain, const char *record, int lookups)
{
	struct doctor_spf spf;
	char *s;

	if (doctor_spf_parse(record, &spf) < 0) {
		s = g_strdup_printf("the SPF record of %s is broken: %s",
		    domain, spf.errors[0]);
		spf_add(r, f, domain, DOCTOR_FAIL, s, "Fix the record: "
		    "receivers treat a broken one as no SPF at all.");
		g_free(s);
	} else if (lookups > SPF_MAX_LOOKUPS) {
		s = g_strdup_printf("the SPF record of %s needs %d DNS "
		    "lookups; the limit is %d", domain, lookups,
		    SPF_MAX_LOOKUPS);
		spf_add(r, f, domain, DOCTOR_FAIL, s, "Remove includes of "
		    "services you no longer use and replace a, mx and "
		    "include terms by ip4: ranges; receivers fail the whole "
		    "record past 10 lookups.");
		g_free(s);
	} else if (spf.nterms > 0 && spf.terms[spf.nterms - 1].mech ==
	    SPF_ALL && spf.terms[spf.nterms - 1].qualifier == '+') {
		spf_add(r, f, domain, DOCTOR_FAIL, "the SPF record ends in "
		    "+all: it allows anyone to send as you", "End the record "
		    "with ~all or -all.");
	} else {
		s = g_strdup_printf("SPF record of %s is valid (%d of %d "
		    "lookups)", domain, lookups, SPF_MAX_LOOKUPS);
		spf_add(r, f, domain, DOCTOR_OK, s, NULL);
		g_free(s);
	}
	doctor_spf_release(&spf);
}

static void
spf_ip_finding(struct doctor_report *r, const struct doctor_facts *f,
    const char *domain, const struct spf_eval *ev, enum spf_result res)
{
	struct doctor_finding *fd;
	char *s, *a;

	if (res == SPF_R_PASS) {
		s = g_strdup_printf("SPF of %s authorises %s (%s in %s)",
		    domain, ev->ip, ev->matched, ev->domain);
		fd = doctor_finding_add(r, "spf", ev->ip, DOCTOR_OK, 2, s,
		    NULL);
	} else if (res == SPF_R_TEMPERROR) {
		s = g_strdup_printf("SPF of %s could not be evaluated for %s "
		    "(DNS failure)", domain, ev->ip);
		fd = doctor_finding_add(r, "spf", ev->ip, DOCTOR_UNKNOWN, 2, s,
		    "Run the checkup again later.");
	} else {
		s = g_strdup_printf("SPF of %s does not authorise %s (result "
		    "%s)", domain, ev->ip, spf_result_names[res]);
		a = g_strdup_printf("Add %s to the SPF record of %s (or "
		    "the include: of the provider that sends from it).",
		    spf_ip_term(ev->ip), domain);
		fd = doctor_finding_add(r, "spf", ev->ip, DOCTOR_FAIL, 2, s, a);
		g_free(a);
	}
	g_free(s);
	doctor_finding_tie(fd, f, spf_words, ev->ip, "SPF");
}

static void
spf_ips(struct doctor_report *r, const struct doctor_facts *f,
    const char *domain, const struct doctor_dns *dns)
{
	struct spf_eval ev;
	enum spf_result res;
	guint i;
	int first;

	g_string_append(r->json, ",\"ips\":[");
	for (i = 0; i < f->ips->len; i++) {
		memset(&ev, 0, sizeof ev);
		ev.dns = dns;
		ev.ip = ((struct doctor_ip *)g_ptr_array_index(f->ips, i))->ip;
		res = spf_check_host(&ev, domain, 0);
		spf_ip_finding(r, f, domain, &ev, res);
		first = 1;
		g_string_append(r->json, i > 0 ? ",{" : "{");
		json_kv_str(r->json, &first, "ip", ev.ip);
		json_kv_str(r->json, &first, "result", spf_result_names[res]);
		json_kv_str(r->json, &first, "matched", ev.matched);
		json_kv_str(r->json, &first, "matched_in", ev.domain);
		g_string_append_c(r->json, '}');
		g_free(ev.matched);
		g_free(ev.domain);
	}
	g_string_append_c(r->json, ']');
}

static void
spf_missing(struct doctor_report *r, const struct doctor_facts *f,
    const char *domain, guint n, enum dns_status st, int failed)
{
	char *s, *a;

	if (failed) {
		s = g_strdup_printf("no answer for the TXT records of %s (%s)",
		    domain, dns_status_name(st));
		spf_add(r, f, domain, DOCTOR_UNKNOWN, s,
		    "Run the checkup again later.");
	} else if (n == 0 && st == DNS_NXDOMAIN) {
		s = g_strdup_printf("%s does not exist in DNS", domain);
		spf_add(r, f, domain, DOCTOR_FAIL, s, "Check the domain name: "
		    "receivers reject mail from a domain that does not "
		    "exist.");
	} else if (n == 0) {
		s = g_strdup_printf("%s has no SPF record", domain);
		a = spf_suggest(f);
		spf_add(r, f, domain, DOCTOR_FAIL, s, a);
		g_free(a);
	} else {
		s = g_strdup_printf("%s has %u SPF records; receivers treat "
		    "that as an error", domain, n);
		spf_add(r, f, domain, DOCTOR_FAIL, s, "Merge them into one "
		    "v=spf1 record.");
	}
	g_free(s);
}

void
doctor_check_spf(struct doctor_report *r, const struct doctor_facts *f,
    const char *domain, const struct doctor_dns *dns)
{
	GPtrArray *recs = g_ptr_array_new_with_free_func(g_free);
	enum dns_status st;
	int failed, first = 1, lookups = 0;

	failed = doctor_txt_records(dns, domain, doctor_spf_is_record, recs,
	    &st) < 0;
	g_string_append(r->json, ",\"spf\":{");
	json_kv_str(r->json, &first, "domain", domain);
	json_kv_str(r->json, &first, "dns", dns_status_name(st));
	g_ptr_array_add(recs, NULL);
	doctor_json_strv(r->json, &first, "records", (char **)recs->pdata);
	g_ptr_array_remove_index(recs, recs->len - 1);
	if (failed || recs->len != 1)
		spf_missing(r, f, domain, recs->len, st, failed);
	else {
		lookups = spf_tree_lookups(dns, domain, 0);
		spf_record_findings(r, f, domain, g_ptr_array_index(recs, 0),
		    lookups);
	}
	json_kv_int(r->json, &first, "lookups", lookups);
	if (recs->len == 1)
		spf_ips(r, f, domain, dns);
	g_string_append_c(r->json, '}');
	g_ptr_array_unref(recs);
}
