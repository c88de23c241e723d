/*
 * test_parse: the pure parsers of the doctor module: SPF records, DMARC
 * records, DKIM key records, table-driven over good and broken records.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>

#include <cmocka.h>
#include <glib.h>

#include "doctor.h"

struct spf_case {
	const char	*record;
	int		 ok;		/* parses without errors */
	size_t		 nterms;
	int		 lookups;
	const char	*error;		/* substring of the first error */
};

static const struct spf_case spf_cases[] = {
	{ "v=spf1 -all", 1, 1, 0, NULL },
	{ "v=spf1", 1, 0, 0, NULL },
	{ "v=spf1 ip4:203.0.113.0/24 ip6:2001:db8::/32 ~all", 1, 3, 0, NULL },
	{ "v=spf1 a mx a:mail.example.org/28 mx//64 -all", 1, 5, 4, NULL },
	{ "v=spf1 include:_spf.example.org exists:%{i}.x.example.org ?all",
	    1, 3, 2, NULL },
	{ "v=spf1 ptr:example.org -all", 1, 2, 1, NULL },
	{ "v=spf1 redirect=_spf.example.org", 1, 0, 1, NULL },
	{ "V=SPF1  IP4:192.0.2.1   -ALL", 1, 2, 0, NULL },
	{ "v=spf1 exp=explain.example.org -all", 1, 1, 0, NULL },
	{ "v=spf1 ip4:203.0.113.300 -all", 0, 1, 0, "bad mechanism" },
	{ "v=spf1 ip4:203.0.113.0/33 -all", 0, 1, 0, "bad mechanism" },
	{ "v=spf1 foo:bar -all", 0, 1, 0, "unknown mechanism" },
	{ "v=spf1 include: -all", 0, 1, 0, "bad mechanism" },
	{ "v=spf1 include:nodot -all", 0, 1, 0, "bad mechanism" },
	{ "v=spf1 a: -all", 0, 1, 0, "bad mechanism" },
	{ "v=spf1 all:x", 0, 0, 0, "bad mechanism" },
	{ "v=spf1 redirect=a.example redirect=b.example", 0, 0, 1,
	    "second redirect" },
	{ "v=spf10 -all", 0, 1, 0, "v=spf1" },
	{ "v=spf1 1bad=x", 0, 0, 0, "bad modifier" },
};

static void
test_spf_table(void **state)
{
	struct doctor_spf spf;
	size_t i;
	int rc;

	for (i = 0; i < sizeof spf_cases / sizeof spf_cases[0]; i++) {
		const struct spf_case *c = &spf_cases[i];

		rc = doctor_spf_parse(c->record, &spf);
		if ((rc == 0) != c->ok || spf.nterms != c->nterms ||
		    spf.lookups != c->lookups)
			fail_msg("'%s': rc %d, %zu terms, %d lookups",
			    c->record, rc, spf.nterms, spf.lookups);
		if (c->error != NULL && (spf.errors[0] == NULL ||
		    strstr(spf.errors[0], c->error) == NULL))
			fail_msg("'%s': error '%s', want '%s'", c->record,
			    spf.errors[0] ? spf.errors[0] : "(none)",
			    c->error);
		doctor_spf_release(&spf);
	}
}

