/*
 * test_dsn: the bounce reader over real messages, one per rule family
 * (tests/fixtures/dsn; the Sisimai samples keep their licence beside
 * them), plus hand-made ones for what the samples lack.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <glib.h>

#include "dsn.h"

struct expect {
	const char	*file;
	const char	*rcpt;		/* NULL: nothing reported */
	const char	*category;
	const char	*reason;
	const char	*status;	/* NULL: not checked */
	const char	*replacement;
};

static const struct expect cases[] = {
	{ "userunknown.eml", "userunknown@bouncehammer.jp", "invalid",
	    "userunknown", "5.1.1", NULL },
	{ "crlf-userunknown.eml", "userunknown@bouncehammer.jp", "invalid",
	    "userunknown", "5.1.1", NULL },
	{ "cr-userunknown.eml", "userunknown@bouncehammer.jp", "invalid",
	    "userunknown", "5.1.1", NULL },
	{ "hostunknown.eml", "kijitora@neko.nyaan.example.edu", "invalid",
	    "hostunknown", "5.4.4", NULL },
	{ "hasmoved.eml", "kijitora@example.net", "invalid", "hasmoved",
	    "5.1.6", NULL },
	{ "suspend.eml", "kijitora@example.com", "invalid", "suspend", NULL,
	    NULL },
	{ "notaccept.eml", "neko@libsisimai.org", "invalid", "notaccept",
	    NULL, NULL },
	{ "mailboxfull.eml", "chatoraneko@example.jp", "full", "mailboxfull",
	    "5.2.2", NULL },
	{ "mesgtoobig.eml", "exceedlimit@neko.example.jp", "content",
	    "mesgtoobig", "5.3.4", NULL },
	{ "contenterror.eml", "kijitora@example.org", "content",
	    "contenterror", "5.6.9", NULL },
	{ "spamdetected.eml", "kijitora@example.com", "content",
	    "spamdetected", NULL, NULL },
	{ "blocked.eml", "sironeko@neko.example.org", "blocked", "blocked",
	    NULL, NULL },
	{ "blocklist.eml", "kijitora@example.com", "blocked", "blocked", NULL,
	    NULL },
	{ "spamhaus.eml", "buyer@importer.example.net", "blocked", "blocked",
	    "5.7.1", NULL },
	{ "authfailure.eml", "kijitora@example.co.jp", "blocked",
	    "authfailure", NULL, NULL },
	{ "gmail-dmarc.eml", "someone@gmail.example.com", "blocked",
	    "authfailure", "5.7.26", NULL },
	{ "requireptr.eml", "kijitora@example.net", "blocked", "requireptr",
	    NULL, NULL },
	{ "norelaying.eml", "kijitora@example.com", "blocked", "norelaying",
	    NULL, NULL },
	{ "rejected.eml", "kijitora@example.com", "blocked", "rejected", NULL,
	    NULL },
	/*
	 * "550 5.2.1 <filtered@...>... User Unknown" after DATA reads as a
	 * dead address, but it names another mailbox than the recipient:
	 * a failure kept, not one that kills.
	 */
	{ "filtered.eml", "sabineko@example.jp", "unknown", "undefined",
	    NULL, NULL },
	{ "expired.eml", "nyaan@neko.example.jp", "retry-later", "expired",
	    NULL, NULL },
	{ "systemfull.eml", "kijitora@example.co.jp", "retry-later",
	    "systemfull", NULL, NULL },
	{ "toomanyconn.eml", "nekochan@qq.example.cn", "retry-later",
	    "toomanyconn", NULL, NULL },
	{ "speeding.eml", "kijitora@example.com", "retry-later", "speeding",
	    NULL, NULL },
	{ "delayed.eml", "ana@distribuidor.example.es", "retry-later",
	    "greylisted", "4.2.0", NULL },
	{ "delivered.eml", "li.na@partner.example.cn", "delivered",
	    "delivered", NULL, NULL },
	{ "feedback.eml", "this-local-part-does-not-exist-on-yahoo@yahoo.com",
	    "complaint", "feedback", NULL, NULL },
	{ "qmail-text.eml", "kijitora@example.ne.jp", "invalid",
	    "userunknown", NULL, NULL },
	{ "exim-text.eml", "kijitora@example.ed.jp", "blocked", NULL, NULL,
	    NULL },
	{ "zh-netease.eml", "wangwei@126.example.cn", "invalid",
	    "userunknown", NULL, NULL },
	{ "o365-html.eml", "j.smith@contoso.example.com", "invalid", NULL,
	    "5.1.10", NULL },
	{ "autoreply.eml", "kijitora@example.net", "autoreply", "vacation",
	    NULL, NULL },
	{ "autoreply-de.eml", "k.becker@handel.example.de", "autoreply",
	    "vacation", NULL, NULL },
	{ "autoreply-zh.eml", "zhangwei@qq.example.com", "autoreply",
	    "vacation", NULL, NULL },
	{ "left-company.eml", "m.rossi@importazioni.example.it", "invalid",
	    "hasmoved", NULL, "acquisti@importazioni.example.it" },
	{ "global-dsn.eml", "\xe7\x94\xa8\xe6\x88\xb7@\xe4\xbe\x8b\xe5"
	    "\xad\x90.\xe4\xb8\xad\xe5\x9b\xbd", "invalid", "userunknown",
	    "5.1.1", NULL },
	{ "zh-big5.eml", "chen@example.com.tw", "full", "mailboxfull",
	    "5.2.2", NULL },
	/* Big5 under a label iconv does not know (x-x-big5), Traditional
	 * words only: 該使用者不存在 */
	{ "zh-x-big5.eml", "lin@example.com.tw", "invalid", "userunknown",
	    NULL, NULL },
	{ "ru-koi8.eml", "ivanov@example.ru", "invalid", "userunknown",
	    "5.1.1", NULL },
	{ "gmail-old.eml", "buyer@importer.example.net", "invalid",
	    "userunknown", "5.1.1", NULL },
	{ "exch2003.eml", "john.smith@corp.example.com", "invalid",
	    "userunknown", "5.1.1", NULL },
	{ "courier.eml", "bob@partner.example.org", "full", "mailboxfull",
	    "5.2.2", NULL },
	{ "exmail-zh.eml", "zhao@factory.example.cn", "full", "mailboxfull",
	    NULL, NULL },
	{ "unsubscribe-apple.eml", "example@icloud.com", "complaint",
	    "feedback", NULL, NULL },
	{ "nullmx-gmail.eml", "neko@libsisimai.org", "invalid", "notaccept",
	    "4.0.0", NULL },
	{ "sendmail-v5-transcript.eml", "kijitora@example.org", "blocked",
	    "rejected", NULL, NULL },
	{ "sendmail-v5-transcript.eml", "mikeneko@example.org", "invalid",
	    "hostunknown", NULL, NULL },
	{ "sendmail-v5-transcript.eml", "hachiware@example.edu", "invalid",
	    "userunknown", NULL, NULL },
	{ "status-vs-text.eml", "userunknown@bouncehammer.jp", "full",
	    "mailboxfull", "5.1.1", NULL },
	/*
	 * A Sendmail transcript of several recipients: each reads its own
	 * lines, not another's full mailbox nor its refused connection.
	 */
	{ "sendmail-mixed-transcript.eml", "einkauf@nxdomain.example",
	    "invalid", "hostunknown", "5.1.2", NULL },
	{ "sendmail-deferred-transcript.eml", "buyer@importer.example",
	    "retry-later", "expired", "4.2.0", NULL },
	/* Sendmail's words for a refused TCP connection: the network. */
	{ "sendmail-deferred-transcript.eml", "lager@closed.example",
	    "retry-later", "networkerror", "4.4.1", NULL },
	/* A session refused before it: not this recipient's reply. */
	{ "sendmail-sessions.eml", "einkauf@importer.example", "invalid",
	    "userunknown", NULL, NULL },
	/* Exim names each failed address, then its reason. */
	{ "exim-two-failed.eml", "einkauf@importer.example", "full",
	    "mailboxfull", NULL, NULL },
	{ "exim-two-failed.eml", "lager@importer.example", "invalid",
	    "userunknown", "5.1.1", NULL },
	{ "recipient-preferences.eml", "kijitora@facebook.com", "blocked",
	    "filtered", "5.1.1", NULL },
	{ "spectrum-aup.eml", "theusername@charter.net", "retry-later",
	    "toomanyconn", NULL, NULL },
	{ "yahoo-tss04.eml", "pseudo-local-part-of-yahoo-inc@yahoo.com",
	    "blocked", "badreputation", "4.7.0", NULL },
	{ "ip-bl.eml", "aoduigoadiugoaiugaodiugao@example.org", "blocked",
	    "blocked", NULL, NULL },
	{ "arf-multi.eml", "anna@isp.example.net", "complaint", "feedback",
	    NULL, NULL },
	{ "arf-multi.eml", "bruno@isp.example.net", "complaint", "feedback",
	    NULL, NULL },
	{ "arf-multi.eml", "carla@isp.example.net", "complaint", "feedback",
	    NULL, NULL },
	{ "googlegroups.eml", "buyers-list@partner.example.com", "blocked",
	    "policyviolation", NULL, NULL },
	{ "workspace-html.eml", "m.ferreira@distribuidora.example.com.br",
	    "invalid", "userunknown", NULL, NULL },
	/* QQ Mail's table in GB2312, the charset named by an alias. */
	{ "qq-gb-2312-alias.eml", "zhang.san@qq.com", "invalid", "userunknown",
	    NULL, NULL },
	/*
	 * Exchange Online's text notice: the reply in its Error Details
	 * section, not the advice above it that names SPF and DKIM.
	 */
	{ "o365-error-details.eml", "bounce@icloud.com", "blocked",
	    "policyviolation", "5.7.1", NULL },
	/* An out-of-office a relay passes on as MAILER-DAEMON. */
	{ "autoreply-relayed.eml", "MAILER-DAEMON@amazonses.com", "autoreply",
	    "vacation", NULL, NULL },
	{ "notbounce.eml", NULL, NULL, NULL, NULL, NULL },
	/*
	 * ARF by Feedback-Type: an authentication-failure report is a
	 * sender alert, a not-spam report names nobody (RFC 6591, 6430).
	 */
	{ "arf-auth-failure.eml", "wang.fang@kehu.example", "blocked",
	    "authfailure", NULL, NULL },
	{ "arf-not-spam.eml", NULL, NULL, NULL, NULL, NULL },
	/* A postmaster's "has been held" notice: neither sent nor refused. */
	{ "held-mimecast.eml", NULL, NULL, NULL, NULL, NULL },
	/*
	 * An out-of-office that says a colleague left: the replier is
	 * alive (left-company.eml above is someone gone).
	 */
	{ "ooo-colleague-left.eml", "l.meier@kunde.example", "autoreply",
	    "vacation", NULL, NULL },
	/* Sendmail's return receipt in words: a success, not a failure. */
	{ "return-receipt-text.eml", "a.berg@kunde.example", "delivered",
	    "delivered", NULL, NULL },
	/* A member's post, passed on by Mailman 3, full of bounce words. */
	{ "list-post-bounce-words.eml", NULL, NULL, NULL, NULL, NULL },
	/* A list's owner notice with the member's report attached. */
	{ "list-owner-bounce.eml", NULL, NULL, NULL, NULL, NULL },
	/* A person forwards a bounce as a question: nobody is read failed. */
	{ "person-forward-question.eml", NULL, NULL, NULL, NULL, NULL },
	/*
	 * Pigeonhole's rejection is a disposition notification with the
	 * mode automatic-action: a bounce.  The same notice with the mode
	 * manual-action is a person deleting the message unread: nothing.
	 */
	{ "mdn-rejected.eml", "hans@kunde.example", "full", "mailboxfull",
	    NULL, NULL },
	{ "mdn-deleted-unread.eml", NULL, NULL, NULL, NULL, NULL },
	/*
	 * The rejection from the person's own address, told by its
	 * delivery agent (Reporting-UA) alone: still a bounce.  A mail
	 * program's receipts of the null sender RFC 8098 asks for are none:
	 * Thunderbird's "failed" (no receipt could be made) and Outlook's
	 * "Not read:" (deleted unread), both automatic-action.
	 */
	{ "mdn-rejected-agent.eml", "hans@kunde.example", "full",
	    "mailboxfull", NULL, NULL },
	{ "mdn-receipt-failed.eml", NULL, NULL, NULL, NULL, NULL },
	{ "mdn-not-read.eml", NULL, NULL, NULL, NULL, NULL },
	/*
	 * A Vietnamese out-of-office without any auto-reply header, known
	 * by its subject ("Vắng mặt": away), whose colleague has left; and
	 * Exchange's text bounce of an Arabic auto-reply, titled with it
	 * ("Undeliverable: رد تلقائي: ..."): still a bounce.
	 */
	{ "ooo-vi-no-header.eml", "hoa.pham@khachhang.example", "autoreply",
	    "vacation", NULL, NULL },
	{ "ndr-of-autoreply-ar.eml", "k.haddad@amil.example", "invalid",
	    "userunknown", "5.1.1", NULL },
	/* An empty HTML part without a charset (found by fuzz_dsn). */
	{ "fuzz-html-empty.eml", NULL, NULL, NULL, NULL, NULL },
};

