/*
 * doctor_check: runs the checkup over the facts and sorts the findings.
 * Holds the DKIM, DMARC and PTR checks; SPF and the blocklists have their
 * own files.  DNS only through struct doctor_dns; prints nothing.
 */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "doctor.h"
#include "doctor_int.h"
#include "json.h"

const char *
doctor_level_name(enum doctor_level l)
{
	switch (l) {
	case DOCTOR_OK:		return "ok";
	case DOCTOR_INFO:	return "info";
	case DOCTOR_UNKNOWN:	return "unknown";
	case DOCTOR_WARN:	return "warn";
	case DOCTOR_FAIL:	return "fail";
	}
	return "?";
}

static void
finding_free(gpointer p)
{
	struct doctor_finding *fd = p;

	g_free(fd->check);
	g_free(fd->subject);
	g_free(fd->summary);
	g_free(fd->advice);
	g_free(fd->evidence);
	g_free(fd);
}

struct doctor_finding *
doctor_finding_add(struct doctor_report *r, const char *check,
    const char *subject, enum doctor_level level, int priority,
    const char *summary, const char *advice)
{
	struct doctor_finding *fd = g_new0(struct doctor_finding, 1);

	fd->check = g_strdup(check);
	fd->subject = g_strdup(subject);
	fd->level = level;
	fd->priority = priority;
	fd->summary = g_strdup(summary);
	fd->advice = g_strdup(advice);
	g_ptr_array_add(r->findings, fd);
	return fd;
}

struct ip_seen {
	const char	*ip;
	int		 other, self;
};

static void
ip_seen_cb(void *ctx, const char *ip)
{
	struct ip_seen *s = ctx;

	if (strcmp(ip, s->ip) == 0)
		s->self = 1;
	else
		s->other = 1;
}

/* 1 if the text names other IPs and not this one. */
static int
bounce_other_ip(const struct doctor_bounce *b, const char *ip)
{
	struct ip_seen s = { ip, 0, 0 };

	if (ip == NULL || b->diagnostic == NULL)
		return 0;
	doctor_text_ips(b->diagnostic, ip_seen_cb, &s);
	return s.other && !s.self;
}

static int
bounce_matches(const struct doctor_bounce *b, const char *const *words)
{
	char *low;
	int hit = 0;

	for (; *words != NULL && !hit; words++) {
		if (b->reason != NULL && g_ascii_strcasecmp(b->reason,
		    *words) == 0)
			hit = 1;
		else if (b->diagnostic != NULL) {
			low = g_ascii_strdown(b->diagnostic, -1);
			hit = strstr(low, *words) != NULL;
			g_free(low);
		}
	}
	return hit;
}

static void
day_text(long long t, char *buf, size_t size)
{
	time_t tt = (time_t)t;
	struct tm tm;

	gmtime_r(&tt, &tm);
	strftime(buf, size, "%Y-%m-%d", &tm);
}

void
doctor_finding_tie(struct doctor_finding *fd, const struct doctor_facts *f,
    const char *const *words, const char *ip, const char *what)
{
	const struct doctor_bounce *b;
	long long lo = 0, hi = 0;
	char d1[16], d2[16];
	guint i;

	for (i = 0; i < f->bounces->len; i++) {
		b = g_ptr_array_index(f->bounces, i);
		if (!bounce_matches(b, words) || bounce_other_ip(b, ip))
			continue;
		fd->bounces += b->count;
		if (b->date > 0 && (lo == 0 || b->date < lo))
			lo = b->date;
		if (b->last > hi)
			hi = b->last;
	}
	if (fd->bounces == 0)
		return;
	g_free(fd->evidence);
	if (lo == 0) {
		fd->evidence = g_strdup_printf("%ld bounce%s name %s",
		    fd->bounces, fd->bounces == 1 ? "" : "s", what);
		return;
	}
	day_text(lo, d1, sizeof d1);
	day_text(hi, d2, sizeof d2);
	if (strcmp(d1, d2) == 0) {
		fd->evidence = g_strdup_printf("%ld bounce%s on %s name %s",
		    fd->bounces, fd->bounces == 1 ? "" : "s", d1, what);
		return;
	}
	fd->evidence = g_strdup_printf("%ld bounce%s in %lld day%s (%s to %s) "
	    "name %s", fd->bounces, fd->bounces == 1 ? "" : "s",
	    (hi - lo) / 86400 + 1, hi - lo < 86400 ? "" : "s", d1, d2, what);
}

