/*
 * Unit tests for the diagnostic as shown (dsn_tidy.c): the address a
 * paragraph opens with, the reporter's advice and footer, framing rules
 * and headings are no reason; a recipient whose lines keep none takes
 * the reason the notice gives above its address.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>
#include <glib.h>

#include "dsn_int.h"

static int
setup(void **state)
{
	(void)state;
	dsn_init();
	return 0;
}

static int
teardown(void **state)
{
	(void)state;
	dsn_shutdown();
	return 0;
}

/* tidy(in) is want (NULL: nothing left); weak_want: no reason left. */
static void
tidy_is(const char *in, const char *want, int weak_want)
{
	int weak = -1;
	char *got = dsn_diag_tidy(in, &weak);

	if (want == NULL)
		assert_null(got);
	else
		assert_string_equal(got, want);
	if (want != NULL)
		assert_int_equal(weak, weak_want);
	g_free(got);
}

static void
test_tidy_address(void **state)
{
	(void)state;
	tidy_is("a@example.org No action is required on your part.", NULL,
	    1);
	tidy_is("<a@example.org>: 550 5.1.1 <a@example.org>: Recipient "
	    "address rejected", "550 5.1.1 <a@example.org>: Recipient "
	    "address rejected", 0);
	tidy_is("a@example.org<mailto:a@example.org> The email address "
	    "wasn't found", "The email address wasn't found", 0);
	tidy_is("<a@example.org>... User unknown", "User unknown", 0);
	tidy_is("a@example.org because: User a not listed in Domino "
	    "Directory", "User a not listed in Domino Directory", 0);
	tidy_is("a@example.org on Tue, 1 Dec 2026 10:07:00 +0100 The "
	    "recipient name is not recognized The MTS-ID of the original "
	    "message is: c=jp", "The recipient name is not recognized", 0);
	tidy_is("(a@example.org) (unrecoverable error) 553 config error",
	    "(unrecoverable error) 553 config error", 0);
	tidy_is("-- a@example.org could not be delivered.",
	    "could not be delivered.", 0);
	tidy_is("a@example.org (generated from b@example.org) Unrouteable "
	    "address", "Unrouteable address", 0);
	tidy_is("550-5.1.1 The email account that you tried to reach does "
	    "not exist. Please try 550-5.1.1 double-checking the address "
	    "550 5.1.1 https://support.google.com/mail/?p=NoSuchUser",
	    "550-5.1.1 The email account that you tried to reach does not "
	    "exist. Please try double-checking the address "
	    "https://support.google.com/mail/?p=NoSuchUser", 0);
	/* A label is dropped only when another field follows. */
	tidy_is("Failed Recipient: a@example.org Reason: The mailbox is full",
	    "Reason: The mailbox is full", 0);
	tidy_is("Unknown user: a@example.org", "Unknown user: a@example.org",
	    0);
	/* A text that ends in the letters a label is made of: no label,
	 * and nothing read past its end (the sanitized build checks). */
	tidy_is("Unknown user: a@example.org Mailbox",
	    "Unknown user: a@example.org Mailbox", 0);
	/* A reply that only quotes an address keeps it. */
	tidy_is("550 5.1.1 <a@example.org>... User unknown",
	    "550 5.1.1 <a@example.org>... User unknown", 0);
}