static struct dsn_rules *rules;

static int
setup(void **state)
{
	struct err err;

	dsn_init();
	rules = dsn_rules_load(NULL, &err);
	return rules == NULL ? -1 : 0;
}

static int
teardown(void **state)
{
	dsn_rules_free(rules);
	dsn_shutdown();
	return 0;
}

static void
read_fixture(const char *name, char **data, gsize *len)
{
	char *path = g_build_filename(getenv("BH_FIXTURES"), "dsn", name,
	    NULL);

	if (!g_file_get_contents(path, data, len, NULL))
		fail_msg("cannot read fixture '%s'", path);
	g_free(path);
}

/* How many entries of cases[] name file. */
static size_t
cases_of(const char *file)
{
	size_t i, n = 0;

	for (i = 0; i < G_N_ELEMENTS(cases); i++)
		n += strcmp(cases[i].file, file) == 0;
	return n;
}

static void
check_case(const struct expect *e)
{
	struct dsn_report rep;
	struct err err;
	const struct dsn_recipient *r;
	char *data;
	gsize len;
	size_t i;

	read_fixture(e->file, &data, &len);
	assert_int_equal(dsn_parse(data, len, rules, 0, &rep, &err), 0);
	if (e->rcpt == NULL) {
		assert_int_equal(rep.nrcpt, 0);
		assert_int_equal(rep.kind, DSN_KIND_NONE);
	} else {
		/* A file of several recipients has an entry for each. */
		if (rep.nrcpt != cases_of(e->file))
			fail_msg("%s: %zu recipients", e->file, rep.nrcpt);
		for (i = 0; i < rep.nrcpt; i++)
			if (strcmp(rep.rcpt[i].addr, e->rcpt) == 0)
				break;
		if (i == rep.nrcpt)
			fail_msg("%s: %s not reported", e->file, e->rcpt);
		r = &rep.rcpt[i];
		assert_string_equal(dsn_category_name(r->category),
		    e->category);
		if (e->reason != NULL)
			assert_string_equal(r->reason, e->reason);
		if (e->status != NULL)
			assert_string_equal(r->status, e->status);
		if (e->replacement != NULL)
			assert_string_equal(r->replacement, e->replacement);
		else
			assert_null(r->replacement);
	}
	dsn_report_release(&rep);
	g_free(data);
}

static void
test_fixtures(void **state)
{
	size_t i;

	for (i = 0; i < G_N_ELEMENTS(cases); i++) {
		print_message("  %s\n", cases[i].file);
		check_case(&cases[i]);
	}
}

/* The returned message's headers and the report's date come through. */
static void
test_original_fields(void **state)
{
	struct dsn_report rep;
	struct err err;
	char *data;
	gsize len;

	read_fixture("spamhaus.eml", &data, &len);
	assert_int_equal(dsn_parse(data, len, rules, 1, &rep, &err), 0);
	assert_string_equal(rep.original_message_id,
	    "cat2027.1@exporter.example.com");
	assert_string_equal(rep.original_subject, "New catalogue 2027");
	assert_string_equal(rep.reporting_mta, "mail.exporter.example.com");
	assert_string_equal(rep.date, "2026-11-11T02:04:05Z");
	assert_string_equal(rep.rcpt[0].remote_mta,
	    "mx1.importer.example.net");
	assert_string_equal(rep.rcpt[0].code, "554");
	/* Folded Diagnostic-Code is unfolded into one line. */
	assert_non_null(strstr(rep.rcpt[0].diagnostic,
	    "Client host [203.0.113.5] blocked using zen.spamhaus.org;"));
	assert_true(rep.nexplain > 0);
	dsn_report_release(&rep);
	g_free(data);
}

/*
 * In a notice of several recipients, each one's diagnostic is its own
 * lines: it names no other recipient of the notice.
 */
static void
test_own_lines(void **state)
{
	static const char *const files[] = {
		"exim-two-failed.eml", "sendmail-deferred-transcript.eml",
		"sendmail-v5-transcript.eml",
	};
	struct dsn_report rep;
	struct err err;
	char *data;
	gsize len;
	size_t f, i, j;

	for (f = 0; f < G_N_ELEMENTS(files); f++) {
		read_fixture(files[f], &data, &len);
		assert_int_equal(dsn_parse(data, len, rules, 0, &rep, &err),
		    0);
		assert_true(rep.nrcpt > 1);
		for (i = 0; i < rep.nrcpt; i++)
			for (j = 0; j < rep.nrcpt; j++)
				if (i != j && strstr(rep.rcpt[i].diagnostic,
				    rep.rcpt[j].addr) != NULL)
					fail_msg("%s: the diagnostic of %s "
					    "names %s", files[f],
					    rep.rcpt[i].addr, rep.rcpt[j].addr);
		dsn_report_release(&rep);
		g_free(data);
	}
}

/*
 * A Sendmail recipient line takes the session it ends, from its "While
 * talking to" line, not the session of another host before it (the
 * other's 421 refusal).
 */
static void
test_own_session(void **state)
{
	struct dsn_report rep;
	struct err err;
	char *data;
	gsize len;

	read_fixture("sendmail-sessions.eml", &data, &len);
	assert_int_equal(dsn_parse(data, len, rules, 0, &rep, &err), 0);
	assert_int_equal(rep.nrcpt, 1);
	/* Shown as its session's refusal (dsn_tidy.c), not the other's. */
	assert_string_equal(rep.rcpt[0].diagnostic, "550 Requested action "
	    "not taken: mailbox unavailable, no such user here");
	assert_null(strstr(rep.rcpt[0].diagnostic, "mx.partner.example"));
	assert_string_equal(rep.rcpt[0].code, "550");
	dsn_report_release(&rep);
	g_free(data);
}

/*
 * One address named on eight lines in a row, each line's paragraph the
 * same long text below: more paragraph text than the reader keeps of a
 * message.  The one whose paragraph reaches the reply (the last) is still
 * read, and its diagnostic is that paragraph.
 */
static void
test_paragraphs_overlap(void **state)
{
	GString *m = g_string_new("From: Mail Delivery System "
	    "<MAILER-DAEMON@relay.example.org>\n"
	    "To: sender@example.com\n"
	    "Subject: Undelivered Mail Returned to Sender\n"
	    "Content-Type: text/plain\n\n");
	struct dsn_report rep;
	struct err err;
	int i;

	for (i = 0; i < 8; i++)
		g_string_append_printf(m, "<buyer@importer.example.net>: no "
		    "answer from its server, attempt %c\n", 'a' + i);
	for (i = 0; i < 22; i++)
		g_string_append(m, "The server kept the connection open and "
		    "said nothing more about it.... xxxxxxxx\n");
	g_string_append(m, "550 5.1.1 The mailbox does not exist here\n");
	assert_int_equal(dsn_parse(m->str, m->len, rules, 0, &rep, &err), 0);
	assert_int_equal(rep.nrcpt, 1);
	assert_string_equal(rep.rcpt[0].addr, "buyer@importer.example.net");
	assert_string_equal(dsn_category_name(rep.rcpt[0].category),
	    "invalid");
	assert_string_equal(rep.rcpt[0].code, "550");
	/* Shown without the address the paragraph opens with. */
	assert_true(g_str_has_prefix(rep.rcpt[0].diagnostic,
	    "no answer from its server, attempt h "));
	assert_true(g_str_has_suffix(rep.rcpt[0].diagnostic,
	    "550 5.1.1 The mailbox does not exist here"));
	dsn_report_release(&rep);
	g_string_free(m, TRUE);
}

/* What is not mail is refused with a reason; a headers-only stub is read. */
static void
test_bad_input(void **state)
{
	static const struct {
		const char	*data;
		size_t		 len;
		const char	*why;	/* NULL: read, nothing to report */
	} inputs[] = {
		{ "", 0, "empty message" },
		{ "\n\n\n", 3, "no mail header" },
		{ "\x00\x01\x02\xff\xfe", 5, "no mail header" },
		{ "From: a@b.example\nX-A: 1\x00\n\nbody\n", 31, "NUL byte" },
		{ "From: x\n", 8, NULL },
		{ "Content-Type: multipart/report; boundary=x\n\n--x\n", 47,
		    NULL },
	};
	struct dsn_report rep;
	struct err err;
	GString *big;
	size_t i;

	for (i = 0; i < G_N_ELEMENTS(inputs); i++) {
		int rc = dsn_parse(inputs[i].data, inputs[i].len, rules, 0,
		    &rep, &err);

		if (inputs[i].why == NULL) {
			assert_int_equal(rc, 0);
			assert_int_equal(rep.nrcpt, 0);
			dsn_report_release(&rep);
		} else {
			assert_int_equal(rc, -1);
			assert_non_null(strstr(err.msg, inputs[i].why));
		}
	}
	big = g_string_new("From: a@b.example\nSubject: ");
	for (i = 0; i < 1024 * 1024; i++)
		g_string_append_c(big, 'x');
	g_string_append(big, "\n\nbody\n");
	assert_int_equal(dsn_parse(big->str, big->len, rules, 0, &rep, &err),
	    -1);
	assert_non_null(strstr(err.msg, "longer than 64 KiB"));
	g_string_free(big, TRUE);
	/* The same megabyte folded over short lines. */
	big = g_string_new("From: a@b.example\nSubject: x\n");
	for (i = 0; i < 16384; i++)
		g_string_append_printf(big, " %064d\n", 0);
	g_string_append(big, "\nbody\n");
	assert_int_equal(dsn_parse(big->str, big->len, rules, 0, &rep, &err),
	    -1);
	assert_non_null(strstr(err.msg, "larger than 256 KiB"));
	g_string_free(big, TRUE);
}

/*
 * One Postfix text with three recipients: each gets its own paragraph.
 * The third's "Host not found, try again" is the resolver's temporary
 * answer (Postfix dns_strerror(), h_errno TRY_AGAIN), not a dead domain.
 */
static void
test_several(void **state)
{
	static const char *const want[][3] = {
		{ "a@one.example.com", "invalid", "5.1.1" },
		{ "b@two.example.com", "full", "5.2.2" },
		{ "c@three.example.com", "retry-later", NULL },
	};
	struct dsn_report rep;
	struct err err;
	char *data;
	gsize len;
	size_t i;

	read_fixture("postfix-multi.eml", &data, &len);
	assert_int_equal(dsn_parse(data, len, rules, 0, &rep, &err), 0);
	assert_int_equal(rep.nrcpt, 3);
	for (i = 0; i < 3; i++) {
		assert_string_equal(rep.rcpt[i].addr, want[i][0]);
		assert_string_equal(dsn_category_name(rep.rcpt[i].category),
		    want[i][1]);
		if (want[i][2] != NULL)
			assert_string_equal(rep.rcpt[i].status, want[i][2]);
		/* No paragraph runs into the next recipient's. */
		if (i < 2)
			assert_null(strstr(rep.rcpt[i].diagnostic,
			    want[i + 1][0]));
	}
	dsn_report_release(&rep);
	g_free(data);
}

/*
 * What the whole notice says may be another recipient's failure: it never
 * makes one whose own paragraph says nothing invalid.
 */