static void
test_spf_terms(void **state)
{
	struct doctor_spf spf;

	assert_int_equal(doctor_spf_parse("v=spf1 ~a:mail.example.org/28 "
	    "-ip4:192.0.2.0/24 mx redirect=r.example.org", &spf), 0);
	assert_int_equal(spf.nterms, 3);
	assert_int_equal(spf.terms[0].qualifier, '~');
	assert_int_equal(spf.terms[0].mech, SPF_A);
	assert_string_equal(spf.terms[0].domain, "mail.example.org");
	assert_int_equal(spf.terms[0].prefix, 28);
	assert_int_equal(spf.terms[0].prefix6, -1);
	assert_int_equal(spf.terms[1].qualifier, '-');
	assert_string_equal(spf.terms[1].net, "192.0.2.0");
	assert_int_equal(spf.terms[1].prefix, 24);
	assert_int_equal(spf.terms[2].qualifier, '+');
	assert_null(spf.terms[2].domain);
	assert_string_equal(spf.redirect, "r.example.org");
	doctor_spf_release(&spf);
	assert_int_equal(doctor_spf_parse("v=spf1 mx/24//64 a//56", &spf), 0);
	assert_int_equal(spf.terms[0].prefix, 24);
	assert_int_equal(spf.terms[0].prefix6, 64);
	assert_int_equal(spf.terms[1].prefix, -1);
	assert_int_equal(spf.terms[1].prefix6, 56);
	doctor_spf_release(&spf);
}

static void
test_spf_is_record(void **state)
{
	assert_true(doctor_spf_is_record("v=spf1 -all"));
	assert_true(doctor_spf_is_record("v=spf1"));
	assert_false(doctor_spf_is_record("v=spf10 -all"));
	assert_false(doctor_spf_is_record("spf2.0/pra -all"));
	assert_false(doctor_spf_is_record("google-site-verification=x"));
}

static void
test_ip4_in(void **state)
{
	assert_true(doctor_ip4_in("203.0.113.5", "203.0.113.0", 28));
	assert_false(doctor_ip4_in("203.0.113.16", "203.0.113.0", 28));
	assert_true(doctor_ip4_in("203.0.113.5", "203.0.113.5", -1));
	assert_false(doctor_ip4_in("203.0.113.6", "203.0.113.5", -1));
	assert_true(doctor_ip4_in("1.2.3.4", "9.9.9.9", 0));
	assert_false(doctor_ip4_in("not-an-ip", "203.0.113.0", 24));
	assert_true(doctor_ip_in("2001:db8:5::5", "2001:db8:5::", 48));
	assert_true(doctor_ip_in("2001:db8:5:ffff::1", "2001:db8:5::", 48));
	assert_false(doctor_ip_in("2001:db8:6::5", "2001:db8:5::", 48));
	assert_true(doctor_ip_in("2001:db8::1", "2001:db8::0:1", -1));
	assert_false(doctor_ip_in("2001:db8::1", "2001:db8::2", -1));
	assert_true(doctor_ip_in("2001:db8::3", "2001:db8::2", 127));
	assert_false(doctor_ip_in("2001:db8::1", "2001:db8::2", 127));
	assert_true(doctor_ip_in("2001:db8::1", "2001:db8::2", 126));
	assert_true(doctor_ip_in("203.0.113.5", "203.0.113.0", 24));
}

struct dmarc_case {
	const char	*record;
	int		 ok;
	const char	*p, *rua;
	int		 pct;
	const char	*error;
};

static const struct dmarc_case dmarc_cases[] = {
	{ "v=DMARC1; p=reject; rua=mailto:d@example.org; pct=50", 1,
	    "reject", "mailto:d@example.org", 50, NULL },
	{ "v=DMARC1;p=none", 1, "none", NULL, 100, NULL },
	{ " v = DMARC1 ; p = quarantine ; ", 1, "quarantine", NULL, 100,
	    NULL },
	{ "v=DMARC1; p=block", 0, "block", NULL, 100, "is not none" },
	{ "v=DMARC1; rua=mailto:d@example.org", 0, NULL,
	    "mailto:d@example.org", 100, "no p=" },
	{ "p=none; v=DMARC1", 0, "none", NULL, 100, "first tag" },
	{ "v=DMARC1; p=none; pct=200", 0, "none", NULL, 100, "pct" },
	{ "v=DMARC1; p=none; rua=d@example.org", 0, "none",
	    "d@example.org", 100, "mailto:" },
	{ "v=DMARC1; p=none; adkim=x", 0, "none", NULL, 100, "adkim" },
	{ "v=DMARC1; p=none; junk", 0, "none", NULL, 100, "malformed" },
};

