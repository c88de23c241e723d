/*
 * test_checks: the checks over a DNS table held in memory (struct
 * doctor_dns is the seam), so each rule of SPF evaluation, the PTR and
 * blocklist verdicts and the order of the findings are tested without a
 * server.  The real resolver is tested against unbound in test_dns.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>

#include <cmocka.h>
#include <glib.h>

#include "doctor.h"

struct rrset {
	enum dns_type	 type;
	const char	*name;
	enum dns_status	 status;
	const char	*rrs;		/* '|'-separated; MX as "pref host" */
};

static const struct rrset zone[] = {
	{ DNS_T_TXT, "a.example", DNS_OK,
	    "v=spf1 mx include:inc.example redirect=r.example|other text" },
	{ DNS_T_MX, "a.example", DNS_OK, "10 mx.a.example" },
	{ DNS_T_A, "mx.a.example", DNS_OK, "192.0.2.10" },
	{ DNS_T_TXT, "inc.example", DNS_OK, "v=spf1 ip4:192.0.2.32/27 -all" },
	{ DNS_T_TXT, "r.example", DNS_OK, "v=spf1 a:host.r.example ~all" },
	{ DNS_T_A, "host.r.example", DNS_OK, "192.0.2.77" },
	/* include of a domain without SPF is a permerror */
	{ DNS_T_TXT, "badinc.example", DNS_OK, "v=spf1 include:none.example "
	    "-all" },
	{ DNS_T_TXT, "none.example", DNS_NODATA, "" },
	/* DNS trouble under an include: temperror, so "could not tell" */
	{ DNS_T_TXT, "tmp.example", DNS_OK, "v=spf1 include:broke.example "
	    "-all" },
	{ DNS_T_TXT, "broke.example", DNS_SERVFAIL, "" },
	/* 11 lookups through a chain */
	{ DNS_T_TXT, "deep.example", DNS_OK, "v=spf1 a:1.example a:2.example "
	    "a:3.example a:4.example a:5.example a:6.example a:7.example "
	    "a:8.example a:9.example a:10.example a:11.example ip4:192.0.2.99 "
	    "-all" },
	/* three lookups that find nothing: permerror (RFC 7208 4.6.4) */
	{ DNS_T_TXT, "void.example", DNS_OK, "v=spf1 a:n1.example "
	    "a:n2.example mx:n3.example ip4:192.0.2.99 -all" },
	{ DNS_T_TXT, "twovoid.example", DNS_OK, "v=spf1 a:n1.example "
	    "exists:n2.example ip4:192.0.2.99 -all" },
	{ DNS_T_TXT, "exists.example", DNS_OK, "v=spf1 exists:e.example "
	    "-all" },
	{ DNS_T_A, "e.example", DNS_OK, "127.0.0.2" },
	{ DNS_T_TXT, "existsfail.example", DNS_OK, "v=spf1 "
	    "exists:broke.example -all" },
	{ DNS_T_A, "broke.example", DNS_SERVFAIL, "" },
	{ DNS_T_PTR, "10.2.0.192.in-addr.arpa", DNS_OK, "mx.a.example" },
	{ DNS_T_PTR, "77.2.0.192.in-addr.arpa", DNS_OK, "elsewhere.example" },
	{ DNS_T_A, "10.2.0.192.bl.example", DNS_NXDOMAIN, "" },
	{ DNS_T_A, "77.2.0.192.bl.example", DNS_OK, "127.0.0.2" },
	{ DNS_T_A, "77.2.0.192.zen.spamhaus.org", DNS_OK, "127.0.0.10" },
	{ DNS_T_A, "10.2.0.192.zen.spamhaus.org", DNS_OK, "127.255.255.254" },
	{ DNS_T_TXT, "_dmarc.a.example", DNS_OK, "v=DMARC1; p=quarantine; "
	    "rua=mailto:r@a.example" },
	/* the lists' test entries (RFC 5782 5) */
	{ DNS_T_A, "2.0.0.127.bl.example", DNS_OK, "127.0.0.2" },
	{ DNS_T_A, "2.0.0.127.zen.spamhaus.org", DNS_OK, "127.0.0.2" },
	/* a list that says yes to everything, its test entries included */
	{ DNS_T_A, "2.0.0.127.yes.example", DNS_OK, "127.0.0.2" },
	{ DNS_T_A, "1.0.0.127.yes.example", DNS_OK, "127.0.0.2" },
	{ DNS_T_A, "77.2.0.192.yes.example", DNS_OK, "127.0.0.2" },
};