static void
test_tidy_frames(void **state)
{
	(void)state;
	tidy_is("a@example.org host mx.example.org [192.0.2.1]: Connection "
	    "refused No action is required on your part. Delivery attempts "
	    "will continue", "host mx.example.org [192.0.2.1]: Connection "
	    "refused", 0);
	tidy_is("a@example.org host mx.example.org [192.0.2.1] No action is "
	    "required", "host mx.example.org [192.0.2.1]", 1);
	tidy_is("a@example.org Additional Information ========== Original "
	    "Sender: <s@example.com>", "Additional Information", 1);
	tidy_is("<a@example.org> (reason: Deferred) ----- Transcript of "
	    "session follows ----- 421 Try later",
	    "(reason: Deferred) 421 Try later", 0);
	tidy_is("a@example.org ... unknown host |---------- Message text "
	    "follows: ----------|", "unknown host", 0);
	/* 建议解决方案 请联系收件人 (the advice heading and its advice) */
	tidy_is("550 Mailbox not found \xe5\xbb\xba\xe8\xae\xae\xe8\xa7\xa3"
	    "\xe5\x86\xb3\xe6\x96\xb9\xe6\xa1\x88 \xe8\xaf\xb7\xe8\x81\x94"
	    "\xe7\xb3\xbb", "550 Mailbox not found", 0);
	/* Office 365's advice and its section for administrators. */
	tidy_is("The email address wasn't found at the destination domain. "
	    "Try retyping the address and resending the message. For Email "
	    "Administrators", "The email address wasn't found at the "
	    "destination domain.", 0);
	tidy_is("550 5.7.1 Refused by the email administrators' policy",
	    "550 5.7.1 Refused by the email administrators' policy", 0);
	/* A delivery status's fields, the returned message's header. */
	tidy_is("550 User unknown Reporting-MTA: dns;mx.example.org "
	    "Final-Recipient: rfc822;a@example.org Status: 5.1.1",
	    "550 User unknown", 0);
	tidy_is("550 Recipient unknown Content-Type: multipart/mixed; "
	    "boundary=\"x\"", "550 Recipient unknown", 0);
	tidy_is("554 5.6.0 Content-Type: text/plain not allowed",
	    "554 5.6.0 Content-Type: text/plain not allowed", 0);
	/* 解决建议：1.请联系 (a heading: advice to solve it) */
	tidy_is("550 connect failed \xe8\xa7\xa3\xe5\x86\xb3\xe5\xbb\xba"
	    "\xe8\xae\xae\xef\xbc\x9a" "1.\xe8\xaf\xb7\xe8\x81\x94\xe7"
	    "\xb3\xbb", "550 connect failed", 0);
	tidy_is(NULL, NULL, 1);
	tidy_is("* a@example.org =========", NULL, 1);
	/*
	 * Words that share a first byte (t, d: "transcript ...", "this
	 * is ...", "do not reply ..."), in any case; a text ending in one
	 * word's first letters or its first byte alone keeps them.
	 */
	tidy_is("a@example.org 550 unknown user THIS IS AN AUTOMATED "
	    "MESSAGE", "550 unknown user", 0);
	tidy_is("a@example.org 550 unknown user. Do Not Reply To This "
	    "message", "550 unknown user.", 0);
	tidy_is("a@example.org 550 unknown user th", "550 unknown user th", 0);
	tidy_is("a@example.org 550 unknown user t", "550 unknown user t", 0);
}

/*
 * A session's transcript or log keeps the remote's first refusal after
 * our command, its lines joined, without our commands, the log's notes
 * or Sendmail's own lines; a reason that only looks like one stays.
 */