static void
test_whole_notice(void **state)
{
	static const char msg[] =
	    "From: MAILER-DAEMON@mx.example.net\n"
	    "To: s@example.org\n"
	    "Subject: Undelivered Mail Returned to Sender\n"
	    "Return-Path: <>\n\n"
	    "Your message could not be delivered to one or more recipients."
	    "\n\n<a@one.example.com>: delivery failed\n\n"
	    "<b@two.example.com>: host mx.two.example.com said: 550 user "
	    "unknown\n";
	struct dsn_report rep;
	struct err err;

	assert_int_equal(dsn_parse(msg, sizeof(msg) - 1, rules, 0, &rep,
	    &err), 0);
	assert_int_equal(rep.nrcpt, 2);
	assert_string_equal(rep.rcpt[0].addr, "a@one.example.com");
	assert_int_equal(rep.rcpt[0].category, DSN_CAT_UNKNOWN);
	assert_non_null(strstr(rep.rcpt[0].rule, "the notice names 2"));
	assert_int_equal(rep.rcpt[1].category, DSN_CAT_INVALID);
	dsn_report_release(&rep);
}

/*
 * A notice that names no recipient in its own text, the message it
 * returns attached: head (the notice's From, Return-Path and Subject),
 * text (its words), orig (the returned message's header fields).
 */
static GString *
returned_notice(const char *head, const char *text, const char *orig)
{
	GString *m = g_string_new(head);

	g_string_append(m, "To: s@example.org\n"
	    "MIME-Version: 1.0\n"
	    "Content-Type: multipart/mixed; boundary=\"b\"\n\n"
	    "--b\nContent-Type: text/plain\n\n");
	g_string_append(m, text);
	g_string_append(m, "\n--b\nContent-Type: message/rfc822\n\n"
	    "From: s@example.org\n");
	g_string_append(m, orig);
	g_string_append(m, "Subject: hello\n\nhi\n--b--\n");
	return m;
}

#define NOTICE_HEAD	"From: MAILER-DAEMON@mx.example.net\n" \
	"Return-Path: <>\nSubject: failure notice\n"
#define NOTICE_TEXT	"I'm afraid I wasn't able to deliver the " \
	"following message.\nThis is a permanent error; I've given up.\n"

/* The recipients read of a returned_notice(); explain when want_why. */
static void
returned_expect(const char *head, const char *text, const char *orig,
    const char *want, int want_why)
{
	GString *m = returned_notice(head, text, orig);
	struct dsn_report rep;
	struct err err;
	size_t i;
	int why = 0;

	assert_int_equal(dsn_parse(m->str, m->len, rules, 1, &rep, &err), 0);
	if (want == NULL) {
		assert_int_equal(rep.nrcpt, 0);
	} else {
		assert_int_equal(rep.nrcpt, 1);
		assert_string_equal(rep.rcpt[0].addr, want);
	}
	for (i = 0; i < rep.nexplain; i++)
		why |= strstr(rep.explain[i], "returned message's To:") != NULL;
	assert_int_equal(why, want_why);
	dsn_report_release(&rep);
	g_string_free(m, TRUE);
}

/*
 * A bounce notice that names no recipient: the one address of the
 * returned message's To: is taken, and only that way.
 */
static void
test_returned_to(void **state)
{
	(void)state;
	returned_expect(NOTICE_HEAD, NOTICE_TEXT, "To: u@dest.example\n",
	    "u@dest.example", 1);
	returned_expect(NOTICE_HEAD, NOTICE_TEXT,
	    "To: Some One <u@dest.example>\n", "u@dest.example", 1);
	/* Several addressees: which one failed is not said. */
	returned_expect(NOTICE_HEAD, NOTICE_TEXT,
	    "To: u@dest.example, v@dest.example\n", NULL, 0);
	returned_expect(NOTICE_HEAD, NOTICE_TEXT,
	    "To: u@dest.example\nCc: w@dest.example\n", NULL, 0);
	/* A sender's copy to itself names no other addressee. */
	returned_expect(NOTICE_HEAD, NOTICE_TEXT,
	    "To: u@dest.example\nCc: s@example.org\n", "u@dest.example", 1);
	/* A list's post: its To: names the list. */
	returned_expect(NOTICE_HEAD, NOTICE_TEXT,
	    "To: u@dest.example\nList-Id: <l.example.org>\n", NULL, 0);
	/* The notice's own addressee is not the one who failed. */
	returned_expect(NOTICE_HEAD, NOTICE_TEXT, "To: s@example.org\n",
	    NULL, 0);
	/* The notice names its recipient: the To: is not read. */
	returned_expect(NOTICE_HEAD, NOTICE_TEXT "\n<x@other.example>: 550 "
	    "5.1.1 user unknown\n", "To: u@dest.example\n",
	    "x@other.example", 0);
	/* No bounce notice: a person's mail that attaches a message. */
	returned_expect("From: Pat <pat@example.net>\nSubject: have a look\n",
	    "See the message below.\n", "To: u@dest.example\n", NULL, 0);
}

/*
 * The same from a notice in text/html without markup (Yahoo's), whose
 * returned Subject: and To: stand on lines of their own in its text.
 */
static void
test_returned_to_inline(void **state)
{
	static const char head[] =
	    "From: MAILER-DAEMON@mx.example.net\n"
	    "To: s@example.org\n"
	    "MIME-Version: 1.0\n"
	    "Content-Type: text/html; charset=utf-8\n\n" NOTICE_TEXT "\n"
	    "Subject: hello\n";
	static const char *const tails[] = {
		"To: u@dest.example\n",
		/* Outlook ends a list with a separator. */
		"To: u@dest.example;\n",
		"To: u@dest.example; \n",
		"To: u@dest.example\nCc: w@dest.example\n",
		"To: u@dest.example, v@dest.example\n",
	};
	struct dsn_report rep;
	struct err err;
	char *m;
	size_t i;

	(void)state;
	for (i = 0; i < G_N_ELEMENTS(tails); i++) {
		m = g_strconcat(head, tails[i],
		    "\n---Below this line is a copy of the message.\n", NULL);
		assert_int_equal(dsn_parse(m, strlen(m), rules, 0, &rep, &err),
		    0);
		assert_int_equal(rep.nrcpt, i < 3 ? 1 : 0);
		if (i < 3)
			assert_string_equal(rep.rcpt[0].addr,
			    "u@dest.example");
		dsn_report_release(&rep);
		g_free(m);
	}
}

/* Parses msg into rep and checks its recipients: address, category. */
static void
parse_as(const char *msg, size_t len, const char *const want[][2], size_t n,
    struct dsn_report *rep)
{
	struct err err;
	size_t i;

	assert_int_equal(dsn_parse(msg, len, rules, 0, rep, &err), 0);
	assert_int_equal(rep->nrcpt, n);
	for (i = 0; i < n; i++) {
		assert_string_equal(rep->rcpt[i].addr, want[i][0]);
		assert_string_equal(dsn_category_name(rep->rcpt[i].category),
		    want[i][1]);
	}
}

/* parse_as() for a message of which nothing else is checked. */
static void
parse_expect(const char *msg, size_t len, const char *const want[][2],
    size_t n)
{
	struct dsn_report rep;

	parse_as(msg, len, want, n, &rep);
	dsn_report_release(&rep);
}

/*
 * A recipient's own reply that a rule reads as unknown for a reason it
 * names (a refused RFC 3461 parameter) stands: the rest of the notice,
 * here a returned message that speaks of an unknown user, is not read
 * in its place.
 */
static void
test_whole_notice_named_unknown(void **state)
{
	static const char msg[] =
	    "From: MAILER-DAEMON@mx.example.net\n"
	    "To: s@example.org\n"
	    "Subject: Delivery status notification: error\n"
	    "Return-Path: <>\n\n"
	    "An error has occurred while attempting to deliver a message for"
	    "\nthe following list of recipients:\n\n"
	    "a@one.example.com: 501 5.5.4 Error: Bad NOTIFY parameter "
	    "syntax\n\nWhat you wrote:\n\n"
	    "Subject: why was the user unknown?\n\nthe user is unknown\n";
	static const char *const want[][2] = {
		{ "a@one.example.com", "unknown" },
	};
	struct dsn_report rep;

	parse_as(msg, sizeof(msg) - 1, want, G_N_ELEMENTS(want), &rep);
	assert_string_equal(rep.rcpt[0].reason, "syntaxerror");
	dsn_report_release(&rep);
}

/*
 * The returned message after OpenSMTPD's "Below is a copy of the original
 * message:" (smtpd/bounce.c) or a "... original message follow:" line is
 * not the notice: its words are never read for a recipient.
 */
static void
test_cut_markers(void **state)
{
	static const char *const intro[] = {
		"    Below is a copy of the original message:\n\n",
		"The first 50 lines of your original message follow:",
	};
	static const char *const want[][2] = {
		{ "a@one.example.com", "unknown" },
	};
	struct dsn_report rep;
	char *msg;
	size_t i;

	for (i = 0; i < G_N_ELEMENTS(intro); i++) {
		msg = g_strconcat("From: MAILER-DAEMON@mx.example.net\n"
		    "To: s@example.org\nSubject: failure notice\n"
		    "Return-Path: <>\n\nFailed recipient:\n\n"
		    "a@one.example.com: delivery failed\n\n", intro[i],
		    "Subject: the user is unknown\n\nuser unknown\n", NULL);
		parse_as(msg, strlen(msg), want, G_N_ELEMENTS(want), &rep);
		dsn_report_release(&rep);
		g_free(msg);
	}
}

/*
 * A recipient whose own line holds a reply (a code, a status) that no
 * rule reads is never made invalid by the rest of the notice: there a
 * returned message may speak of unknown users.
 */
static void
test_whole_notice_own_reply(void **state)
{
	static const char msg[] =
	    "From: MAILER-DAEMON@mx.example.net\n"
	    "To: s@example.org\n"
	    "Subject: failure notice\n"
	    "Return-Path: <>\n\n"
	    "a@one.example.com: 550 sorry\n\n"
	    "What you wrote:\n\nthe user is unknown\n";
	static const char *const want[][2] = {
		{ "a@one.example.com", "unknown" },
	};
	struct dsn_report rep;

	parse_as(msg, sizeof(msg) - 1, want, G_N_ELEMENTS(want), &rep);
	dsn_report_release(&rep);
}

/*
 * The <...@...> of a Message-ID, In-Reply-To or References field, quoted
 * ("> ") or folded over lines, is a message identifier: never a failed
 * recipient, even where the returned message runs on from the text; nor
 * are the addresses of a list's or a reader's fields (List-*, Errors-To,
 * Disposition-Notification-To) of the original.
 */
static void
test_msgid_no_recipient(void **state)
{
	static const char msg[] =
	    "From: Postmaster@mx.example.net\n"
	    "To: s@example.org\n"
	    "Subject: Mail Delivery Failure\n"
	    "Return-Path: <>\n\n"
	    "Delivery of email to this address\n\n\"a@one.example.com\"\n\n"
	    "has failed due to a full mailbox.\n\n"
	    "What you wrote:> Subject: hi\n"
	    "> Message-Id: <4b64d9fd8f537@xenon.example.com.tmail>\n"
	    "> References: <r1@one.example.net>\n"
	    ">   <r2@two.example.net>\n"
	    "In-Reply-To: <r3@three.example.net>\n"
	    "List-Unsubscribe: <mailto:u@list.example.net>\n"
	    "Errors-To: <e@list.example.net>\n";
	static const char *const want[][2] = {
		{ "a@one.example.com", "full" },
	};
	struct dsn_report rep;

	parse_as(msg, sizeof(msg) - 1, want, G_N_ELEMENTS(want), &rep);
	dsn_report_release(&rep);
}

/*
 * A Diagnostic-Code whose multi-line reply goes on in lines of its own,
 * unfolded, each with the reply's code (nullmailer): the lines are the
 * reply's, and a reply of another code after them is not.
 */
