/*
 * Unit tests for what the dsn module reads to tell our own mail's notices
 * from others: the headers of sent mail (dsn_sent_read), a report's
 * arrival, the message an auto-reply answers, and the doubts about a
 * report (a person's Return-Path, a forward).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>
#include <glib.h>

#include "dsn.h"

static struct dsn_rules *rules;

static int
setup(void **state)
{
	struct err err;

	(void)state;
	dsn_init();
	rules = dsn_rules_load(NULL, &err);
	return rules == NULL ? -1 : 0;
}

static int
teardown(void **state)
{
	(void)state;
	dsn_rules_free(rules);
	dsn_shutdown();
	return 0;
}

static void
test_sent_headers(void **state)
{
	static const char msg[] =
	    "From: Vertrieb <sales@us.example>\r\n"
	    "To: \"Müller, Hans\" <Hans@Kunde.example>, b@kunde.example\r\n"
	    "Cc: Team: c@kunde.example, d@kunde.example;\r\n"
	    "Bcc: e@kunde.example\r\n"
	    "To: f@kunde.example\r\n"
	    "Date: Mon, 30 Nov 2026 10:00:00 +0100\r\n"
	    "Message-ID: <offer-1@us.example>\r\n"
	    "Subject: Angebot\r\n"
	    "\r\n"
	    "To: not-a-header@body.example\r\n";
	static const char *const want[] = { "Hans@kunde.example",
		"b@kunde.example", "f@kunde.example", "c@kunde.example",
		"d@kunde.example", "e@kunde.example" };
	struct dsn_sent s;
	struct err err;
	size_t i;

	(void)state;
	assert_int_equal(dsn_sent_read(msg, strlen(msg), &s, &err), 0);
	assert_string_equal(s.message_id, "offer-1@us.example");
	assert_int_equal(s.date, 1796029200LL);
	assert_int_equal(s.nrcpt, G_N_ELEMENTS(want));
	for (i = 0; i < s.nrcpt; i++)
		assert_string_equal(s.rcpt[i], want[i]);
	dsn_sent_release(&s);
}

static void
test_sent_refused(void **state)
{
	static const char *const bad[] = {
		"To: a@b.example\n\nno date",
		"Date: Mon, 30 Nov 2026 10:00:00 +0000\n\nno recipient",
		"",
	};
	struct dsn_sent s;
	struct err err;
	size_t i;

	(void)state;
	for (i = 0; i < G_N_ELEMENTS(bad); i++) {
		assert_int_equal(dsn_sent_read(bad[i], strlen(bad[i]), &s,
		    &err), -1);
		assert_non_null(strstr(err.msg, "not sent mail"));
		assert_null(s.rcpt);
	}
}

/* Parses the message m into rep, which must succeed. */
static void
parse_ok(const char *m, struct dsn_report *rep)
{
	struct err err;

	assert_int_equal(dsn_parse(m, strlen(m), rules, 0, rep, &err), 0);
}

/* A delivery report with the given Return-Path field and Subject. */
static char *
report(const char *return_path, const char *subject)
{
	return g_strdup_printf("%s%s%s"
	    "Received: from mx.kunde.example by mail.us.example; "
	    "Tue, 1 Dec 2026 08:00:00 +0000\n"
	    "Received: from forged.example by mx.kunde.example; "
	    "Wed, 1 Jan 2025 08:00:00 +0000\n"
	    "From: MAILER-DAEMON@mx.kunde.example\n"
	    "To: sales@us.example\n"
	    "Date: Tue, 1 Dec 2026 07:59:00 +0000\n"
	    "Subject: %s\n"
	    "MIME-Version: 1.0\n"
	    "Content-Type: multipart/report; report-type=delivery-status; "
	    "boundary=R\n\n--R\nContent-Type: message/delivery-status\n\n"
	    "Reporting-MTA: dns; mx.kunde.example\n\n"
	    "Final-Recipient: rfc822; a@kunde.example\nAction: failed\n"
	    "Status: 5.1.1\n\n--R--\n", return_path ? "Return-Path: " : "",
	    return_path ? return_path : "", return_path ? "\n" : "", subject);
}

static void
test_doubt(void **state)
{
	static const struct {
		const char	*return_path, *subject, *doubt;
	} cases[] = {
		{ "<>", "Undelivered Mail", NULL },
		{ NULL, "Undelivered Mail", NULL },
		{ "<MAILER-DAEMON@mx.kunde.example>", "Returned mail", NULL },
		{ "<postmaster@elsewhere.example>", "Returned mail", NULL },
		{ "<null>", "Returned mail", NULL },
		{ "<bounce+a1b2=us.example@esp.example>", "Failure", NULL },
		{ "<0101017e-c8193da8-0663-4595@amazonses.com>", "Failure",
		    NULL },
		{ "<mallory@attacker.example>", "Undelivered Mail",
		    "a person's address" },
		{ "<>", "Fwd: Undelivered Mail", "forward" },
		{ NULL, "WG: Unzustellbar", "forward" },
		{ NULL, "转发: 退信", "forward" },
	};
	struct dsn_report rep;
	char *m;
	size_t i;

	(void)state;
	for (i = 0; i < G_N_ELEMENTS(cases); i++) {
		m = report(cases[i].return_path, cases[i].subject);
		parse_ok(m, &rep);
		assert_int_equal(rep.kind, DSN_KIND_BOUNCE);
		if (cases[i].doubt == NULL && rep.doubt != NULL)
			fail_msg("case %zu: doubted: %s", i, rep.doubt);
		if (cases[i].doubt != NULL && (rep.doubt == NULL ||
		    strstr(rep.doubt, cases[i].doubt) == NULL))
			fail_msg("case %zu: not doubted", i);
		/* The topmost Received: is the arrival, not the Date. */
		assert_int_equal(dsn_report_arrival(&rep), 1796112000LL);
		dsn_report_release(&rep);
		g_free(m);
	}
}