static void
test_tidy_session(void **state)
{
	(void)state;
	tidy_is("... while talking to mx.example.org.: >>> RCPT "
	    "To:<a@example.org> <<< 550 5.1.1 <a@example.org>... User "
	    "unknown 550 5.1.1 <a@example.org>... User unknown",
	    "550 5.1.1 <a@example.org>... User unknown", 0);
	tidy_is("While talking to mx.example.org: >>> RCPT To:<a@example.org> "
	    "<<< 550 <a@example.org>, User Unknown 550 <a@example.org>... "
	    "User unknown", "550 <a@example.org>, User Unknown", 0);
	tidy_is("While talking to mx.example.org: >>> DATA <<< 550 Sent to "
	    "yourself. 421 mx.example.org (smtp)... Deferred: Connection "
	    "reset", "550 Sent to yourself.", 0);
	tidy_is("... while talking to [192.0.2.1]: >>> DATA <<< 421-4.7.0 "
	    "Try <<< 421-4.7.0 again <<< 421 4.7.0 later - gsmtp "
	    "<a@example.org>... Deferred: 421-4.7.0 Try Warning: message "
	    "still undelivered after 4 hours",
	    "421-4.7.0 Try again later - gsmtp", 0);
	/* The first refusal, not the next command's (quoted: "> "). */
	tidy_is("> (reason: 550 User unknown) > ... while talking to "
	    "mx.example.org.: >>>> DATA > <<< 550 5.1.1 User unknown > 550 "
	    "5.1.1 User unknown > <<< 503 5.0.0 Need RCPT (recipient) > "
	    "Reporting-MTA: dns; mx.example.com", "550 5.1.1 User unknown",
	    0);
	tidy_is("Tue 2026-12-01 10:01:04: * To: a@example.org Tue 2026-12-01 "
	    "10:01:04: --> RCPT To:<a@example.org> Tue 2026-12-01 10:01:04: "
	    "<-- 250 2.1.5 Ok Tue 2026-12-01 10:01:04: --> DATA Tue "
	    "2026-12-01 10:01:04: <-- 354 End data Tue 2026-12-01 10:01:04: "
	    "<-- 554 5.7.1 Spam message rejected Tue 2026-12-01 10:01:04: --> "
	    "QUIT --- End Transcript ---", "554 5.7.1 Spam message rejected",
	    0);
	/* A log without a refusal: its last note. */
	tidy_is("Tue 2026-12-01 10:02:04: * To: a@example.org Tue 2026-12-01 "
	    "10:02:04: Resolving MX record for [example.org]... Tue "
	    "2026-12-01 10:02:04: * Name server reports domain name unknown "
	    "--- End Transcript ---",
	    "Name server reports domain name unknown", 0);
	/* A number in the reply's words is no line of Sendmail's. */
	tidy_is(">>> RCPT To:<a@example.org> <<< 552 Mailbox holds 500 "
	    "messages, over quota", "552 Mailbox holds 500 messages, over "
	    "quota", 0);
	/* Exim's account of our command goes, the reply it quotes stays. */
	tidy_is("host mx.example.org [192.0.2.1] SMTP error from remote mail "
	    "server after RCPT TO:<a@example.org>: 550 5.1.1 User unknown",
	    "550 5.1.1 User unknown", 0);
	tidy_is("SMTP error from remote mailer after RCPT TO:<a@example.org>: "
	    "host mx.example.org [192.0.2.1]: 552 Mailbox is full",
	    "552 Mailbox is full", 0);
	tidy_is("SMTP error from remote mail server after RCPT "
	    "TO:<a@example.org>: host mx.example.org [192.0.2.1]: Unrouteable "
	    "address", "Unrouteable address", 0);
	tidy_is("There was an error delivering your mail to <a@example.org>. "
	    "mx.example.org [192.0.2.1] did not like our RCPT TO: 550 5.1.1 "
	    "User unknown", "550 5.1.1 User unknown", 0);
	tidy_is("550 5.7.1 Rejected: they did not like our offer",
	    "550 5.7.1 Rejected: they did not like our offer", 0);
	tidy_is("550 SMTP error from remote mail server: no reply",
	    "550 SMTP error from remote mail server: no reply", 0);
	/* No command before it, no refusal, no log: the text stays. */
	tidy_is("550 5.7.1 Header line <-- 550 too long",
	    "550 5.7.1 Header line <-- 550 too long", 0);
	tidy_is("Sent >>> DATA Received <<< 250 2.0.0 Ok queued",
	    "Sent >>> DATA Received <<< 250 2.0.0 Ok queued", 0);
	tidy_is("Mailbox full since Tue 2026-12-01 10:01:04 and Wed "
	    "2026-12-02 10:01:04", "Mailbox full since Tue 2026-12-01 "
	    "10:01:04 and Wed 2026-12-02 10:01:04", 0);
	tidy_is("552 Message size 100 > 50 allowed",
	    "552 Message size 100 > 50 allowed", 0);
}

/* dsn_diag_before() on text, given its lower-cased copy as a parse has. */
static char *
before(const char *text, const char *addr)
{
	char *lc = g_ascii_strdown(text, -1), *got;

	got = dsn_diag_before(text, lc, addr);
	g_free(lc);
	return got;
}