static void
test_diag_reply_lines(void **state)
{
	static const char msg[] =
	    "From: MAILER-DAEMON@mx.example.net\n"
	    "To: s@example.org\n"
	    "Subject: Returned mail: Could not send message\n"
	    "MIME-Version: 1.0\n"
	    "Content-Type: multipart/report; report-type=delivery-status;"
	    " boundary=\"b\"\n\n"
	    "--b\nContent-Type: text/plain\n\nnot delivered\n"
	    "--b\nContent-Type: message/delivery-status\n\n"
	    "Reporting-MTA: dns; mx.example.net\n\n"
	    "Final-Recipient: rfc822; a@one.example.com\n"
	    "Action: failed\nStatus: 5.2.1\n"
	    "Diagnostic-Code: SMTP; 550-5.2.1 The email account that you "
	    "tried to reach is\n550-5.2.1 disabled. Learn more at\n"
	    "550 5.2.1 https://support.google.com/mail/?p=DisabledUser\n"
	    "421 4.7.0 closing\n"
	    "--b--\n";
	static const char *const want[][2] = {
		{ "a@one.example.com", "invalid" },
	};
	struct dsn_report rep;

	parse_as(msg, sizeof(msg) - 1, want, G_N_ELEMENTS(want), &rep);
	assert_non_null(strstr(rep.rcpt[0].diagnostic, "disabled"));
	assert_non_null(strstr(rep.rcpt[0].diagnostic, "DisabledUser"));
	assert_null(strstr(rep.rcpt[0].diagnostic, "closing"));
	dsn_report_release(&rep);
}

/*
 * Exchange's report in two parts, for the user and for administrators,
 * names each recipient twice: each takes its own reply from the second
 * part, none another's (the last of the first part does not run on into
 * the diagnostic of the first recipient of the second).
 */
static void
test_two_parts(void **state)
{
	static const char msg[] =
	    "From: Microsoft Outlook <MicrosoftExchange329e@example.com>"
	    "\nTo: s@example.org\n"
	    "Subject: =?UTF-8?B?5peg5rOV6YCB6L6+OiDmiqXku7c=?=\n"
	    "Return-Path: <>\nContent-Type: text/plain; charset=UTF-8\n"
	    "Content-Transfer-Encoding: 8bit\n"
	    "\n\xe4\xbc\xa0\xe9\x80\x92\xe5\x88\xb0\xe8\xbf\x99\xe4\xba"
	    "\x9b\xe6\x94\xb6\xe4\xbb\xb6\xe4\xba\xba\xe6\x88\x96\xe7\xbb"
	    "\x84\xe5\xa4\xb1\xe8\xb4\xa5\xef\xbc\x9a\n"
	    "\na@one.example.com\n"
	    "\xe6\x89\xbe\xe4\xb8\x8d\xe5\x88\xb0\xe4\xbd\xa0\xe5\xb0\x9d"
	    "\xe8\xaf\x95\xe8\x81\x94\xe7\xb3\xbb\xe7\x9a\x84\xe7\x94\xb5"
	    "\xe5\xad\x90\xe9\x82\xae\xe4\xbb\xb6\xe5\x9c\xb0\xe5\x9d\x80"
	    "\xe3\x80\x82\n\nb@two.example.com\n"
	    "\xe9\x98\x9f\xe5\x88\x97\xe4\xb8\xad\xe7\x9a\x84\xe9\x82\xae"
	    "\xe4\xbb\xb6\xe5\xb7\xb2\xe8\xbf\x87\xe6\x9c\x9f\xe3\x80\x82"
	    "\n\n\xe7\xae\xa1\xe7\x90\x86\xe5\x91\x98\xe8\xaf\x8a\xe6\x96"
	    "\xad\xe4\xbf\xa1\xe6\x81\xaf\xef\xbc\x9a\n"
	    "\na@one.example.com\n"
	    "Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNot"
	    "Found; Recipient not found by SMTP address lookup'\n"
	    "\nb@two.example.com\n"
	    "Remote Server returned '550 4.4.7 QUEUE.Expired; message exp"
	    "ired'\n";
	static const char *const want[][2] = {
		{ "a@one.example.com", "invalid" },
		{ "b@two.example.com", "retry-later" },
	};
	struct dsn_report rep;

	parse_as(msg, sizeof(msg) - 1, want, G_N_ELEMENTS(want), &rep);
	assert_null(strstr(rep.rcpt[1].diagnostic, "5.1.10"));
	assert_non_null(strstr(rep.rcpt[1].diagnostic, "4.4.7"));
	dsn_report_release(&rep);
}

/*
 * Chinese notices name a recipient after a verb of sending and its
 * direction (发往 x, 无法发送到 x) as well as after a label, and the
 * original's sender and copies (发件人：, 抄送：) after theirs; a Chinese
 * subject of failed sending (邮件发送失败) makes a notice of a message
 * from no robot.
 */
static void
test_chinese_labels(void **state)
{
	static const char msg[] =
	    "From: system@corp.example.cn\n"
	    "To: s@example.org\nSubject: =?UTF-8?B?6YKu5Lu25Y+R6YCB5aSx6L"
	    "Sl?=\nReturn-Path: <>\n"
	    "Content-Type: text/plain; charset=UTF-8\n"
	    "Content-Transfer-Encoding: 8bit\n"
	    "\n\xe5\x8f\x91\xe4\xbb\xb6\xe4\xba\xba\xef\xbc\x9azhang@expo"
	    "rter.example.com\n\xe6\x8a\x84\xe9\x80\x81\xef\xbc\x9a"
	    "boss@c"
	    "lient.example.com\n\n"
	    "\xe6\x82\xa8\xe5\x8f\x91\xe5\xbe\x80 c@three.example.com "
	    "\xe7\x9a\x84\xe9\x82\xae\xe4\xbb\xb6\xe6\x9c\xaa\xe8\x83\xbd"
	    "\xe9\x80\x81\xe8\xbe\xbe\xef\xbc\x9a"
	    "550 User not found\n"
	    "\n\xe6\x97\xa0\xe6\xb3\x95\xe5\x8f\x91\xe9\x80\x81\xe5\x88"
	    "\xb0 d@four.example.com\n"
	    "\xe5\x8e\x9f\xe5\x9b\xa0\xef\xbc\x9a"
	    "552 mailbox is full\n";
	static const char *const want[][2] = {
		{ "c@three.example.com", "invalid" },
		{ "d@four.example.com", "full" },
	};
	struct dsn_report rep;

	parse_as(msg, sizeof(msg) - 1, want, G_N_ELEMENTS(want), &rep);
	dsn_report_release(&rep);
}

/* Gromox's summary of the message under its sentence: the title
 * "以下是您所发送邮件的一些基本信息：", then indented fields. */
#define GX_SUMMARY(rcpt) \
	"\xe4\xbb\xa5\xe4\xb8\x8b\xe6\x98\xaf\xe6\x82\xa8" \
	"\xe6\x89\x80\xe5\x8f\x91\xe9\x80\x81\xe9\x82\xae" \
	"\xe4\xbb\xb6\xe7\x9a\x84\xe4\xb8\x80\xe4\xba\x9b" \
	"\xe5\x9f\xba\xe6\x9c\xac\xe4\xbf\xa1\xe6\x81\xaf" \
	"\xef\xbc\x9a\n" \
	"    \xe5\x8f\x91\xe9\x80\x81\xe6\x97\xb6\xe9\x97\xb4" \
	"\xef\xbc\x9a    2026-12-01 09:31\n" \
	"    \xe5\x8f\x91\xe4\xbb\xb6\xe4\xba\xba\xe5\x9c\xb0" \
	"\xe5\x9d\x80\xef\xbc\x9a  s@example.org\n" \
	"    \xe6\x94\xb6\xe4\xbb\xb6\xe4\xba\xba\xef\xbc\x9a    " \
	"  " rcpt "\n" \
	"    \xe9\x82\xae\xe4\xbb\xb6\xe4\xb8\xbb\xe9\xa2\x98" \
	"\xef\xbc\x9a    \xe6\x8a\xa5\xe4\xbb\xb7\n"

/*
 * A Chinese notice that quotes the address in typographic quotes
 * (Gromox: "您发送到“x”的邮件无法被正确投递，因为该收件人并不存在") names
 * its recipient there; the summary of the message that follows, as
 * indented fields under its title ("    发件人地址：", "    收件人："),
 * is not read as its reason: the sender's address in it is no refused
 * sender.  A report that the mail was delivered (邮件已成功送达), in the
 * same frame, marks no one.
 */
static void
test_chinese_quotes(void **state)
{
	static const char msg[] =
	    "From: postmaster@gx.example.cn\n"
	    "To: s@example.org\n"
	    "Subject: =?utf-8?b?5oqV6YCS5aSx6LSl77yM5pS25Lu25Lq65LiN"
	    "5a2Y5Zyo?=\n"
	    "Content-Type: text/plain; charset=utf-8\n"
	    "Content-Transfer-Encoding: 8bit\n"
	    "\n"
	    "\xe6\x82\xa8\xe5\xa5\xbd\xef\xbc\x9a\n"
	    "  \xe5\xbe\x88\xe6\x8a\xb1\xe6\xad\x89\xe9\x80\x9a"
	    "\xe7\x9f\xa5\xe6\x82\xa8\xef\xbc\x8c\xe6\x82\xa8"
	    "\xe5\x8f\x91\xe9\x80\x81\xe5\x88\xb0\xe2\x80\x9cliang@gx"
	    ".example.cn\xe2\x80\x9d\xe7\x9a\x84\xe9\x82\xae"
	    "\xe4\xbb\xb6\xe6\x97\xa0\xe6\xb3\x95\xe8\xa2\xab"
	    "\xe6\xad\xa3\xe7\xa1\xae\xe6\x8a\x95\xe9\x80\x92"
	    "\xef\xbc\x8c\n"
	    "\xe5\x9b\xa0\xe4\xb8\xba\xe8\xaf\xa5\xe6\x94\xb6"
	    "\xe4\xbb\xb6\xe4\xba\xba\xe5\xb9\xb6\xe4\xb8\x8d"
	    "\xe5\xad\x98\xe5\x9c\xa8\xef\xbc\x81\xe8\xaf\xb7"
	    "\xe9\xaa\x8c\xe8\xaf\x81\xe8\xaf\xa5\xe9\x82\xae"
	    "\xe4\xbb\xb6\xe5\x9c\xb0\xe5\x9d\x80\xe6\x98\xaf"
	    "\xe5\x90\xa6\xe7\x9c\x9f\xe5\xae\x9e\xe6\x9c\x89"
	    "\xe6\x95\x88\xe3\x80\x82\n"
	    "\n" GX_SUMMARY("liang@gx.example.cn");
	static const char ok[] =
	    "From: postmaster@gx.example.cn\n"
	    "To: s@example.org\n"
	    "Subject: =?utf-8?b?6YKu5Lu25bey5oiQ5Yqf6YCB6L6+?=\n"
	    "Content-Type: text/plain; charset=utf-8\n"
	    "Content-Transfer-Encoding: 8bit\n"
	    "\n"
	    "\xe6\x82\xa8\xe5\xa5\xbd\xef\xbc\x9a\n"
	    "  \xe9\x82\xae\xe4\xbb\xb6\xe5\xb7\xb2\xe6\x88\x90"
	    "\xe5\x8a\x9f\xe9\x80\x81\xe5\x88\xb0\xe8\x87\xb3"
	    "\xe2\x80\x9czhu@gx.example.cn\xe2\x80\x9d\xe7\x9a\x84"
	    "\xe9\x82\xae\xe7\xae\xb1\xef\xbc\x81\n"
	    "\n" GX_SUMMARY("zhu@gx.example.cn");
	static const char *const want[][2] = {
		{ "liang@gx.example.cn", "invalid" },
	};
	struct dsn_report rep;
	struct err err;

	parse_as(msg, sizeof(msg) - 1, want, G_N_ELEMENTS(want), &rep);
	assert_null(strstr(rep.rcpt[0].diagnostic, "s@example.org"));
	dsn_report_release(&rep);
	assert_int_equal(dsn_parse(ok, sizeof(ok) - 1, rules, 0, &rep, &err),
	    0);
	assert_int_equal(rep.nrcpt, 0);
	dsn_report_release(&rep);
}

/*
 * A notice from no robot under an English title of no failure is known
 * by its Chinese words: it could not deliver to the following
 * recipients (未能投递到以下收件人).
 */