void
doctor_json_strv(GString *o, int *first, const char *key,
    char *const *v)
{
	json_key(o, first, key);
	g_string_append_c(o, '[');
	for (; v != NULL && *v != NULL; v++) {
		json_str(o, *v);
		if (v[1] != NULL)
			g_string_append_c(o, ',');
	}
	g_string_append_c(o, ']');
}

/* The TXT records at name that pass is_record; -1 if DNS failed. */
int
doctor_txt_records(const struct doctor_dns *dns, const char *name,
    int (*is_record)(const char *), GPtrArray *out, enum dns_status *st)
{
	struct dns_answer ans;
	size_t i;

	*st = dns->lookup(dns->ctx, name, DNS_T_TXT, &ans);
	for (i = 0; i < ans.nrr; i++)
		if (is_record(ans.rr[i].text))
			g_ptr_array_add(out, g_strdup(ans.rr[i].text));
	dns_answer_release(&ans);
	return *st == DNS_OK || *st == DNS_NXDOMAIN || *st == DNS_NODATA ?
	    0 : -1;
}

/*
 * What to say when a name has no usable record: DNS failed, no record, or
 * several where one is allowed.
 */
struct missing_text {
	const char	*check;
	int		 priority;
	const char	*none_fmt;	/* %s: the name */
	const char	*none_advice;
	const char	*many_advice;
	const char *const *words;	/* ties to bounces */
	const char	*what;
};

static void
record_missing(struct doctor_report *r, const struct doctor_facts *f,
    const struct missing_text *t, const char *name, guint n,
    enum dns_status st, int failed)
{
	struct doctor_finding *fd;
	char *s;

	if (failed) {
		s = g_strdup_printf("no answer for %s (%s)", name,
		    dns_status_name(st));
		fd = doctor_finding_add(r, t->check, name, DOCTOR_UNKNOWN,
		    t->priority, s, "Run the checkup again later.");
	} else if (n == 0) {
		s = g_strdup_printf(t->none_fmt, name);
		fd = doctor_finding_add(r, t->check, name, DOCTOR_FAIL,
		    t->priority, s, t->none_advice);
	} else {
		s = g_strdup_printf("%u records at %s where one is allowed",
		    n, name);
		fd = doctor_finding_add(r, t->check, name, DOCTOR_FAIL,
		    t->priority, s, t->many_advice);
	}
	g_free(s);
	doctor_finding_tie(fd, f, t->words, NULL, t->what);
}

/* ---- DMARC ------------------------------------------------------------- */

static const char *const dmarc_words[] = { "dmarc", NULL };

static const struct missing_text dmarc_missing = { "dmarc", 4,
	"no DMARC record at %s", "Publish a TXT record at that name, for a "
	"start 'v=DMARC1; p=none; rua=mailto:dmarc@yourdomain'; large mailbox "
	"providers reject or junk bulk mail without one.",
	"Keep exactly one v=DMARC1 record: receivers ignore them all.",
	dmarc_words, "DMARC" };

/* inherited: the record is a parent domain's (its sp= applies). */
static void
dmarc_findings(struct doctor_report *r, const struct doctor_facts *f,
    const char *name, const struct doctor_dmarc *d, int inherited)
{
	struct doctor_finding *fd;
	char *s;

	if (d->errors[0] != NULL) {
		s = g_strdup_printf("the DMARC record at %s is broken: %s",
		    name, d->errors[0]);
		fd = doctor_finding_add(r, "dmarc", name, DOCTOR_FAIL, 4, s,
		    "Fix the record: it must read like "
		    "'v=DMARC1; p=none; rua=mailto:you@yourdomain'.");
		g_free(s);
	} else {
		s = g_strdup_printf("DMARC policy %s (pct %d)%s, reports to "
		    "%s", inherited && d->sp != NULL ? d->sp : d->p, d->pct,
		    inherited ? " for subdomains, inherited" : "",
		    d->rua != NULL ? d->rua : "nobody");
		fd = doctor_finding_add(r, "dmarc", name, d->rua == NULL ?
		    DOCTOR_WARN : DOCTOR_OK, 4, s, d->rua == NULL ?
		    "Add rua=mailto:... so that receivers send you reports "
		    "of who sends mail in your name." : NULL);
		g_free(s);
	}
	doctor_finding_tie(fd, f, dmarc_words, NULL, "DMARC");
}

