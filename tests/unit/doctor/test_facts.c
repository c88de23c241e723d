/*
 * test_facts: what the doctor learns from bounces: IPs and blocklist names
 * in diagnostic texts, IPs in the returned messages' Received headers,
 * DKIM selectors, the sender domain.  Pure: no DNS.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>
#include <glib.h>

#include "doctor.h"

static void
collect(void *ctx, const char *value)
{
	GString *s = ctx;

	if (s->len > 0)
		g_string_append_c(s, ' ');
	g_string_append(s, value);
}

struct text_case {
	const char	*text;
	const char	*ips;		/* space-separated, in order */
	const char	*zones;
};

/* Diagnostic texts as servers write them. */
static const struct text_case texts[] = {
	/* Postfix reject_rbl_client */
	{ "554 5.7.1 Service unavailable; Client host [203.0.113.77] blocked "
	    "using zen.spamhaus.org; https://www.spamhaus.org/query/ip/"
	    "203.0.113.77", "203.0.113.77 203.0.113.77", "zen.spamhaus.org" },
	/* a private relay list named after "blocked using" */
	{ "554 5.7.1 <a8-95.smtp-out.amazonses.com[203.0.113.22]>: Client "
	    "host rejected: blocked using mail.neko.example.org; Please see "
	    "http://mail.neko.example.org/rbl/?ip=203.0.113.22 to send.",
	    "203.0.113.22 203.0.113.22", "mail.neko.example.org" },
	{ "550 5.1.1 Your IP 198.51.100.9 is listed at bl.spamcop.net.",
	    "198.51.100.9", "bl.spamcop.net" },
	/* private, loopback and version numbers are not sending IPs */
	{ "550 rejected from [10.1.2.3] and 127.0.0.1 by Exim 4.96.1.2.3 "
	    "v1.2.3.4", "", "" },
	{ "554 Rejected - see https://barracudacentral.org/rbl "
	    "b.barracudacentral.org", "", "b.barracudacentral.org" },
	{ "550 5.7.1 Mail from 192.0.2.5. refused.", "192.0.2.5", "" },
	{ "421 4.7.0 Try again later", "", "" },
};

static void
test_text_table(void **state)
{
	GString *ips = g_string_new(NULL), *zones = g_string_new(NULL);
	size_t i;

	for (i = 0; i < sizeof texts / sizeof texts[0]; i++) {
		g_string_truncate(ips, 0);
		g_string_truncate(zones, 0);
		doctor_text_ips(texts[i].text, collect, ips);
		doctor_text_zones(texts[i].text, collect, zones);
		if (strcmp(ips->str, texts[i].ips) != 0 ||
		    strcmp(zones->str, texts[i].zones) != 0)
			fail_msg("'%s': ips '%s' zones '%s'", texts[i].text,
			    ips->str, zones->str);
	}
	g_string_free(ips, TRUE);
	g_string_free(zones, TRUE);
}

static void
test_public(void **state)
{
	assert_true(doctor_ip4_public("203.0.113.5"));
	assert_true(doctor_ip4_public("8.8.8.8"));
	assert_false(doctor_ip4_public("10.0.0.1"));
	assert_false(doctor_ip4_public("172.20.1.1"));
	assert_false(doctor_ip4_public("192.168.1.1"));
	assert_false(doctor_ip4_public("127.0.0.2"));
	assert_false(doctor_ip4_public("100.64.0.1"));
	assert_false(doctor_ip4_public("169.254.1.1"));
	assert_false(doctor_ip4_public("224.0.0.1"));
	assert_false(doctor_ip4_public("1.2.3"));
}

static const char received[] =
    "Received: from app.example.org (app.example.org [203.0.113.66])\r\n"
    "\tby mail.example.org (Postfix) with ESMTP id A1;\r\n"
    "\tMon, 02 Nov 2026 10:00:01 +0000\r\n"
    "Received: from [10.0.0.5] (home.isp.example [198.51.100.99])\n"
    "\tby app.example.org with ESMTPSA id X9\n"
    "Received: from relay (relay [192.0.2.7]) by x (192.0.2.8) with SMTP\n"
    "X-Received: from fake [192.0.2.9] by y\n"
    "Subject: from [192.0.2.10] by z\n";

static void
test_received(void **state)
{
	GString *ips = g_string_new(NULL);

	doctor_received_ips(received, sizeof received - 1, collect, ips);
	/* the ESMTPSA submission names a client; "by" IPs are not senders */
	assert_string_equal(ips->str, "203.0.113.66 192.0.2.7");
	g_string_free(ips, TRUE);
}

static const char bounce[] =
    "Received: from mx.example.org (mx.example.org [192.0.2.99]) by in\n"
    "DKIM-Signature: v=1; d=bounce.example; s=outer; b=x\n"
    "Subject: Undelivered\n"
    "\n"
    "--B\n"
    "Content-Type: message/rfc822\n"
    "\n"
    "Received: from app.example.org (app [203.0.113.66])\n"
    "\tby mail.example.org with ESMTP\n"
    "DKIM-Signature: v=1; a=rsa-sha256; d=Example.org;\n"
    "\ts=sel2024; h=from:to; bh=x; b=y\n"
    "From: a@example.org\n";