static void
test_chinese_body(void **state)
{
	static const char msg[] =
	    "Return-Path: <>\nFrom: notify@corp.example.cn\n"
	    "To: s@example.org\nSubject: Mail Notification\n"
	    "Content-Type: text/plain; charset=UTF-8\n"
	    "Content-Transfer-Encoding: 8bit\n"
	    "\n\xe6\x82\xa8\xe7\x9a\x84\xe9\x82\xae\xe4\xbb\xb6\xe6\x9c"
	    "\xaa\xe8\x83\xbd\xe6\x8a\x95\xe9\x80\x92\xe5\x88\xb0\xe4\xbb"
	    "\xa5\xe4\xb8\x8b\xe6\x94\xb6\xe4\xbb\xb6\xe4\xba\xba\xef\xbc"
	    "\x9a\n\nx1@dest.example.com\n"
	    "\xe5\x8e\x9f\xe5\x9b\xa0\xef\xbc\x9a"
	    "550 User not found\n";
	static const char *const want[][2] = {
		{ "x1@dest.example.com", "invalid" },
	};
	struct dsn_report rep;

	parse_as(msg, sizeof(msg) - 1, want, G_N_ELEMENTS(want), &rep);
	dsn_report_release(&rep);
}

/*
 * A Chinese notice's recipient in the forms Chinese systems give it: a
 * label cell with its translation in brackets and no colon (Coremail's
 * "收件人(Recipient)"), an address in full-width brackets ("＜x＞") after
 * a full-width colon or alone in its cell.
 */
static void
test_chinese_brackets(void **state)
{
	static const char msg[] =
	    "Return-Path: <>\nFrom: postmaster@mail.example.cn\n"
	    "To: s@example.org\nSubject: =?UTF-8?B?57O757uf6YCA5L+h?=\n"
	    "MIME-Version: 1.0\n"
	    "Content-Type: text/html; charset=UTF-8\n"
	    "Content-Transfer-Encoding: 8bit\n\n"
	    "<html><body><table>\n<tr><td>\xe6\x94\xb6\xe4\xbb\xb6\xe4\xba"
	    "\xba(Recipient)</td><td>x1@dest.example.com</td></tr>\n<tr><"
	    "td>\xe9\x80\x80\xe4\xbf\xa1\xe5\x8e\x9f\xe5\x9b\xa0(Reason)<"
	    "/td><td>550 User not found</td></tr>\n</table>\n<p>\xe6\x94\xb6"
	    "\xe4\xbb\xb6\xe4\xba\xba\xef\xbc\x9a\xef\xbc\x9cx2@dest.exam"
	    "ple.com\xef\xbc\x9e</p>\n<p>\xe9\x80\x80\xe4\xbf\xa1\xe5\x8e"
	    "\x9f\xe5\x9b\xa0\xef\xbc\x9a"
	    "550 User not found</p>\n<table><tr><td>\xef\xbc\x9cx3@dest.e"
	    "xample.com\xef\xbc\x9e</td><td>550 User not found</td></tr><"
	    "/table>\n</body></html>\n";
	static const char *const want[][2] = {
		{ "x1@dest.example.com", "invalid" },
		{ "x2@dest.example.com", "invalid" },
		{ "x3@dest.example.com", "invalid" },
	};
	struct dsn_report rep;

	(void)state;
	parse_as(msg, sizeof(msg) - 1, want, G_N_ELEMENTS(want), &rep);
	dsn_report_release(&rep);
}

/*
 * An HTML notice that shows the original's header fields as a table
 * ("<td>To</td><td>a, b</td>") names every recipient in that row: the
 * row is a summary, as "To: a, b" is, and the recipient the status part
 * gives no diagnostic is read from its own block, not from the
 * failure after the summary.
 */
static void
test_html_summary_cells(void **state)
{
	static const char msg[] =
	    "Return-Path: <>\nFrom: postmaster@mr.example.com\n"
	    "To: s@example.org\nSubject: Delivery Notification\n"
	    "MIME-Version: 1.0\nContent-Type: multipart/report; "
	    "report-type=delivery-status; boundary=\"b\"\n\n"
	    "--b\nContent-Type: text/html; charset=us-ascii\n\n"
	    "<html><body><p>This report relates to your message:</p>\n"
	    "<table><tr><td>Subject</td><td>Offer</td></tr>\n"
	    "<tr><td>To</td><td>ann@full.example, bob@gone.example</td>"
	    "</tr></table>\n<p>Your message cannot be delivered:</p>\n"
	    "<table><tr><td>Recipient address</td><td>ann@full.example"
	    "</td></tr>\n<tr><td>Diagnostic code</td><td>smtp;552 5.2.2 "
	    "Mailbox full</td></tr></table>\n"
	    "<table><tr><td>Recipient address</td><td>bob@gone.example"
	    "</td></tr>\n<tr><td>Reason</td><td>Illegal host/domain name "
	    "found</td></tr></table>\n</body></html>\n"
	    "--b\nContent-Type: message/delivery-status\n\n"
	    "Reporting-MTA: dns; mr.example.com\n\n"
	    "Final-Recipient: rfc822; ann@full.example\nAction: failed\n"
	    "Status: 5.2.2\nDiagnostic-Code: smtp; 552 5.2.2 Mailbox full\n\n"
	    "Final-Recipient: rfc822; bob@gone.example\nAction: failed\n"
	    "Status: 5.1.2\n\n--b--\n";
	static const char *const want[][2] = {
		{ "ann@full.example", "full" },
		{ "bob@gone.example", "invalid" },
	};
	struct dsn_report rep;

	(void)state;
	parse_as(msg, sizeof(msg) - 1, want, G_N_ELEMENTS(want), &rep);
	dsn_report_release(&rep);
}

/*
 * A Chinese text wrapped between two characters of one word (存 / 储):
 * the line break is no space, and the word is read whole.
 */
static void
test_chinese_wrapped(void **state)
{
	static const char msg[] =
	    "Return-Path: <>\nFrom: postmaster@mail.example.cn\n"
	    "To: s@example.org\nSubject: =?UTF-8?B?57O757uf6YCA5L+h?=\n"
	    "MIME-Version: 1.0\n"
	    "Content-Type: text/plain; charset=UTF-8\n"
	    "Content-Transfer-Encoding: 8bit\n\n"
	    "\xe6\x82\xa8\xe5\x8f\x91\xe9\x80\x81\xe7\x9a\x84\xe9\x82"
	    "\xae\xe4\xbb\xb6\xe6\x9c\xaa\xe8\x83\xbd\xe6\x8a\x95\xe9"
	    "\x80\x92\xe5\x88\xb0\xe4\xbb\xa5\xe4\xb8\x8b\xe6\x94\xb6"
	    "\xe4\xbb\xb6\xe4\xba\xba\xef\xbc\x9a\n\n\xe6\x94\xb6\xe4"
	    "\xbb\xb6\xe4\xba\xba\xef\xbc\x9ax1@dest.example.com\n\xe5"
	    "\x8e\x9f\xe5\x9b\xa0\xef\xbc\x9a\xe5\xaf\xb9\xe6\x96\xb9"
	    "\xe9\x82\xae\xe7\xae\xb1\xe5\xb7\xb2\xe8\xb6\x85\xe5\x87"
	    "\xba\xe5\xad\x98\n\xe5\x82\xa8\xe7\xa9\xba\xe9\x97\xb4\xe4"
	    "\xb8\x8a\xe9\x99\x90\n";
	static const char *const want[][2] = {
		{ "x1@dest.example.com", "full" },
	};
	struct dsn_report rep;

	(void)state;
	parse_as(msg, sizeof(msg) - 1, want, G_N_ELEMENTS(want), &rep);
	dsn_report_release(&rep);
}

/*
 * A person's reply titled like a notice ("回复: 邮件发送失败") is no
 * notice, whatever its text says; the same text from the null sender
 * under the notice's own title is one.
 */
static void
test_person_reply(void **state)
{
	static const char reply[] =
	    "Return-Path: <zhang.wei@kehu.example>\n"
	    "Subject: =?UTF-8?B?5Zue5aSNOiDpgq7ku7blj5HpgIHlpLHotKU=?=\n";
	static const char notice[] =
	    "Return-Path: <>\n"
	    "Subject: =?UTF-8?B?6YKu5Lu25Y+R6YCB5aSx6LSl?=\n";
	static const char rest[] =
	    "From: zhang.wei@kehu.example\nTo: s@example.org\n"
	    "Content-Type: text/plain; charset=UTF-8\n"
	    "Content-Transfer-Encoding: 8bit\n"
	    "\n\xe6\x88\x91\xe5\x8f\x91\xe9\x80\x81\xe7\xbb\x99 wang@kehu"
	    ".example \xe7\x9a\x84\xe9\x82\xae\xe4\xbb\xb6\xe8\xa2\xab"
	    "\xe9\x80\x80\xe5\x9b\x9e\xe4\xba\x86\xef\xbc\x8c\xe6\x8f\x90"
	    "\xe7\xa4\xba\xe2\x80\x9c\xe7\x94\xa8\xe6\x88\xb7\xe4\xb8\x8d"
	    "\xe5\xad\x98\xe5\x9c\xa8\xe2\x80\x9d\xe3\x80\x82\n";
	static const char *const want[][2] = {
		{ "wang@kehu.example", "invalid" },
	};
	struct dsn_report rep;
	char *msg;

	msg = g_strconcat(reply, rest, NULL);
	parse_as(msg, strlen(msg), want, 0, &rep);
	assert_int_equal(rep.kind, DSN_KIND_NONE);
	dsn_report_release(&rep);
	g_free(msg);
	msg = g_strconcat(notice, rest, NULL);
	parse_as(msg, strlen(msg), want, 1, &rep);
	dsn_report_release(&rep);
	g_free(msg);
}

/*
 * With no Return-Path (a file saved by a mail program), a reply titled
 * like a notice is judged by its From: a person's reply quoting a bounce
 * is no notice; the same under MAILER-DAEMON's name is one.
 */
static void
test_person_reply_unrecorded(void **state)
{
	static const char rest[] =
	    "To: s@example.org\n"
	    "Subject: Re: Undelivered Mail Returned to Sender\n"
	    "\n"
	    "I got this back when I wrote to Bob, is his address right?\n\n"
	    "<bob@dest.example>: host mx.dest.example[192.0.2.1] said: 550\n"
	    "    5.1.1 <bob@dest.example>: Recipient address rejected: User\n"
	    "    unknown\n";
	static const char *const want[][2] = {
		{ "bob@dest.example", "invalid" },
	};
	struct dsn_report rep;
	char *msg;

	msg = g_strconcat("From: Alex <alex@kunde.example>\n", rest, NULL);
	parse_as(msg, strlen(msg), want, 0, &rep);
	assert_int_equal(rep.kind, DSN_KIND_NONE);
	dsn_report_release(&rep);
	g_free(msg);
	msg = g_strconcat("From: MAILER-DAEMON@mx.kunde.example\n", rest,
	    NULL);
	parse_as(msg, strlen(msg), want, 1, &rep);
	dsn_report_release(&rep);
	g_free(msg);
}

/*
 * AirMail and GroupWise name a recipient by its local part: the domain is
 * the notice sender's.  A list of sentences under the same kind of intro
 * names nobody.
 */
static void
check_local(const char *from, const char *body, const char *want,
    int category)
{
	char *msg = g_strdup_printf("From: %s\nTo: s@example.org\n"
	    "Subject: Undeliverable mail\nReturn-Path: <>\n\n%s", from,
	    body);
	struct dsn_report rep;
	struct err err;

	assert_int_equal(dsn_parse(msg, strlen(msg), rules, 0, &rep, &err),
	    0);
	if (want == NULL) {
		assert_int_equal(rep.nrcpt, 0);
	} else {
		assert_int_equal(rep.nrcpt, 1);
		assert_string_equal(rep.rcpt[0].addr, want);
		assert_int_equal(rep.rcpt[0].category, category);
	}
	dsn_report_release(&rep);
	g_free(msg);
}

static void
test_local_parts(void **state)
{
	check_local("MAILER-DAEMON@aol.example.com", "Your mail to the "
	    "following recipients could not be delivered because they are "
	    "not accepting mail from s@example.org:\n\tzoe.screen\n",
	    "zoe.screen@aol.example.com", DSN_CAT_BLOCKED);
	check_local("postmaster@example.net", "The message that you sent "
	    "was undeliverable to the following:\n     ulrich (user not "
	    "found)\n\nPossible causes:\n", "ulrich@example.net",
	    DSN_CAT_INVALID);
	check_local("postmaster@example.net", "Your message could not be "
	    "delivered for the following reasons:\n  The server did not "
	    "answer.\n  Please try again.\n", NULL, 0);
}