static long queries;
static int asked_attacker;	/* a query under attacker-bl.example */

static enum dns_status
table_lookup(void *ctx, const char *name, enum dns_type type,
    struct dns_answer *out)
{
	char **rr;
	size_t i, j;

	queries++;
	asked_attacker |= g_str_has_suffix(name, ".attacker-bl.example");
	memset(out, 0, sizeof *out);
	out->status = DNS_NXDOMAIN;
	for (i = 0; i < sizeof zone / sizeof zone[0]; i++) {
		if (zone[i].type != type || strcmp(zone[i].name, name) != 0)
			continue;
		out->status = zone[i].status;
		if (*zone[i].rrs == '\0')
			break;
		rr = g_strsplit(zone[i].rrs, "|", -1);
		out->nrr = g_strv_length(rr);
		out->rr = g_new0(struct dns_rr, out->nrr);
		for (j = 0; j < out->nrr; j++) {
			if (type == DNS_T_MX) {
				out->rr[j].pref = 10;
				out->rr[j].text = g_strdup(strchr(rr[j],
				    ' ') + 1);
			} else
				out->rr[j].text = g_strdup(rr[j]);
		}
		g_strfreev(rr);
		break;
	}
	return out->status;
}

static const struct doctor_dns table_dns = { table_lookup, NULL };
static const char *const bl[] = { "bl.example", "zen.spamhaus.org", NULL };
static const char *const no_lists[] = { NULL };

/* The finding of check about subject, or NULL. */
static const struct doctor_finding *
find(const struct doctor_report *r, const char *check, const char *subject,
    const char *words)
{
	const struct doctor_finding *fd;
	guint i;

	for (i = 0; i < r->findings->len; i++) {
		fd = g_ptr_array_index(r->findings, i);
		if (strcmp(fd->check, check) == 0 &&
		    strcmp(fd->subject, subject) == 0 &&
		    (words == NULL || strstr(fd->summary, words) != NULL))
			return fd;
	}
	return NULL;
}

static void
run(const char *domain, const char *const *ips, const char *const *lists,
    struct doctor_facts *f, struct doctor_report *r)
{
	const struct doctor_options opt = { lists, no_lists };

	doctor_facts_init(f);
	f->domain = g_strdup(domain);
	for (; *ips != NULL; ips++)
		doctor_facts_add_ip(f, *ips, DOCTOR_FROM_CLI);
	doctor_run(f, &opt, &table_dns, r);
}

static void
done(struct doctor_facts *f, struct doctor_report *r)
{
	doctor_report_release(r);
	doctor_facts_release(f);
}

static void
assert_level(const struct doctor_report *r, const char *check,
    const char *subject, const char *words, enum doctor_level want)
{
	const struct doctor_finding *fd = find(r, check, subject, words);

	if (fd == NULL)
		fail_msg("no %s finding for %s (%s)", check, subject,
		    words ? words : "");
	if (fd->level != want)
		fail_msg("%s %s: level %s, want %s: %s", check, subject,
		    doctor_level_name(fd->level), doctor_level_name(want),
		    fd->summary);
}

/* mx, include and redirect each authorise one of the IPs. */
static void
test_spf_paths(void **state)
{
	const char *ips[] = { "192.0.2.10", "192.0.2.40", "192.0.2.77",
		"192.0.2.200", NULL };
	struct doctor_facts f;
	struct doctor_report r;

	run("a.example", ips, no_lists, &f, &r);
	assert_level(&r, "spf", "a.example", "valid (4 of 10", DOCTOR_OK);
	assert_level(&r, "spf", "192.0.2.10", "(mx in a.example)", DOCTOR_OK);
	assert_level(&r, "spf", "192.0.2.40",
	    "(ip4:192.0.2.32/27 in inc.example)", DOCTOR_OK);
	assert_level(&r, "spf", "192.0.2.77", "(a:host.r.example in "
	    "r.example)", DOCTOR_OK);
	/* ~all in the redirect target: softfail, not authorised */
	assert_level(&r, "spf", "192.0.2.200", "result softfail",
	    DOCTOR_FAIL);
	done(&f, &r);
}

