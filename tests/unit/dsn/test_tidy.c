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
		cmocka_unit_test(test_tidy_before),
		cmocka_unit_test(test_refold),
		cmocka_unit_test(test_refold_edges),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