/*
 * A list or alias the report says it expanded is not the one that failed:
 * a member's failure names the list as Original-Recipient, and only the
 * member (Final-Recipient) is reported failed, whichever block comes
 * first.  XWall's message/xdelivery-status is read as a status report.
 */
static const char expanded_fmt[] =
    "From: MAILER-DAEMON@lists.example.com\n"
    "To: s@example.org\n"
    "Subject: Returned mail\n"
    "MIME-Version: 1.0\n"
    "Content-Type: multipart/report; report-type=delivery-status; "
    "boundary=b\n\n"
    "--b\nContent-Type: text/plain\n\nDelivery failed.\n\n"
    "--b\nContent-Type: message/%s\n\n"
    "Reporting-MTA: dns; lists.example.com\n\n%s\n%s\n--b--\n";

static const char expanded_list[] =
    "Final-Recipient: rfc822; team@example.com\n"
    "Action: expanded\nStatus: 2.0.0\n";

static const char expanded_member[] =
    "Final-Recipient: rfc822; m7@example.com\n"
    "Original-Recipient: rfc822; team@example.com\n"
    "Action: failed\nStatus: 5.1.1\n"
    "Diagnostic-Code: smtp; 550 5.1.1 user unknown\n";

static void
check_expanded(const char *type, const char *first, const char *second)
{
	char *msg = g_strdup_printf(expanded_fmt, type, first, second);
	struct dsn_report rep;
	struct err err;
	size_t i, member = 0;

	assert_int_equal(dsn_parse(msg, strlen(msg), rules, 0, &rep, &err),
	    0);
	for (i = 0; i < rep.nrcpt; i++) {
		if (strcmp(rep.rcpt[i].addr, "m7@example.com") == 0) {
			member++;
			assert_int_equal(rep.rcpt[i].category,
			    DSN_CAT_INVALID);
		} else {
			assert_string_equal(rep.rcpt[i].addr,
			    "team@example.com");
			assert_int_equal(rep.rcpt[i].category,
			    DSN_CAT_DELIVERED);
		}
	}
	assert_int_equal(member, 1);
	dsn_report_release(&rep);
	g_free(msg);
}

static void
test_expanded(void **state)
{
	check_expanded("delivery-status", expanded_list, expanded_member);
	check_expanded("delivery-status", expanded_member, expanded_list);
	check_expanded("xdelivery-status", expanded_list, expanded_member);
}

/*
 * Recipients listed one a line above one explanation (Gmail: "Delivery to
 * the following recipients failed permanently:") share it; the reply the
 * reporter quotes is the diagnostic, without the reporter's own account
 * of the failure before it.
 */
static void
test_listed(void **state)
{
	static const char msg[] =
	    "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\n"
	    "To: s@example.org\n"
	    "Subject: Delivery Status Notification (Failure)\n\n"
	    "Delivery to the following recipients failed permanently:\n\n"
	    "     a@one.example.com\n     b@one.example.com\n\n"
	    "Technical details of permanent failure:\nGoogle tried to "
	    "deliver your message, but it was rejected by the recipient "
	    "domain. The error that the other server returned was:\n"
	    "550 550 5.1.1 User Unknown (state 14).\n";
	static const char named[] =
	    "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\n"
	    "To: s@example.org\n"
	    "Subject: Delivery Status Notification (Failure)\n\n"
	    "Delivery to the following recipients failed permanently:\n\n"
	    "     a@one.example.com\n     b@one.example.com\n\n"
	    "550 5.1.1 <b@one.example.com>... User Unknown\n";
	struct dsn_report rep;
	struct err err;
	size_t i;

	assert_int_equal(dsn_parse(msg, sizeof(msg) - 1, rules, 0, &rep,
	    &err), 0);
	assert_int_equal(rep.nrcpt, 2);
	for (i = 0; i < 2; i++) {
		assert_int_equal(rep.rcpt[i].category, DSN_CAT_INVALID);
		assert_true(g_str_has_prefix(rep.rcpt[i].diagnostic,
		    "550 550 5.1.1 User Unknown"));
	}
	dsn_report_release(&rep);
	/* An explanation that names one of them is that one's only. */
	assert_int_equal(dsn_parse(named, sizeof(named) - 1, rules, 0, &rep,
	    &err), 0);
	assert_int_equal(rep.nrcpt, 2);
	assert_string_equal(rep.rcpt[0].addr, "a@one.example.com");
	assert_int_not_equal(rep.rcpt[0].category, DSN_CAT_INVALID);
	assert_int_equal(rep.rcpt[1].category, DSN_CAT_INVALID);
	dsn_report_release(&rep);
}

/*
 * Exim writes an address a redirection made with the address the message
 * was sent to in brackets after it: that one is the recipient.
 */
static void
test_redirected(void **state)
{
	static const char msg[] =
	    "From: Mail Delivery System <Mailer-Daemon@mx.example.org>\n"
	    "To: s@example.org\n"
	    "Subject: Mail delivery failed: returning message to sender\n\n"
	    "This message was created automatically by mail delivery "
	    "software.\n\nA message that you sent could not be delivered to "
	    "one or more of its\nrecipients. This is a permanent error. The "
	    "following address(es) failed:\n\n"
	    "  child@two.example.com <sent@one.example.com>: 550 5.1.1 User "
	    "unknown\n";
	struct dsn_report rep;
	struct err err;

	assert_int_equal(dsn_parse(msg, sizeof(msg) - 1, rules, 0, &rep,
	    &err), 0);
	assert_int_equal(rep.nrcpt, 1);
	assert_string_equal(rep.rcpt[0].addr, "sent@one.example.com");
	assert_int_equal(rep.rcpt[0].category, DSN_CAT_INVALID);
	dsn_report_release(&rep);
}

/*
 * A report whose Status gives only the class and no Diagnostic-Code
 * (Google Workspace): the status of the reply its text quotes.
 */
static void
test_class_status(void **state)
{
	static const char msg[] =
	    "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\n"
	    "To: s@example.org\n"
	    "Subject: Delivery Status Notification (Failure)\n"
	    "Content-Type: multipart/report; report-type=delivery-status; "
	    "boundary=b\n\n"
	    "--b\nContent-Type: text/plain\n\n** Address not found **\n\n"
	    "Your message wasn't delivered to a@one.example.com because the "
	    "address couldn't be found.\n\nThe response from the remote "
	    "server was:\n550 5.1.1 <a@one.example.com>: Recipient address "
	    "rejected: User unknown\n"
	    "--b\nContent-Type: message/delivery-status\n\n"
	    "Reporting-MTA: dns; googlemail.com\n\n"
	    "Final-Recipient: rfc822; a@one.example.com\nAction: failed\n"
	    "Status: 5.0.0\n--b--\n";
	struct dsn_report rep;
	struct err err;

	assert_int_equal(dsn_parse(msg, sizeof(msg) - 1, rules, 0, &rep,
	    &err), 0);
	assert_int_equal(rep.nrcpt, 1);
	assert_string_equal(rep.rcpt[0].status, "5.1.1");
	assert_int_equal(rep.rcpt[0].category, DSN_CAT_INVALID);
	dsn_report_release(&rep);
}

/*
 * A relay that gives up on a message at its first refused recipient
 * reports every recipient with that one reply: it names the refused one,
 * and only that one is invalid.
 */
static void
test_other_named(void **state)
{
	static const char *const want[][2] = {
		{ "kunde@firma.example.com", "unknown" },
		{ "weg@kunde.example.net", "invalid" },
		{ "einkauf@lieferant.example.org", "unknown" },
	};
	struct dsn_report rep;
	struct err err;
	char *data, *why;
	gsize len;
	size_t i;

	read_fixture("relay-first-refusal.eml", &data, &len);
	assert_int_equal(dsn_parse(data, len, rules, 1, &rep, &err), 0);
	assert_int_equal(rep.nrcpt, 3);
	for (i = 0; i < 3; i++) {
		assert_string_equal(rep.rcpt[i].addr, want[i][0]);
		assert_string_equal(dsn_category_name(rep.rcpt[i].category),
		    want[i][1]);
		if (rep.rcpt[i].category != DSN_CAT_UNKNOWN)
			continue;
		/* Kept as a failure, with the reason it was not believed. */
		assert_string_equal(rep.rcpt[i].action, "failed");
		assert_string_equal(rep.rcpt[i].status, "5.1.1");
		assert_false(rep.rcpt[i].hard);
		assert_non_null(strstr(rep.rcpt[i].rule,
		    "names 'weg@kunde.example.net' as refused"));
	}
	why = g_strjoinv("\n", rep.explain);
	assert_non_null(strstr(why, "kunde@firma.example.com: not "
	    "userunknown, its diagnostic names 'weg@kunde.example.net'"));
	g_free(why);
	dsn_report_release(&rep);
	g_free(data);
}

/*
 * Each recipient's diagnostic names itself, in another case, with its
 * domain in Unicode, with Chinese run into it, or as the mailbox its
 * alias led to: each stays invalid.
 */
static void
test_self_named(void **state)
{
	static const char *const want[] = {
		"hans.mueller@example.de", "jos\xc3\xa9@xn--mller-kva.example",
		"lihua@example.cn", "alias@example.org",
	};
	struct dsn_report rep;
	struct err err;
	char *data;
	gsize len;
	size_t i;

	read_fixture("postfix-multi-self.eml", &data, &len);
	assert_int_equal(dsn_parse(data, len, rules, 0, &rep, &err), 0);
	assert_int_equal(rep.nrcpt, 4);
	for (i = 0; i < 4; i++) {
		assert_string_equal(rep.rcpt[i].addr, want[i]);
		assert_int_equal(rep.rcpt[i].category, DSN_CAT_INVALID);
	}
	dsn_report_release(&rep);
	g_free(data);
}

/*
 * nullmailer gives every recipient the first refusal it met: a reply
 * naming none of them tells nobody dead.  Another MTA's identical
 * replies are each recipient's own.
 */
static void
test_one_reply(void **state)
{
	struct dsn_report rep;
	struct err err;
	char *data, *mta;
	gsize len;
	int pass;

	read_fixture("nullmailer-one-reply.eml", &data, &len);
	for (pass = 0; pass < 2; pass++) {
		assert_int_equal(dsn_parse(data, len, rules, 0, &rep, &err),
		    0);
		assert_int_equal(rep.nrcpt, 2);
		assert_int_equal(rep.rcpt[0].category, pass == 0 ?
		    DSN_CAT_UNKNOWN : DSN_CAT_INVALID);
		assert_int_equal(rep.rcpt[1].category, pass == 0 ?
		    DSN_CAT_UNKNOWN : DSN_CAT_INVALID);
		dsn_report_release(&rep);
		if ((mta = strstr(data, "the nullmailer delivery")) != NULL)
			memcpy(mta + 4, "smarthosts", 10);
	}
	assert_null(strstr(data, "nullmailer delivery"));
	g_free(data);
}

/*
 * A plain-text notice about one address whose text alone says "User
 * unknown": a failure report makes it invalid; the same lines in Exim's
 * delay warning ("has not yet been delivered ...") or in the notice of
 * addresses Exim defers ("This is a temporary error"), even under a
 * failure's subject, make it delayed, and a delayed address is never
 * dead.
 */
static void
test_delay_warning(void **state)
{
	static const char *const heads[] = {
	    "Subject: Mail delivery failed: returning message to sender\n\n"
	    "A message that you sent could not be delivered to one or more "
	    "of its\nrecipients. This is a permanent error. The following "
	    "address(es) failed:\n\n",
	    "Subject: Warning: message 1uQx-000Abc-9Z delayed 24 hours\n\n"
	    "A message that you sent has not yet been delivered to one or "
	    "more of its\nrecipients after more than 24 hours on the queue "
	    "on mx.example.net.\n\nThe address to which the message has not "
	    "yet been delivered is:\n\n",
	    "Subject: Mail delivery failed: returning message to sender\n\n"
	    "A message that you sent could not be delivered to one or more "
	    "of its\nrecipients. This is a temporary error. The following "
	    "address(es) deferred:\n\n",
	};
	struct dsn_report rep;
	struct err err;
	char *m;
	int i;

	for (i = 0; i < (int)G_N_ELEMENTS(heads); i++) {
		m = g_strconcat("From: Mail Delivery System "
		    "<Mailer-Daemon@mx.example.net>\n"
		    "To: sales@exporter.example.com\n", heads[i],
		    "  buyer@importer.example.org\n    User unknown\n", NULL);
		assert_int_equal(dsn_parse(m, strlen(m), rules, 0, &rep, &err),
		    0);
		assert_int_equal(rep.nrcpt, 1);
		assert_string_equal(rep.rcpt[0].addr,
		    "buyer@importer.example.org");
		assert_int_equal(rep.rcpt[0].category, i == 0 ?
		    DSN_CAT_INVALID : DSN_CAT_RETRY);
		if (i > 0)
			assert_string_equal(rep.rcpt[0].action, "delayed");
		else
			assert_null(rep.rcpt[0].action);
		dsn_report_release(&rep);
		g_free(m);
	}
}