static void
test_spf_errors(void **state)
{
	const char *ips[] = { "192.0.2.99", NULL };
	struct doctor_facts f;
	struct doctor_report r;

	run("badinc.example", ips, no_lists, &f, &r);
	assert_level(&r, "spf", "192.0.2.99", "result permerror", DOCTOR_FAIL);
	done(&f, &r);
	run("tmp.example", ips, no_lists, &f, &r);
	assert_level(&r, "spf", "192.0.2.99", "could not be evaluated",
	    DOCTOR_UNKNOWN);
	done(&f, &r);
	/* the 11th lookup fails the record even though ip4 would match */
	run("deep.example", ips, no_lists, &f, &r);
	assert_level(&r, "spf", "deep.example", "11 DNS lookups", DOCTOR_FAIL);
	assert_level(&r, "spf", "192.0.2.99", "result permerror", DOCTOR_FAIL);
	done(&f, &r);
	run("void.example", ips, no_lists, &f, &r);
	assert_level(&r, "spf", "192.0.2.99", "result permerror", DOCTOR_FAIL);
	done(&f, &r);
	run("twovoid.example", ips, no_lists, &f, &r);
	assert_level(&r, "spf", "192.0.2.99", "(ip4:192.0.2.99 in "
	    "twovoid.example)", DOCTOR_OK);
	done(&f, &r);
	/* exists: any address matches, whatever the IP */
	run("exists.example", ips, no_lists, &f, &r);
	assert_level(&r, "spf", "192.0.2.99", "(exists:e.example in "
	    "exists.example)", DOCTOR_OK);
	done(&f, &r);
	run("existsfail.example", ips, no_lists, &f, &r);
	assert_level(&r, "spf", "192.0.2.99", "could not be evaluated",
	    DOCTOR_UNKNOWN);
	done(&f, &r);
	run("nowhere.example", ips, no_lists, &f, &r);
	assert_level(&r, "spf", "nowhere.example", "does not exist",
	    DOCTOR_FAIL);
	assert_level(&r, "dmarc", "_dmarc.nowhere.example", "no DMARC",
	    DOCTOR_FAIL);
	done(&f, &r);
}

static void
test_ptr_and_lists(void **state)
{
	const char *ips[] = { "192.0.2.10", "192.0.2.77", "192.0.2.5", NULL };
	struct doctor_facts f;
	struct doctor_report r;
	const struct doctor_finding *first;

	run("a.example", ips, bl, &f, &r);
	assert_level(&r, "ptr", "192.0.2.10", "forward-confirmed", DOCTOR_OK);
	assert_level(&r, "ptr", "192.0.2.77", "does not resolve back",
	    DOCTOR_FAIL);
	assert_level(&r, "ptr", "192.0.2.5", "no PTR", DOCTOR_FAIL);
	assert_level(&r, "dnsbl", "192.0.2.77", "listed on bl.example",
	    DOCTOR_FAIL);
	assert_level(&r, "dnsbl", "192.0.2.77", "PBL (ISP)", DOCTOR_FAIL);
	/* the public-resolver answer is not a listing */
	assert_level(&r, "dnsbl", "192.0.2.10", "could not tell",
	    DOCTOR_UNKNOWN);
	assert_level(&r, "dmarc", "_dmarc.a.example", "policy quarantine",
	    DOCTOR_OK);
	/* blocklist problems come first */
	first = g_ptr_array_index(r.findings, 0);
	assert_string_equal(first->check, "dnsbl");
	assert_int_equal(first->level, DOCTOR_FAIL);
	done(&f, &r);
}