/* An auto-reply names what it answers; one from another address is doubted. */
static void
test_autoreply(void **state)
{
	static const char fmt[] =
	    "Return-Path: %s\n"
	    "From: Hans <hans@kunde.example>\n"
	    "To: sales@us.example\n"
	    "Date: Tue, 1 Dec 2026 07:59:00 +0000\n"
	    "In-Reply-To: <offer-1@us.example> (Angebot)\n"
	    "Subject: Automatic reply: Angebot\n"
	    "Auto-Submitted: auto-replied\n\n"
	    "I have left the company. Please write to neu@kunde.example.\n";
	static const char *const rp[] = { "<>", "<hans@kunde.example>",
		"<mallory@attacker.example>" };
	struct dsn_report rep;
	char *m;
	size_t i;

	(void)state;
	for (i = 0; i < G_N_ELEMENTS(rp); i++) {
		m = g_strdup_printf(fmt, rp[i]);
		parse_ok(m, &rep);
		assert_int_equal(rep.kind, DSN_KIND_AUTOREPLY);
		assert_string_equal(rep.in_reply_to, "offer-1@us.example");
		if (i < 2)
			assert_null(rep.doubt);
		else
			assert_non_null(rep.doubt);
		dsn_report_release(&rep);
		g_free(m);
	}
}

/*
 * A colleague forwards a notice, attached, to the harvested mailbox: the
 * notice is read as if it had come itself, held as a forward, and the
 * colleague is never among its recipients.  Someone outside forwarding a
 * notice about their own mail is not read.
 */
static void
test_forward(void **state)
{
	static const char fmt[] =
	    "From: %s\n"
	    "To: %s\n"
	    "Subject: FW: %s\n"
	    "MIME-Version: 1.0\n"
	    "Content-Type: multipart/mixed; boundary=F\n\n"
	    "--F\nContent-Type: text/plain\n\nPlease look at this one.\n"
	    "--F\nContent-Type: message/rfc822\n\n%s\n--F--\n";
	static const char qmail[] =
	    "From: MAILER-DAEMON@mx.kunde.example\n"
	    "To: li.wei@us.example\n"
	    "Subject: failure notice\n\n"
	    "Hi. This is the qmail-send program at mx.kunde.example.\n"
	    "I'm afraid I wasn't able to deliver your message to the "
	    "following addresses.\n"
	    "This is a permanent error; I've given up. Sorry it didn't work "
	    "out.\n\n<a@kunde.example>:\n"
	    "550 5.1.1 <a@kunde.example>: user unknown\n";
	static const char away[] =
	    "From: Hans <hans@kunde.example>\n"
	    "To: li.wei@us.example\n"
	    "Subject: Automatic reply: Angebot\n"
	    "Auto-Submitted: auto-replied\n\n"
	    "I am out of the office until Monday.\n";
	static const struct {
		const char	*from, *to, *subject, *inner, *rcpt;
		enum dsn_kind	 kind;
	} cases[] = {
		{ "Li Wei <li.wei@us.example>", "bounces@us.example",
		    "failure notice", qmail, "a@kunde.example",
		    DSN_KIND_BOUNCE },
		{ "Li Wei <li.wei@us.example>", "bounces@us.example",
		    "Automatic reply: Angebot", away, "hans@kunde.example",
		    DSN_KIND_AUTOREPLY },
		{ "Julia <julia@kunde.example>", "sales@us.example",
		    "failure notice", qmail, NULL, DSN_KIND_NONE },
	};
	struct dsn_report rep;
	char *m;
	size_t i;

	(void)state;
	for (i = 0; i < G_N_ELEMENTS(cases); i++) {
		m = g_strdup_printf(fmt, cases[i].from, cases[i].to,
		    cases[i].subject, cases[i].inner);
		parse_ok(m, &rep);
		assert_int_equal(rep.kind, cases[i].kind);
		if (cases[i].rcpt == NULL) {
			assert_int_equal(rep.nrcpt, 0);
		} else {
			assert_int_equal(rep.nrcpt, 1);
			assert_string_equal(rep.rcpt[0].addr, cases[i].rcpt);
			assert_non_null(rep.doubt);
		}
		dsn_report_release(&rep);
		g_free(m);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_sent_headers),
		cmocka_unit_test(test_sent_refused),
		cmocka_unit_test(test_doubt),
		cmocka_unit_test(test_autoreply),
		cmocka_unit_test(test_forward),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