/*
 * CommuniGate Pro quotes the address it names, angle brackets and all:
 * "Failed to deliver to '<a@b>'".
 */
static void
test_quoted_recipient(void **state)
{
	static const char m[] =
	    "From: MAILER-DAEMON@mail.example.org\n"
	    "To: sales@exporter.example.com\n"
	    "Subject: Undeliverable mail: offer\n\n"
	    "Failed to deliver to '<a.ivanova@example.org>'\n"
	    "LOCAL module(account a.ivanova) reports:\n"
	    " account is full (quota exceeded)\n";
	struct dsn_report rep;
	struct err err;

	assert_int_equal(dsn_parse(m, sizeof(m) - 1, rules, 0, &rep, &err),
	    0);
	assert_int_equal(rep.nrcpt, 1);
	assert_string_equal(rep.rcpt[0].addr, "a.ivanova@example.org");
	assert_int_equal(rep.rcpt[0].category, DSN_CAT_FULL);
	dsn_report_release(&rep);
}

/*
 * A session transcript: the reply code is the one that failed, not the
 * 250s before it, and the MAIL FROM the sender's server echoes does not
 * make the refusal the sender's (MDaemon's transcript).
 */
static void
test_transcript_echo(void **state)
{
	static const char m[] =
	    "From: \"MDaemon at mail.example.com\" <MDaemon@mail.example.com>\n"
	    "To: sales@exporter.example.com\n"
	    "Subject: Permanent Delivery Failure\n\n"
	    "The attached message had PERMANENT fatal delivery errors.\n\n"
	    "--- Session Transcript ---\n"
	    " Tue 2026-12-01 10:43:04: *  To: old@importer.example.net\n"
	    " Tue 2026-12-01 10:43:04: --> MAIL "
	    "From:<sales@exporter.example.com> SIZE=4210\n"
	    " Tue 2026-12-01 10:43:04: <-- 250 2.1.0 Ok\n"
	    " Tue 2026-12-01 10:43:04: --> RCPT To:<old@importer.example.net>\n"
	    " Tue 2026-12-01 10:43:04: <-- 554 This account has been disabled"
	    " or discontinued\n"
	    "--- End Transcript ---\n";
	struct dsn_report rep;
	struct err err;

	assert_int_equal(dsn_parse(m, sizeof(m) - 1, rules, 0, &rep, &err),
	    0);
	assert_int_equal(rep.nrcpt, 1);
	assert_string_equal(rep.rcpt[0].addr, "old@importer.example.net");
	assert_string_equal(rep.rcpt[0].code, "554");
	assert_int_equal(rep.rcpt[0].category, DSN_CAT_INVALID);
	dsn_report_release(&rep);
}

/*
 * A multipart whose boundary GMime cannot use gives no parts: the
 * parameter on a line of its own without leading white space (no field,
 * so the Content-Type field has none), or a parameter that names another
 * boundary than the delimiter lines.  The parts are read all the same,
 * at the boundary the first delimiter line names.
 */
static void
test_lost_boundary(void **state)
{
	static const char unfolded[] =
	    "From: MAILER-DAEMON@gw.example.de\nTo: s@example.org\n"
	    "Subject: Returned mail\nMIME-Version: 1.0\n"
	    "Content-Type: multipart/report; report-type=delivery-status;\n"
	    "boundary=\"b-17.gw\"\n\n"
	    "--b-17.gw\nContent-Type: text/plain\n\n"
	    "Your message could not be delivered.\n\n"
	    "--b-17.gw\nContent-Type: message/delivery-status\n\n"
	    "Reporting-MTA: dns; gw.example.de\n\n"
	    "Final-Recipient: rfc822; lager@partner.example.at\n"
	    "Action: failed\nStatus: 5.2.2\n"
	    "Diagnostic-Code: smtp; 552 5.2.2 mailbox over quota\n\n"
	    "--b-17.gw--\n";
	static const char renamed[] =
	    "From: MAILER-DAEMON@gw.example.de\nTo: s@example.org\n"
	    "Subject: Returned mail\nMIME-Version: 1.0\n"
	    "Content-Type: multipart/mixed; boundary=\"q-1/gw\"\n\n"
	    "This is a MIME message.\n\n"
	    "--q-1/gw.example.de\nContent-Type: text/plain\n\n"
	    "Delivery to the following recipient failed permanently:\n\n"
	    "    compras@loja.example.com.br\n\n"
	    "550 5.1.1 The email account that you tried to reach does not "
	    "exist.\n\n--q-1/gw.example.de--\n";
	static const char *const full[][2] = {
		{ "lager@partner.example.at", "full" },
	};
	static const char *const gone[][2] = {
		{ "compras@loja.example.com.br", "invalid" },
	};
	struct dsn_report rep;

	(void)state;
	parse_as(unfolded, sizeof(unfolded) - 1, full, 1, &rep);
	dsn_report_release(&rep);
	parse_as(renamed, sizeof(renamed) - 1, gone, 1, &rep);
	dsn_report_release(&rep);
}

/*
 * A notice that gives its error first and then the returned message's
 * details as indented fields, the recipient among them ("  RCPT TO:"),
 * tells the recipient's failure in the paragraph before the fields; a
 * number among the fields ("  Size (in bytes): 452") is no reply code.
 * Fields that include the failure ("  Reason:") are read themselves.
 */
static void
test_details_fields(void **state)
{
	static const char msg[] =
	    "From: MAILER-DAEMON@relay.example.de\nTo: s@example.org\n"
	    "Subject: Undeliverable: Angebot\n\n"
	    "Error: delivery failed\n\n"
	    "Reason given:\n"
	    "552 - Requested mail action aborted: mailbox full\n\n"
	    "Summary of the message:\n"
	    "  Subject: Angebot\n"
	    "  Sent date: Mon Mar 02 10:00:00 CET 2026\n"
	    "  MAIL FROM: einkauf@handel.example.de\n"
	    "  RCPT TO: lager@partner.example.at\n"
	    "  Size (in bytes): 452\n"
	    "  Number of lines: 12\n";
	/* Fields that tell the failure themselves are the report. */
	static const char told[] =
	    "From: MAILER-DAEMON@relay.example.de\nTo: s@example.org\n"
	    "Subject: Undeliverable: Angebot\n\n"
	    "Your message could not be delivered.\n\n"
	    "Details:\n"
	    "  Subject: Angebot\n"
	    "  RCPT TO: lager@partner.example.at\n"
	    "  Reason: 550 5.1.1 no such mailbox\n";
	static const char *const want[][2] = {
		{ "lager@partner.example.at", "full" },
	};
	static const char *const gone[][2] = {
		{ "lager@partner.example.at", "invalid" },
	};
	struct dsn_report rep;

	(void)state;
	parse_as(msg, sizeof(msg) - 1, want, 1, &rep);
	assert_non_null(strstr(rep.rcpt[0].diagnostic, "mailbox full"));
	assert_null(strstr(rep.rcpt[0].diagnostic, "Size"));
	dsn_report_release(&rep);
	parse_as(told, sizeof(told) - 1, gone, 1, &rep);
	assert_non_null(strstr(rep.rcpt[0].diagnostic, "5.1.1"));
	dsn_report_release(&rep);
}

/* One message with a text part in charset, its content as given. */
static char *
part_message(const char *charset, const char *encoding, const char *content)
{
	return g_strdup_printf("From: MAILER-DAEMON@mail.example.org\n"
	    "To: sales@exporter.example.com\n"
	    "Subject: Undelivered Mail Returned to Sender\n"
	    "MIME-Version: 1.0\n"
	    "Content-Type: text/plain; charset=%s\n"
	    "Content-Transfer-Encoding: %s\n\n%s\n", charset, encoding,
	    content);
}

/* The first recipient of a message read, or NULL; its category in *cat. */
static char *
first_rcpt(const char *m, enum dsn_category *cat, char **diag)
{
	struct dsn_report rep;
	struct err err;
	char *addr = NULL;

	assert_int_equal(dsn_parse(m, strlen(m), rules, 0, &rep, &err), 0);
	if (rep.nrcpt > 0) {
		addr = g_strdup(rep.rcpt[0].addr);
		*cat = rep.rcpt[0].category;
		if (diag != NULL)
			*diag = g_strdup(rep.rcpt[0].diagnostic);
	}
	dsn_report_release(&rep);
	return addr;
}

/*
 * The reader keeps its converters to UTF-8 open from one text to the
 * next: a text that failed half-way through a shift (ISO-2022-JP's ESC $ B,
 * then bytes no JIS X 0208 pair has) leaves the next text of that charset
 * read from the start state, its ASCII as ASCII.  Read twice over, the
 * second time through the kept converter.
 */
static void
test_converter_kept(void **state)
{
	static const char bad[] = "Delivery failed \x1b$B%F%9\x80\x80"
	    "\x1b(B for <k.tanaka@example.jp>";
	static const char good[] = "<k.tanaka@example.jp>: 550 5.1.1 "
	    "\x1b$B%F%9%H\x1b(B user unknown";
	enum dsn_category cat = DSN_CAT_NONE;
	char *m, *addr, *diag = NULL;
	int round;

	(void)state;
	for (round = 0; round < 2; round++) {
		m = part_message("iso-2022-jp", "7bit", bad);
		g_free(first_rcpt(m, &cat, NULL));
		g_free(m);
		m = part_message("iso-2022-jp", "7bit", good);
		addr = first_rcpt(m, &cat, &diag);
		g_free(m);
		assert_non_null(addr);
		assert_string_equal(addr, "k.tanaka@example.jp");
		assert_int_equal(cat, DSN_CAT_INVALID);
		assert_non_null(diag);
		/* テスト, decoded */
		assert_non_null(strstr(diag, "\xe3\x83\x86\xe3\x82\xb9"
		    "\xe3\x83\x88 user unknown"));
		g_free(addr);
		g_free(diag);
		diag = NULL;
	}
}

/*
 * A part's decoded content keeps its writer's line ends: CRLF and bare CR
 * become LF, and the spaces and tabs that end a line go, in an encoded
 * part (decoded by GMime) as in a plain one (read where it lies): the
 * failure's line ends where its writer ended it, and the line about the
 * mailbox after it is no part of it.
 */
static void
test_part_line_ends(void **state)
{
	/* the same text three ways; base64 and QP with CR and CRLF ends */
	static const char *const parts[][2] = {
		{ "7bit", "550 5.1.1 <p.weber@kunde.example>: user unknown  \t\n"
		    " \t \n\nThe mailbox is over quota, write later." },
		{ "base64", "NTUwIDUuMS4xIDxwLndlYmVyQGt1bmRlLmV4YW1wbGU+OiB1c2"
		    "VyIHVua25vd24gIAkNCiAJIA0NVGhlIG1haWxib3ggaXMgb3ZlciBxdW"
		    "90YSwgd3JpdGUgbGF0ZXIuDQo=" },
		{ "quoted-printable", "550 5.1.1 <p.weber@kunde.example>: user "
		    "unknown =09=0D=0A =09=0D=\n=0DThe mailbox is over quota, "
		    "write later.=0D" },
	};
	enum dsn_category cat;
	char *m, *addr, *diag;
	size_t i;

	(void)state;
	for (i = 0; i < G_N_ELEMENTS(parts); i++) {
		diag = NULL;
		m = part_message("us-ascii", parts[i][0], parts[i][1]);
		addr = first_rcpt(m, &cat, &diag);
		g_free(m);
		assert_non_null(addr);
		assert_string_equal(addr, "p.weber@kunde.example");
		assert_int_equal(cat, DSN_CAT_INVALID);
		assert_non_null(diag);
		assert_string_equal(diag,
		    "550 5.1.1 <p.weber@kunde.example>: user unknown");
		g_free(addr);
		g_free(diag);
	}
}