static void
dmarc_json(GString *o, const char *name, GPtrArray *recs,
    const struct doctor_dmarc *d, enum dns_status st)
{
	int first = 1;

	g_string_append_c(o, '{');
	json_kv_str(o, &first, "name", name);
	json_kv_str(o, &first, "dns", dns_status_name(st));
	g_ptr_array_add(recs, NULL);
	doctor_json_strv(o, &first, "records", (char **)recs->pdata);
	g_ptr_array_remove_index(recs, recs->len - 1);
	if (d != NULL) {
		json_kv_str(o, &first, "p", d->p);
		json_kv_str(o, &first, "sp", d->sp);
		json_kv_int(o, &first, "pct", d->pct);
		json_kv_str(o, &first, "rua", d->rua);
		json_kv_str(o, &first, "ruf", d->ruf);
		json_kv_str(o, &first, "adkim", d->adkim);
		json_kv_str(o, &first, "aspf", d->aspf);
		doctor_json_strv(o, &first, "errors", d->errors);
	}
	g_string_append_c(o, '}');
}

/*
 * RFC 7489 6.6.3: a domain without a record falls under its parent's.
 * Without the public suffix list, every parent down to two labels is
 * tried.  Returns the record's name, or NULL (none, recs empty).
 */
static char *
dmarc_parent(const struct doctor_dns *dns, const char *domain,
    GPtrArray *recs, enum dns_status *st)
{
	const char *p;
	char *name;

	for (p = strchr(domain, '.'); p != NULL && strchr(p + 1, '.') != NULL;
	    p = strchr(p + 1, '.')) {
		name = g_strdup_printf("_dmarc.%s", p + 1);
		if (doctor_txt_records(dns, name, doctor_dmarc_is_record, recs,
		    st) == 0 && recs->len > 0)
			return name;
		g_free(name);
		g_ptr_array_set_size(recs, 0);
	}
	return NULL;
}

static void
check_dmarc(struct doctor_report *r, const struct doctor_facts *f,
    const char *domain, const struct doctor_dns *dns)
{
	GPtrArray *recs = g_ptr_array_new_with_free_func(g_free);
	struct doctor_dmarc d;
	enum dns_status st;
	enum dns_status pst;
	char *name, *parent = NULL;
	int failed;

	name = g_strdup_printf("_dmarc.%s", domain);
	failed = doctor_txt_records(dns, name, doctor_dmarc_is_record, recs,
	    &st) < 0;
	if (!failed && recs->len == 0 &&
	    (parent = dmarc_parent(dns, domain, recs, &pst)) != NULL) {
		g_free(name);
		name = parent;
		st = pst;
	}
	g_string_append(r->json, ",\"dmarc\":");
	if (failed || recs->len != 1) {
		record_missing(r, f, &dmarc_missing, name, recs->len, st,
		    failed);
		dmarc_json(r->json, name, recs, NULL, st);
	} else {
		doctor_dmarc_parse(g_ptr_array_index(recs, 0), &d);
		dmarc_findings(r, f, name, &d, parent != NULL);
		dmarc_json(r->json, name, recs, &d, st);
		doctor_dmarc_release(&d);
	}
	g_ptr_array_unref(recs);
	g_free(name);
}

/* ---- DKIM -------------------------------------------------------------- */

static const char *const dkim_words[] = { "dkim", NULL };

static const struct missing_text dkim_missing = { "dkim", 3,
	"no DKIM key at %s", "Publish the public key your mail provider "
	"gives for this selector, or check the selector name (the s= of your "
	"DKIM-Signature headers).", "Keep exactly one key record per "
	"selector.", dkim_words, "DKIM" };