static void
test_tidy_before(void **state)
{
	const char *exim = "This message was created automatically by "
	    "mail delivery software.\nA message that you sent has not yet "
	    "been delivered to one or more of its\nrecipients after more "
	    "than 4 hours on the queue.\n\nThe message identifier is:  x\n"
	    "\nThe address to which the message has not yet been delivered "
	    "is:\n\n  a@example.org\n\nNo action is required on your part.\n";
	const char *notes = "------- Failure Reasons --------\n\nUser not "
	    "listed in public Name & Address Book\na@example.org\n\n"
	    "------- Returned Message --------\n";
	const char *two = "b@example.org\n    550 User unknown\n\n"
	    "a@example.org\n";
	char *got;

	(void)state;
	got = before(exim, "A@example.org");
	assert_string_equal(got, "A message that you sent has not yet been "
	    "delivered to one or more of its recipients after more than 4 "
	    "hours on the queue.");
	g_free(got);
	got = before(notes, "a@example.org");
	assert_string_equal(got, "User not listed in public Name & Address "
	    "Book");
	g_free(got);
	/* Another recipient's lines are not this one's reason. */
	assert_null(before(two, "a@example.org"));
	assert_null(before(exim, "c@example.org"));
}

/* The returned message's subject quoted before the reason goes. */
static void
test_unsubject(void **state)
{
	char delay[] = "a@example.org Subject: May offer This message hasn't "
	    "been delivered yet.";
	char notice[] = "a@example.org Subject: May offer";
	char domino[] = "User a not listed Your message Subject: May offer "
	    "was not delivered to:";
	char other[] = "Subject: June offer rejected";

	(void)state;
	dsn_diag_unsubject(delay, "May offer", "Delivery delayed:May offer");
	assert_string_equal(delay, "a@example.org This message hasn't been "
	    "delivered yet.");
	/* Without the returned header: the notice's subject's end. */
	dsn_diag_unsubject(notice, NULL, "Delivered: May offer");
	assert_string_equal(notice, "a@example.org ");
	/* Not where it does not open the text, nor another subject. */
	dsn_diag_unsubject(domino, "May offer", NULL);
	assert_string_equal(domino, "User a not listed Your message Subject: "
	    "May offer was not delivered to:");
	dsn_diag_unsubject(other, "May offer", "Undeliverable: May offer");
	assert_string_equal(other, "Subject: June offer rejected");
	dsn_diag_unsubject(NULL, "May offer", NULL);
}

static void
test_refold(void **state)
{
	char diag[] = "User a (a@example.org) not l isted in Domino Directory";
	char keep[] = "Mailbox is a full one";

	(void)state;
	dsn_diag_refold(diag, "DELIVERY FAILURE: User a (a@example.org) not "
	    "listed in Domino Directory");
	assert_string_equal(diag, "User a (a@example.org) not listed in "
	    "Domino Directory");
	/* "a" is a word of the subject: no join to "afull". */
	dsn_diag_refold(keep, "Mailbox is a full one, afull");
	assert_string_equal(keep, "Mailbox is a full one");
	dsn_diag_refold(keep, NULL);
	assert_string_equal(keep, "Mailbox is a full one");
}

/*
 * The words of the subject compared by their first two bytes first: a
 * word of one letter takes its second from the part after the fold,
 * in any case; a subject that ends mid-word, an empty one and one with
 * UTF-8 letters around the word.
 */
static void
test_refold_edges(void **state)
{
	char one[] = "x l isted";
	char mid[] = "not l isted";
	char empty[] = "not l isted";
	char utf8[] = "not l isted";

	(void)state;
	dsn_diag_refold(one, "Recipient NOT LISTED");
	assert_string_equal(one, "x listed");
	dsn_diag_refold(mid, "not lis");
	assert_string_equal(mid, "not l isted");
	dsn_diag_refold(empty, "");
	assert_string_equal(empty, "not l isted");
	/* é, ü: not ASCII letters, so "listed" between them is a word. */
	dsn_diag_refold(utf8, "Adresse \xc3\xa9listed\xc3\xbc");
	assert_string_equal(utf8, "not listed");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_tidy_address),
		cmocka_unit_test(test_tidy_frames),
		cmocka_unit_test(test_tidy_session),
		cmocka_unit_test(test_tidy_before),
		cmocka_unit_test(test_unsubject),
		cmocka_unit_test(test_refold),
		cmocka_unit_test(test_refold_edges),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