/* Too many MIME parts: refused before GMime recurses into them. */
static void
test_deep_nesting(void **state)
{
	GString *m = g_string_new("From: a@b.example\n");
	struct dsn_report rep;
	struct err err;
	int i;

	for (i = 0; i < 10000; i++)
		g_string_append_printf(m, "Content-Type: multipart/mixed; "
		    "boundary=b%d\n\n--b%d\n", i, i);
	assert_int_equal(dsn_parse(m->str, m->len, rules, 0, &rep, &err), -1);
	assert_non_null(strstr(err.msg, "MIME parts"));
	g_string_free(m, TRUE);
}

/*
 * The MIME parts counted before GMime reads a message are the lines that
 * open with Content-Type:, in any case, the first line too: 2,000 are
 * read, one more is refused.  A line that names the field elsewhere
 * does not count.
 */
static void
test_parts_counted(void **state)
{
	GString *m;
	struct dsn_report rep;
	struct err err;
	int i, more, rc;

	for (more = 0; more < 2; more++) {
		m = g_string_new("content-type: text/plain\n");
		for (i = 1; i < 2000 + more; i++)
			g_string_append(m, "CONTENT-type: text/plain\n"
			    "X-Content-Type: a\n");
		g_string_append(m, "From: a@b.example\n\nnot content-type: "
		    "b\ncontent-typ: c\n");
		rc = dsn_parse(m->str, m->len, rules, 0, &rep, &err);
		if (more) {
			assert_int_equal(rc, -1);
			assert_non_null(strstr(err.msg, "MIME parts"));
		} else {
			assert_int_equal(rc, 0);
			dsn_report_release(&rep);
		}
		g_string_free(m, TRUE);
	}
}

/*
 * The dashes under a notice's first line alone rule off its title (a web
 * mail's page copied as text: "Address not found" over "--"), so the
 * notice below them is read; dashes after the notice's words are the
 * signature separator, and the disclaimer after them is not read.
 */
static void
test_title_rule(void **state)
{
	static const char titled[] =
	    "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>"
	    "\n"
	    "To: s@example.org\n"
	    "Subject: Delivery Status Notification (Failure)\n"
	    "MIME-Version: 1.0\n"
	    "Content-Type: text/plain; charset=UTF-8\n"
	    "\n"
	    "Address not found\n"
	    "--\n"
	    "Your message wasn't delivered to x@dead.example.com because "
	    "the address couldn't be found, or is unable to receive mail."
	    "\n"
	    "\n"
	    "The response was:\n"
	    "550 5.1.1 No such user\n";
	static const char signed_[] =
	    "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>"
	    "\n"
	    "To: s@example.org\n"
	    "Subject: Delivery Status Notification (Failure)\n"
	    "MIME-Version: 1.0\n"
	    "Content-Type: text/plain; charset=UTF-8\n"
	    "\n"
	    "Your message wasn't delivered to y@dead.example.com because "
	    "the address couldn't be found, or is unable to receive mail."
	    "\n"
	    "\n"
	    "The response was:\n"
	    "550 5.1.1 No such user\n"
	    "-- \n"
	    "Example Ltd, questions to help@example.net\n";
	static const char *const want_titled[][2] = {
		{ "x@dead.example.com", "invalid" },
	};
	static const char *const want_signed[][2] = {
		{ "y@dead.example.com", "invalid" },
	};
	struct dsn_report rep;

	(void)state;
	parse_as(titled, sizeof(titled) - 1, want_titled,
	    G_N_ELEMENTS(want_titled), &rep);
	dsn_report_release(&rep);
	parse_as(signed_, sizeof(signed_) - 1, want_signed,
	    G_N_ELEMENTS(want_signed), &rep);
	dsn_report_release(&rep);
}

/*
 * A bounce a list manager passed on to the list's owners with its list
 * headers and its own envelope sender (Mailman 2.0's -admin copies, as
 * in flufl.bounce's postfix_03, smtp32_03 and sina_01): the Return-Path
 * is the list's, not a person's, and a failure the rules cannot name is
 * kept.  The same text posted to the list by a person is a post, and
 * the same notice from a person's envelope sender without list headers
 * stays a person's mail.
 */
#define SMTP32_TEXT \
	"Content-Type: text/plain; charset=us-ascii\n\n" \
	"undeliverable to gone@example.net\n\n\n" \
	"Original message follows.\n\n"
#define LIST_COPY \
	"Subject: Undeliverable Mail\n" \
	"List-Id: Cyclists <cyclists.lists.example.org>\n" \
	"X-BeenThere: cyclists@lists.example.org\n" \
	SMTP32_TEXT

static void
test_list_passed_bounce(void **state)
{
	static const char copy[] =
	    "Return-Path: <cyclists-admin@lists.example.org>\n"
	    "From: \"Postmaster\" <postmaster@mx.example.net>\n"
	    "To: cyclists-admin@lists.example.org\n"
	    LIST_COPY
	    "To: cyclists@lists.example.org\n";
	static const char post[] =
	    "Return-Path: <cyclists-admin@lists.example.org>\n"
	    "From: Alice <alice@example.com>\n"
	    "To: cyclists@lists.example.org\n"
	    LIST_COPY
	    "To: cyclists@lists.example.org\n";
	static const char personal[] =
	    "Return-Path: <alice@example.com>\n"
	    "From: \"Postmaster\" <postmaster@mx.example.net>\n"
	    "To: bob@example.org\n"
	    "Subject: Undeliverable Mail\n"
	    SMTP32_TEXT
	    "To: bob@example.org\n";
	static const char *const want[][2] = {
		{ "gone@example.net", "unknown" },
	};
	struct dsn_report rep;

	(void)state;
	parse_as(copy, sizeof(copy) - 1, want, G_N_ELEMENTS(want), &rep);
	assert_null(rep.doubt);
	dsn_report_release(&rep);
	parse_expect(post, sizeof(post) - 1, NULL, 0);
	parse_expect(personal, sizeof(personal) - 1, NULL, 0);
}

#define HELD_HEADERS \
	"List-Id: Cyclists <cyclists.lists.example.org>\n" \
	"X-List-Administrivia: yes\n" \
	"Content-Type: text/plain; charset=us-ascii\n\n"
#define HELD_NOTICE \
	"Your mail to 'Cyclists' with the subject\n\n    Hello\n\n" \
	"Is being held until the list moderator can review it for " \
	"approval.\n\nThe reason it is being held:\n\n" \
	"    Post by non-member to a members-only list\n"

/*
 * Microsoft CDO's "Non-Delivery Report" of a list manager's held-message
 * notice keeps that notice's headers (X-List-Administrivia, List-Id) and
 * quotes it after "Old message:" (as flufl.bounce's microsoft_03): the
 * recipient failed, and the held notice's reason (a non-member's post)
 * is the returned message's, not the failure.  The list's notice itself
 * is no bounce.
 */
static void
test_list_notice_bounced(void **state)
{
	static const char ndr[] =
	    "From: <admin@example.net>\n"
	    "To: <cyclists-bounces@lists.example.org>\n"
	    "Subject: Non-Delivery: Your message to Cyclists awaits "
	    "moderator approval\n"
	    "X-Mailer: Microsoft CDO for Windows 2000\n"
	    HELD_HEADERS
	    "--- Non-Delivery Report ---\n"
	    "The email below could not be delivered to the following user:"
	    "\n\n\"u@example.net\" <u@example.net>\n\n"
	    "Old message:\n\n"
	    HELD_NOTICE;
	static const char held[] =
	    "From: cyclists-bounces@lists.example.org\n"
	    "To: u@example.net\n"
	    "Subject: Your message to Cyclists awaits moderator approval\n"
	    HELD_HEADERS
	    HELD_NOTICE;
	static const char *const want[][2] = {
		{ "u@example.net", "unknown" },
	};

	(void)state;
	parse_expect(ndr, sizeof(ndr) - 1, want, G_N_ELEMENTS(want));
	parse_expect(held, sizeof(held) - 1, NULL, 0);
}

/*
 * Sina's notice ends its text with "--- 附件中的内容是原信件的一份拷贝"
 * ("the attachment is a copy of the original letter", as flufl.bounce's
 * sina_01): that line opens the returned message, it is no failure of
 * the recipient before it, which the notice leaves unexplained.
 */
static void
test_copy_marker_zh(void **state)
{
	static const char msg[] =
	    "From: MAILER-DAEMON@sina.example.com\n"
	    "To: s@example.org\n"
	    "Subject: =?UTF-8?B?6YKu5Lu25Y+R6YCB5aSx6LSl?=\n"
	    "MIME-Version: 1.0\n"
	    "Content-Type: text/plain; charset=UTF-8\n"
	    "Content-Transfer-Encoding: 8bit\n\n"
	    "sina.example.com.\n"
	    "\xe9\x82\xae\xe4\xbb\xb6\xe6\x97\xa0\xe6\xb3\x95\xe5\x8f\x91"
	    "\xe9\x80\x81\xe5\x88\xb0\xe6\x82\xa8\xe6\x8c\x87\xe5\xae\x9a"
	    "\xe7\x9a\x84\xe5\x9c\xb0\xe5\x9d\x80\xe4\xb8\xad\xe3\x80\x82\n\n"
	    "<a@sina.example.com>:\n\n"
	    "--- \xe9\x99\x84\xe4\xbb\xb6\xe4\xb8\xad\xe7\x9a\x84\xe5\x86\x85"
	    "\xe5\xae\xb9\xe6\x98\xaf\xe5\x8e\x9f\xe4\xbf\xa1\xe4\xbb\xb6"
	    "\xe7\x9a\x84\xe4\xb8\x80\xe4\xbb\xbd\xe6\x8b\xb7\xe8\xb4\x9d\n";
	static const char *const want[][2] = {
		{ "a@sina.example.com", "unknown" },
	};

	(void)state;
	parse_expect(msg, sizeof(msg) - 1, want, G_N_ELEMENTS(want));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_fixtures),
		cmocka_unit_test(test_converter_kept),
		cmocka_unit_test(test_part_line_ends),
		cmocka_unit_test(test_original_fields),
		cmocka_unit_test(test_own_lines),
		cmocka_unit_test(test_own_session),
		cmocka_unit_test(test_paragraphs_overlap),
		cmocka_unit_test(test_bad_input),
		cmocka_unit_test(test_several),
		cmocka_unit_test(test_whole_notice),
		cmocka_unit_test(test_whole_notice_named_unknown),
		cmocka_unit_test(test_msgid_no_recipient),
		cmocka_unit_test(test_whole_notice_own_reply),
		cmocka_unit_test(test_cut_markers),
		cmocka_unit_test(test_diag_reply_lines),
		cmocka_unit_test(test_two_parts),
		cmocka_unit_test(test_chinese_labels),
		cmocka_unit_test(test_chinese_quotes),
		cmocka_unit_test(test_person_reply),
		cmocka_unit_test(test_person_reply_unrecorded),
		cmocka_unit_test(test_chinese_body),
		cmocka_unit_test(test_chinese_brackets),
		cmocka_unit_test(test_html_summary_cells),
		cmocka_unit_test(test_chinese_wrapped),
		cmocka_unit_test(test_expanded),
		cmocka_unit_test(test_local_parts),
		cmocka_unit_test(test_listed),
		cmocka_unit_test(test_class_status),
		cmocka_unit_test(test_redirected),
		cmocka_unit_test(test_other_named),
		cmocka_unit_test(test_self_named),
		cmocka_unit_test(test_one_reply),
		cmocka_unit_test(test_delay_warning),
		cmocka_unit_test(test_quoted_recipient),
		cmocka_unit_test(test_transcript_echo),
		cmocka_unit_test(test_deep_nesting),
		cmocka_unit_test(test_parts_counted),
		cmocka_unit_test(test_lost_boundary),
		cmocka_unit_test(test_details_fields),
		cmocka_unit_test(test_title_rule),
		cmocka_unit_test(test_list_passed_bounce),
		cmocka_unit_test(test_list_notice_bounced),
		cmocka_unit_test(test_copy_marker_zh),
		cmocka_unit_test(test_returned_to),
		cmocka_unit_test(test_returned_to_inline),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