static void
dkim_verdict(struct doctor_report *r, const struct doctor_facts *f,
    const char *name, const struct doctor_dkim *k)
{
	struct doctor_finding *fd;
	char *s;

	if (k->errors[0] != NULL) {
		s = g_strdup_printf("the DKIM key at %s is broken: %s", name,
		    k->errors[0]);
		fd = doctor_finding_add(r, "dkim", name, DOCTOR_FAIL, 3, s,
		    "Publish the key exactly as your mail provider gives it "
		    "(one TXT record, 'v=DKIM1; k=rsa; p=...').");
	} else if (k->revoked) {
		s = g_strdup_printf("the DKIM key at %s is revoked (empty p=)",
		    name);
		fd = doctor_finding_add(r, "dkim", name, DOCTOR_FAIL, 3, s,
		    "Sign with a selector whose key is published, or publish "
		    "the key again.");
	} else if (k->key_bits > 0 && k->key_bits < 1024) {
		s = g_strdup_printf("the DKIM key at %s has about %d bits",
		    name, k->key_bits);
		fd = doctor_finding_add(r, "dkim", name, DOCTOR_FAIL, 3, s,
		    "Receivers ignore keys under 1024 bits: make a 2048-bit "
		    "key and publish it under a new selector.");
	} else {
		s = g_strdup_printf("DKIM key found at %s (%s, about %d bits)",
		    name, k->k != NULL ? k->k : "rsa", k->key_bits);
		fd = doctor_finding_add(r, "dkim", name, DOCTOR_OK, 3, s,
		    NULL);
	}
	g_free(s);
	doctor_finding_tie(fd, f, dkim_words, NULL, "DKIM");
}

static int
dkim_any(const char *txt)
{
	return 1;
}

static void
dkim_json(GString *o, const char *sel, const char *name,
    enum dns_status st, const struct doctor_dkim *k)
{
	int first = 1;

	g_string_append_c(o, '{');
	json_kv_str(o, &first, "selector", sel);
	json_kv_str(o, &first, "name", name);
	json_kv_str(o, &first, "dns", dns_status_name(st));
	json_kv_bool(o, &first, "found", k != NULL);
	if (k != NULL) {
		json_kv_str(o, &first, "k", k->k != NULL ? k->k : "rsa");
		json_kv_int(o, &first, "key_bits", k->key_bits);
		json_kv_bool(o, &first, "revoked", k->revoked);
		doctor_json_strv(o, &first, "errors", k->errors);
	}
	g_string_append_c(o, '}');
}

static void
check_dkim_one(struct doctor_report *r, const struct doctor_facts *f,
    const struct doctor_selector *sel, const struct doctor_dns *dns)
{
	GPtrArray *recs = g_ptr_array_new_with_free_func(g_free);
	struct doctor_dkim k;
	enum dns_status st;
	char *name;
	int failed;

	name = g_strdup_printf("%s._domainkey.%s", sel->selector,
	    sel->domain);
	failed = doctor_txt_records(dns, name, dkim_any, recs, &st) < 0;
	if (failed || recs->len != 1) {
		record_missing(r, f, &dkim_missing, name, recs->len, st,
		    failed);
		dkim_json(r->json, sel->selector, name, st, NULL);
	} else {
		doctor_dkim_parse(g_ptr_array_index(recs, 0), &k);
		dkim_verdict(r, f, name, &k);
		dkim_json(r->json, sel->selector, name, st, &k);
		doctor_dkim_release(&k);
	}
	g_ptr_array_unref(recs);
	g_free(name);
}

static void
check_dkim(struct doctor_report *r, const struct doctor_facts *f,
    const char *domain, const struct doctor_dns *dns)
{
	guint i;

	g_string_append(r->json, ",\"dkim\":[");
	for (i = 0; i < f->selectors->len; i++) {
		if (i > 0)
			g_string_append_c(r->json, ',');
		check_dkim_one(r, f, g_ptr_array_index(f->selectors, i), dns);
	}
	g_string_append_c(r->json, ']');
	if (f->selectors->len == 0 && domain != NULL)
		doctor_finding_add(r, "dkim", domain, DOCTOR_INFO, 3,
		    "no DKIM selector known, so no key was checked",
		    "Give --selector S (the s= tag of the DKIM-Signature "
		    "header in a message you sent).");
}

/* ---- PTR --------------------------------------------------------------- */

static const char *const ptr_words[] = { "requireptr", "ptr", "reverse",
	"rdns", NULL };