/* A listing named by bounces is tied to them and sorted before others. */
static void
test_tie_to_bounces(void **state)
{
	const char *ips[] = { "192.0.2.77", NULL };
	const struct doctor_finding *fd;
	struct doctor_facts f;
	struct doctor_report r;
	const struct doctor_options opt = { bl, no_lists };

	doctor_facts_init(&f);
	f.domain = g_strdup("a.example");
	doctor_facts_add_ip(&f, ips[0], DOCTOR_FROM_CLI);
	doctor_facts_add_bounce(&f, "blocked", "blocked", "554 Client host "
	    "[192.0.2.77] blocked using zen.spamhaus.org", 1793613600, 30);
	doctor_facts_add_bounce(&f, "blocked", "blocked", "554 Client host "
	    "[192.0.2.77] blocked using zen.spamhaus.org", 1794132000, 7);
	doctor_facts_add_bounce(&f, "blocked", "blocked", "554 Client host "
	    "[198.51.100.1] blocked using bl.example", 1794132000, 5);
	doctor_run(&f, &opt, &table_dns, &r);
	fd = g_ptr_array_index(r.findings, 0);
	assert_string_equal(fd->subject, "192.0.2.77");
	assert_non_null(strstr(fd->summary, "zen.spamhaus.org"));
	assert_int_equal(fd->bounces, 37);
	assert_string_equal(fd->evidence, "37 bounces in 7 days (2026-11-02 "
	    "to 2026-11-08) name zen.spamhaus.org");
	/* bounces about another IP do not explain this listing */
	fd = find(&r, "dnsbl", "192.0.2.77", "bl.example");
	assert_non_null(fd);
	assert_int_equal(fd->bounces, 0);
	done(&f, &r);
}

/*
 * A list that fails its test entries is not believed (no "listed", no
 * "clean"); a zone only a bounce named is reported and never asked.
 */
static void
test_list_trust(void **state)
{
	static const char *const lists[] = { "yes.example", NULL };
	const struct doctor_options opt = { lists, no_lists };
	const struct doctor_finding *fd;
	struct doctor_facts f;
	struct doctor_report r;

	doctor_facts_init(&f);
	doctor_facts_add_ip(&f, "192.0.2.77", DOCTOR_FROM_CLI);
	doctor_facts_add_bounce(&f, "blocked", "blocked", "554 Client host "
	    "[192.0.2.77] blocked using attacker-bl.example", 1794132000, 3);
	asked_attacker = 0;
	doctor_run(&f, &opt, &table_dns, &r);
	assert_false(asked_attacker);
	fd = find(&r, "dnsbl", "attacker-bl.example", "was not asked");
	assert_non_null(fd);
	assert_int_equal(fd->level, DOCTOR_INFO);
	assert_int_equal(fd->bounces, 3);
	fd = find(&r, "dnsbl", "192.0.2.77", "yes.example");
	assert_non_null(fd);
	assert_int_equal(fd->level, DOCTOR_UNKNOWN);
	assert_non_null(strstr(fd->summary, "did not pass its test"));
	assert_null(find(&r, "dnsbl", "192.0.2.77", "listed on"));
	done(&f, &r);
}

static void
test_meaning(void **state)
{
	assert_non_null(strstr(doctor_dnsbl_meaning("zen.spamhaus.org",
	    "127.0.0.4"), "XBL"));
	assert_non_null(strstr(doctor_dnsbl_meaning("dbl.spamhaus.org",
	    "127.0.1.2"), "spam domain"));
	assert_non_null(strstr(doctor_dnsbl_meaning("multi.uribl.com",
	    "127.0.0.4"), "URIBL"));
	assert_null(doctor_dnsbl_meaning("bl.example", "127.0.0.2"));
	assert_null(doctor_dnsbl_meaning("notspamhaus.org", "127.0.0.2"));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_spf_paths),
		cmocka_unit_test(test_spf_errors),
		cmocka_unit_test(test_ptr_and_lists),
		cmocka_unit_test(test_tie_to_bounces),
		cmocka_unit_test(test_list_trust),
		cmocka_unit_test(test_meaning),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
