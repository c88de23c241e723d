/*
 * doctor_mx: can each recipient domain receive mail?  MX records, else an
 * address record (the implicit MX of RFC 5321 5.1), unless the domain
 * publishes a null MX (RFC 7505) or does not exist.  Many domains in
 * flight at once through the resolver; each distinct domain asked once.
 */
#include <string.h>

#include "doctor.h"

struct mx_run {
	struct dns_resolver *res;
};

struct mx_job {
	struct mx_run		*run;
	struct doctor_mx_result	*r;
};

const char *
doctor_mx_state_name(enum doctor_mx_state s)
{
	switch (s) {
	case DOCTOR_MX_OK:		return "mx";
	case DOCTOR_MX_FALLBACK:	return "address-only";
	case DOCTOR_MX_NULL:		return "null-mx";
	case DOCTOR_MX_NXDOMAIN:	return "nxdomain";
	case DOCTOR_MX_NONE:		return "no-mail-host";
	case DOCTOR_MX_UNKNOWN:		return "unknown";
	}
	return "unknown";
}

int
doctor_mx_dead(enum doctor_mx_state s)
{
	return s == DOCTOR_MX_NULL || s == DOCTOR_MX_NXDOMAIN ||
	    s == DOCTOR_MX_NONE;
}

static void
mx_set(struct doctor_mx_result *r, enum doctor_mx_state s, const char *d)
{
	r->state = s;
	g_free(r->detail);
	r->detail = g_strdup(d);
}

/* A failure that is not an answer about the name: no conclusion. */
static int
mx_failed(const struct dns_answer *ans, struct doctor_mx_result *r)
{
	if (ans->status == DNS_OK || ans->status == DNS_NODATA ||
	    ans->status == DNS_NXDOMAIN)
		return 0;
	mx_set(r, DOCTOR_MX_UNKNOWN, dns_status_name(ans->status));
	return 1;
}

static void
mx_on_aaaa(void *ctx, const char *name, enum dns_type type,
    const struct dns_answer *ans)
{
	struct mx_job *job = ctx;

	if (!mx_failed(ans, job->r)) {
		if (ans->status == DNS_OK)
			mx_set(job->r, DOCTOR_MX_FALLBACK, ans->rr[0].text);
		else
			mx_set(job->r, DOCTOR_MX_NONE, "no MX, A or AAAA");
	}
	g_free(job);
}

static void
mx_on_a(void *ctx, const char *name, enum dns_type type,
    const struct dns_answer *ans)
{
	struct mx_job *job = ctx;

	if (mx_failed(ans, job->r))
		g_free(job);
	else if (ans->status == DNS_OK) {
		mx_set(job->r, DOCTOR_MX_FALLBACK, ans->rr[0].text);
		g_free(job);
	} else
		dns_submit(job->run->res, name, DNS_T_AAAA, mx_on_aaaa, job);
}

static void
mx_on_mx(void *ctx, const char *name, enum dns_type type,
    const struct dns_answer *ans)
{
	struct mx_job *job = ctx;
	const struct dns_rr *best = NULL;
	size_t i;

	if (mx_failed(ans, job->r)) {
		g_free(job);
		return;
	}
	if (ans->status == DNS_NXDOMAIN) {
		mx_set(job->r, DOCTOR_MX_NXDOMAIN, "the domain does not exist");
		g_free(job);
		return;
	}
	if (ans->status == DNS_NODATA) {
		dns_submit(job->run->res, name, DNS_T_A, mx_on_a, job);
		return;
	}
	for (i = 0; i < ans->nrr; i++)
		if (best == NULL || ans->rr[i].pref < best->pref)
			best = &ans->rr[i];
	if (*best->text == '\0')
		mx_set(job->r, DOCTOR_MX_NULL, "null MX: accepts no mail");
	else
		mx_set(job->r, DOCTOR_MX_OK, best->text);
	g_free(job);
}

int
doctor_mx_check(struct dns_resolver *res, char *const *domains,
    size_t ndomains, struct doctor_mx_result *results, struct err *err)
{
	GHashTable *seen = g_hash_table_new(g_str_hash, g_str_equal);
	struct mx_run run = { res };
	struct mx_job *job;
	gpointer first;
	size_t i;
	int rc;

	for (i = 0; i < ndomains; i++) {
		results[i].domain = g_ascii_strdown(domains[i], -1);
		mx_set(&results[i], DOCTOR_MX_UNKNOWN, "not asked");
		if (g_hash_table_contains(seen, results[i].domain))
			continue;
		g_hash_table_insert(seen, results[i].domain,
		    GSIZE_TO_POINTER(i));
		job = g_new0(struct mx_job, 1);
		job->run = &run;
		job->r = &results[i];
		dns_submit(res, results[i].domain, DNS_T_MX, mx_on_mx, job);
	}
	rc = dns_wait(res, err);
	for (i = 0; i < ndomains; i++) {
		first = g_hash_table_lookup(seen, results[i].domain);
		if (GPOINTER_TO_SIZE(first) != i)
			mx_set(&results[i], results[GPOINTER_TO_SIZE(first)]
			    .state, results[GPOINTER_TO_SIZE(first)].detail);
	}
	g_hash_table_unref(seen);
	return rc;
}

void
doctor_mx_result_release(struct doctor_mx_result *r)
{
	g_free(r->domain);
	g_free(r->detail);
	memset(r, 0, sizeof *r);
}

/* ---- Canaries ---------------------------------------------------------- */

const char *const doctor_default_canaries[] = { "gmail.com", "outlook.com",
	"yahoo.com", NULL };

struct canary_run {
	GString		*why;
	int		 failed;
};

static void
canary_on_mx(void *ctx, const char *name, enum dns_type type,
    const struct dns_answer *ans)
{
	struct canary_run *c = ctx;
	size_t i;

	for (i = 0; ans->status == DNS_OK && i < ans->nrr; i++)
		if (*ans->rr[i].text != '\0')
			return;
	c->failed++;
	g_string_append_printf(c->why, "%s%s MX: %s", c->why->len > 0 ?
	    ", " : "", name, ans->status == DNS_OK ? "null MX" :
	    dns_status_name(ans->status));
}

int
doctor_canaries(struct dns_resolver *res, const char *const *names,
    GString *why, struct err *err)
{
	struct canary_run c = { why, 0 };
	const char *const *n;

	for (n = names; n != NULL && *n != NULL; n++)
		dns_submit(res, *n, DNS_T_MX, canary_on_mx, &c);
	if (dns_wait(res, err) < 0)
		return -1;
	return c.failed == 0 ? 1 : 0;
}