/* Names like 5-113-0-203.dsl.example look dynamic to receivers. */
static int
ptr_generic(const char *name, const char *ip)
{
	static const char *const hints[] = { "dynamic", "dyn.", "dsl",
		"pool", "dhcp", "cable", "client", "broadband", NULL };
	const char *const *h;
	char **oct = g_strsplit(ip, ".", 4);
	char *low = g_ascii_strdown(name, -1);
	int hit = 0, digits = 0;

	for (h = hints; *h != NULL && !hit; h++)
		hit = strstr(low, *h) != NULL;
	if (oct[0] != NULL && oct[1] != NULL && oct[2] != NULL &&
	    oct[3] != NULL)
		digits = strstr(low, oct[3]) != NULL &&
		    strstr(low, oct[2]) != NULL && strstr(low, oct[1]) != NULL;
	g_strfreev(oct);
	g_free(low);
	return hit || digits;
}

/* 1 if name has an A record equal to ip, 0 if not, -1 if DNS failed. */
static int
ptr_confirms(const struct doctor_dns *dns, const char *name, const char *ip)
{
	struct dns_answer ans;
	enum dns_status st;
	size_t i;
	int hit = 0;

	st = dns->lookup(dns->ctx, name, strchr(ip, ':') ? DNS_T_AAAA :
	    DNS_T_A, &ans);
	for (i = 0; i < ans.nrr; i++)
		hit |= doctor_ip_in(ip, ans.rr[i].text, -1);
	dns_answer_release(&ans);
	if (hit)
		return 1;
	return st == DNS_OK || st == DNS_NXDOMAIN || st == DNS_NODATA ? 0 : -1;
}

static struct doctor_finding *
ptr_verdict(struct doctor_report *r, const char *ip, const char *name,
    int confirmed)
{
	char *s;
	struct doctor_finding *fd;

	if (confirmed < 0) {
		s = g_strdup_printf("%s has PTR %s, which did not resolve "
		    "(DNS failure)", ip, name);
		fd = doctor_finding_add(r, "ptr", ip, DOCTOR_UNKNOWN, 5, s,
		    "Run the checkup again later.");
	} else if (confirmed == 0) {
		s = g_strdup_printf("%s has PTR %s, but %s does not resolve "
		    "back to %s", ip, name, name, ip);
		fd = doctor_finding_add(r, "ptr", ip, DOCTOR_FAIL, 5, s,
		    "Add an A record for the PTR name pointing to the IP, or "
		    "have the PTR changed to a name that does.");
	} else if (ptr_generic(name, ip)) {
		s = g_strdup_printf("%s has PTR %s (forward-confirmed), but "
		    "the name looks like a dynamic or home address", ip, name);
		fd = doctor_finding_add(r, "ptr", ip, DOCTOR_WARN, 5, s,
		    "Ask whoever runs the IP for a PTR naming your mail "
		    "server (e.g. mail.yourdomain), or send through your "
		    "provider's smarthost.");
	} else {
		s = g_strdup_printf("%s has PTR %s, forward-confirmed", ip,
		    name);
		fd = doctor_finding_add(r, "ptr", ip, DOCTOR_OK, 5, s, NULL);
	}
	g_free(s);
	return fd;
}

static void
ptr_json(GString *o, const char *ip, enum dns_status st,
    const struct dns_answer *ans, const char *name, int confirmed)
{
	int first = 1;
	size_t i;

	g_string_append_c(o, '{');
	json_kv_str(o, &first, "ip", ip);
	json_kv_str(o, &first, "dns", dns_status_name(st));
	json_key(o, &first, "names");
	g_string_append_c(o, '[');
	for (i = 0; i < ans->nrr; i++) {
		if (i > 0)
			g_string_append_c(o, ',');
		json_str(o, ans->rr[i].text);
	}
	g_string_append_c(o, ']');
	json_kv_str(o, &first, "confirmed_name", confirmed > 0 ? name : NULL);
	json_kv_bool(o, &first, "forward_confirmed", confirmed > 0);
	g_string_append_c(o, '}');
}