static void
test_scan_message(void **state)
{
	struct doctor_facts f;
	struct doctor_ip *ip;
	struct doctor_selector *s;

	doctor_facts_init(&f);
	doctor_facts_scan_message(&f, bounce, sizeof bounce - 1);
	/* the bounce's own header is how it reached us: not counted */
	assert_int_equal(f.ips->len, 1);
	ip = g_ptr_array_index(f.ips, 0);
	assert_string_equal(ip->ip, "203.0.113.66");
	assert_int_equal(ip->origin, DOCTOR_FROM_RECEIVED);
	assert_int_equal(f.selectors->len, 1);
	s = g_ptr_array_index(f.selectors, 0);
	assert_string_equal(s->domain, "example.org");
	assert_string_equal(s->selector, "sel2024");
	doctor_facts_release(&f);
}

static void
test_bounces(void **state)
{
	struct doctor_facts f;
	struct doctor_ip *ip;

	doctor_facts_init(&f);
	doctor_facts_add_ip(&f, "203.0.113.77", DOCTOR_FROM_CLI);
	assert_int_equal(doctor_facts_add_ip(&f, "nope", DOCTOR_FROM_CLI), -1);
	doctor_facts_add_bounce(&f, "blocked", "blocked", "554 Client host "
	    "[203.0.113.77] blocked using zen.spamhaus.org; see "
	    "https://www.spamhaus.org/query/ip/203.0.113.77", 1000, 1);
	doctor_facts_add_bounce(&f, "invalid", "userunknown", "550 5.1.1 "
	    "[203.0.113.99] no such user", 1000, 2);
	doctor_facts_add_bounce(&f, "content", "spamdetected", "550 spam "
	    "from 198.51.100.1", 0, 1);
	assert_int_equal(f.nbounces, 4);
	/* only sender-side bounces are kept; only blocked ones give IPs */
	assert_int_equal(f.bounces->len, 2);
	assert_int_equal(f.ips->len, 1);
	ip = g_ptr_array_index(f.ips, 0);
	assert_int_equal(ip->origin, DOCTOR_FROM_CLI | DOCTOR_FROM_DIAGNOSTIC);
	assert_int_equal(ip->seen, 1);
	assert_int_equal(f.zones->len, 1);
	assert_string_equal(g_ptr_array_index(f.zones, 0), "zen.spamhaus.org");
	doctor_facts_release(&f);
}

/* Given IPs stay; of the others, the most seen. */
static void
test_keep_ips(void **state)
{
	struct doctor_facts f;
	int i;

	doctor_facts_init(&f);
	doctor_facts_add_ip(&f, "192.0.2.1", DOCTOR_FROM_RECEIVED);
	for (i = 0; i < 3; i++)
		doctor_facts_add_ip(&f, "192.0.2.2", DOCTOR_FROM_RECEIVED);
	for (i = 0; i < 2; i++)
		doctor_facts_add_ip(&f, "192.0.2.3", DOCTOR_FROM_DIAGNOSTIC);
	doctor_facts_add_ip(&f, "192.0.2.4", DOCTOR_FROM_CLI);
	assert_int_equal(doctor_facts_keep_ips(&f, 5), 0);
	assert_int_equal(doctor_facts_keep_ips(&f, 3), 1);
	assert_string_equal(((struct doctor_ip *)g_ptr_array_index(f.ips, 0))
	    ->ip, "192.0.2.4");
	assert_string_equal(((struct doctor_ip *)g_ptr_array_index(f.ips, 1))
	    ->ip, "192.0.2.2");
	assert_string_equal(((struct doctor_ip *)g_ptr_array_index(f.ips, 2))
	    ->ip, "192.0.2.3");
	doctor_facts_release(&f);
}

static void
test_domain_guess(void **state)
{
	struct doctor_facts f;

	doctor_facts_init(&f);
	assert_null(doctor_facts_domain(&f));
	doctor_facts_add_sender(&f, "a@Sales.Example");
	doctor_facts_add_sender(&f, "b@other.example");
	doctor_facts_add_sender(&f, "c@sales.example");
	doctor_facts_add_sender(&f, "no-at-sign");
	doctor_facts_add_sender(&f, NULL);
	assert_string_equal(doctor_facts_domain(&f), "sales.example");
	f.domain = g_strdup("given.example");
	assert_string_equal(doctor_facts_domain(&f), "given.example");
	doctor_facts_release(&f);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_text_table),
		cmocka_unit_test(test_public),
		cmocka_unit_test(test_received),
		cmocka_unit_test(test_scan_message),
		cmocka_unit_test(test_bounces),
		cmocka_unit_test(test_keep_ips),
		cmocka_unit_test(test_domain_guess),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