static void
test_dmarc_table(void **state)
{
	struct doctor_dmarc d;
	size_t i;
	int rc;

	for (i = 0; i < sizeof dmarc_cases / sizeof dmarc_cases[0]; i++) {
		const struct dmarc_case *c = &dmarc_cases[i];

		rc = doctor_dmarc_parse(c->record, &d);
		if ((rc == 0) != c->ok || d.pct != c->pct ||
		    g_strcmp0(d.p, c->p) != 0 || g_strcmp0(d.rua, c->rua))
			fail_msg("'%s': rc %d p %s rua %s pct %d", c->record,
			    rc, d.p, d.rua, d.pct);
		if (c->error != NULL && (d.errors[0] == NULL ||
		    strstr(d.errors[0], c->error) == NULL))
			fail_msg("'%s': error '%s', want '%s'", c->record,
			    d.errors[0] ? d.errors[0] : "(none)", c->error);
		doctor_dmarc_release(&d);
	}
	assert_true(doctor_dmarc_is_record("v=DMARC1; p=none"));
	assert_true(doctor_dmarc_is_record(" v = DMARC1"));
	assert_false(doctor_dmarc_is_record("v=spf1 -all"));
}

/* Public keys as base64 DER (generated with openssl for this test). */
#define KEY512	"MFwwDQYJKoZIhvcNAQEBBQADSwAwSAJBAKnprA6LKYUOdGriHyGXCxKgfIIg" \
	"DIVZIiXbCpT0w448drNUQERtHaAtc88rlE65i2kqTGrPcVjgkBdTVU5i0IkC" \
	"AwEAAQ=="

struct dkim_case {
	const char	*record;
	int		 ok, revoked, bits;
	const char	*error;
};

static const struct dkim_case dkim_cases[] = {
	{ "v=DKIM1; k=rsa; p=" KEY512, 1, 0, 512, NULL },
	{ "k=rsa; p=" KEY512, 1, 0, 512, NULL },
	{ "v=DKIM1; p=MFww DQYJ KoZI", 1, 0, 0, NULL },
	{ "v=DKIM1; k=rsa; p=", 1, 1, 0, NULL },
	{ "v=DKIM1; k=ed25519; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=",
	    1, 0, 256, NULL },
	{ "v=DKIM1; k=rsa", 0, 0, 0, "no p=" },
	{ "v=DKIM1; p=not*base64!", 0, 0, 0, "base64" },
	{ "v=DKIM1; k=dsa; p=" KEY512, 0, 0, 512, "k=dsa" },
	{ "k=rsa; v=DKIM1; p=" KEY512, 0, 0, 512, "v= must come first" },
};

static void
test_dkim_table(void **state)
{
	struct doctor_dkim k;
	size_t i;
	int rc;

	for (i = 0; i < sizeof dkim_cases / sizeof dkim_cases[0]; i++) {
		const struct dkim_case *c = &dkim_cases[i];

		rc = doctor_dkim_parse(c->record, &k);
		if ((rc == 0) != c->ok || k.revoked != c->revoked ||
		    k.key_bits != c->bits)
			fail_msg("'%s': rc %d revoked %d bits %d", c->record,
			    rc, k.revoked, k.key_bits);
		if (c->error != NULL && (k.errors[0] == NULL ||
		    strstr(k.errors[0], c->error) == NULL))
			fail_msg("'%s': error '%s', want '%s'", c->record,
			    k.errors[0] ? k.errors[0] : "(none)", c->error);
		doctor_dkim_release(&k);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_spf_table),
		cmocka_unit_test(test_spf_terms),
		cmocka_unit_test(test_spf_is_record),
		cmocka_unit_test(test_ip4_in),
		cmocka_unit_test(test_dmarc_table),
		cmocka_unit_test(test_dkim_table),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