static void
check_ptr_one(struct doctor_report *r, const struct doctor_facts *f,
    const char *ip, const struct doctor_dns *dns)
{
	struct doctor_finding *fd;
	struct dns_answer ans;
	enum dns_status st;
	char rev[128], *s;
	size_t i;
	int conf = 0;

	dns_reverse_name(ip, strchr(ip, ':') ? "ip6.arpa" : "in-addr.arpa",
	    rev, sizeof rev);
	st = dns->lookup(dns->ctx, rev, DNS_T_PTR, &ans);
	for (i = 0; i < ans.nrr && i < 5 && conf <= 0; i++)
		conf = ptr_confirms(dns, ans.rr[i].text, ip);
	if (ans.nrr > 0)
		fd = ptr_verdict(r, ip, ans.rr[i - 1].text, conf);
	else if (st == DNS_NXDOMAIN || st == DNS_NODATA) {
		s = g_strdup_printf("%s has no PTR (reverse DNS) record", ip);
		fd = doctor_finding_add(r, "ptr", ip, DOCTOR_FAIL, 5, s,
		    "Ask whoever runs the IP (ISP or hosting provider) to set "
		    "a PTR naming your mail server, e.g. mail.yourdomain, and "
		    "publish an A record for that name pointing to the IP.");
		g_free(s);
	} else {
		s = g_strdup_printf("no answer for the PTR of %s (%s)", ip,
		    dns_status_name(st));
		fd = doctor_finding_add(r, "ptr", ip, DOCTOR_UNKNOWN, 5, s,
		    "Run the checkup again later.");
		g_free(s);
	}
	doctor_finding_tie(fd, f, ptr_words, ip, "reverse DNS");
	ptr_json(r->json, ip, st, &ans, ans.nrr > 0 ? ans.rr[i - 1].text :
	    NULL, conf);
	dns_answer_release(&ans);
}

static void
check_ptr(struct doctor_report *r, const struct doctor_facts *f,
    const struct doctor_dns *dns)
{
	const struct doctor_ip *ip;
	guint i;

	g_string_append(r->json, ",\"ptr\":[");
	for (i = 0; i < f->ips->len; i++) {
		ip = g_ptr_array_index(f->ips, i);
		if (i > 0)
			g_string_append_c(r->json, ',');
		check_ptr_one(r, f, ip->ip, dns);
	}
	g_string_append_c(r->json, ']');
}

/* ---- The run ----------------------------------------------------------- */

static gint
finding_cmp(gconstpointer a, gconstpointer b)
{
	const struct doctor_finding *x = *(struct doctor_finding *const *)a;
	const struct doctor_finding *y = *(struct doctor_finding *const *)b;

	if (x->level != y->level)
		return (int)y->level - (int)x->level;
	if (x->priority != y->priority)
		return x->priority - y->priority;
	if (x->bounces != y->bounces)
		return x->bounces < y->bounces ? 1 : -1;
	return strcmp(x->subject, y->subject);
}

void
doctor_run(const struct doctor_facts *f, const struct doctor_options *opt,
    const struct doctor_dns *dns, struct doctor_report *out)
{
	const char *domain = doctor_facts_domain(f);

	memset(out, 0, sizeof *out);
	out->domain = g_strdup(domain);
	out->findings = g_ptr_array_new_with_free_func(finding_free);
	out->json = g_string_new(NULL);
	doctor_check_blocklists(out, f, domain, opt, dns);
	if (domain != NULL) {
		doctor_check_spf(out, f, domain, dns);
		check_dmarc(out, f, domain, dns);
	} else
		doctor_finding_add(out, "domain", "-", DOCTOR_INFO, 2,
		    "no sending domain known: SPF, DKIM and DMARC not checked",
		    "Give --domain D (the domain after the @ of your From "
		    "address).");
	check_dkim(out, f, domain, dns);
	check_ptr(out, f, dns);
	if (f->ips->len == 0)
		doctor_finding_add(out, "ip", "-", DOCTOR_INFO, 5,
		    "no sending IP known: reverse DNS and IP blocklists not "
		    "checked", "Give --ip A.B.C.D (your mail server's public "
		    "address), or the bounces to read.");
	g_ptr_array_sort(out->findings, finding_cmp);
}

void
doctor_report_release(struct doctor_report *r)
{
	g_free(r->domain);
	if (r->findings != NULL)
		g_ptr_array_unref(r->findings);
	if (r->json != NULL)
		g_string_free(r->json, TRUE);
	memset(r, 0, sizeof *r);
}
