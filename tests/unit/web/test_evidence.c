/*
 * Unit tests for web_evidence's words: each evidence level, the reasons
 * an unverified failure is not believed, held, accepted and counted, and
 * the overview's advice, from what the store found (no database).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>
#include <glib.h>

#include "web_int.h"

#define T0	1700000000LL	/* 2023-11-14 */
#define D	(24 * 3600LL)

static void
words_are(const struct web_evidence *e, const char *want)
{
	char *got = web_evidence_words(e);

	if (want == NULL)
		assert_null(got);
	else
		assert_string_equal(got, want);
	g_free(got);
}

static void
test_levels(void **state)
{
	struct web_evidence e = { "invalid", "verified", NULL, "Angebot", 0,
		1, 1, { T0, 1, T0 + D, 1 } };

	(void)state;
	words_are(&e, "answers our message of 2023-11-14, subject "
	    "\"Angebot\".");
	e.evidence = "plausible";
	words_are(&e, "we wrote to this address on 2023-11-15; the notice "
	    "returns no message to check.");
	e.evidence = NULL;
	words_are(&e, "recorded before evidence was kept.");
	/* Auto-replies and sender-side failures need no evidence. */
	e.category = "autoreply";
	words_are(&e, NULL);
	e.category = "blocked";
	words_are(&e, NULL);
}

static void
test_unverified(void **state)
{
	struct web_evidence e = { "invalid", "unverified", NULL, NULL, 0, 0,
		1, { 0, 0, 0, 0 } };

	(void)state;
	words_are(&e, "unverified: answers no mail we sent (no sent mail is "
	    "recorded, so none can be checked). Changes no status unless "
	    "accepted.");
	e.proof.sent_known = 1;
	words_are(&e, "unverified: answers no mail we sent (it returns a "
	    "message we never sent); we never wrote to this address. Changes "
	    "no status unless accepted.");
	e.proof.mid_ours = 1;
	e.proof.last_sent = T0 - 30 * D;
	words_are(&e, "unverified: answers no mail we sent (it returns a "
	    "message of ours that went to another address, or after the "
	    "notice arrived); we last wrote to this address on 2023-10-15. "
	    "Changes no status unless accepted.");
	e.category = "complaint";
	e.proof.mid_ours = e.has_mid = 0;
	words_are(&e, "unverified: answers no mail we sent (a complaint "
	    "counts only when it returns our message); we last wrote to this "
	    "address on 2023-10-15. Changes no status unless accepted.");
	e.accepted = 2;
	e.counts = 1;
	words_are(&e, "unverified: answers no mail we sent (a complaint "
	    "counts only when it returns our message); we last wrote to this "
	    "address on 2023-10-15. Counted only because accept_unverified "
	    "is set.");
}

static void
test_held(void **state)
{
	struct web_evidence e = { "full", "plausible", "a person's forward "
	    "of a report", NULL, 0, 0, 0, { 0, 0, T0, 1 } };

	(void)state;
	words_are(&e, "held: a person's forward of a report; we wrote to this "
	    "address on 2023-11-14; the notice returns no message to check. "
	    "Changes no status unless accepted.");
	e.accepted = 1;
	e.counts = 1;
	words_are(&e, "held: a person's forward of a report; we wrote to this "
	    "address on 2023-11-14; the notice returns no message to check. "
	    "Accepted by hand.");
}

static void
test_advice(void **state)
{
	struct store_doubt_counts c = { 0, 0, 0, 0 };

	(void)state;
	assert_non_null(strstr(web_doubt_advice(&c), "each account's Sent "
	    "folder"));
	c.sent_known = 1;
	assert_non_null(strstr(web_doubt_advice(&c), "Every failure"));
	c.held = 1;
	assert_non_null(strstr(web_doubt_advice(&c), "Accept one only"));
	c.by_setting = 1;
	assert_non_null(strstr(web_doubt_advice(&c), "Set it to 0"));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_levels),
		cmocka_unit_test(test_unverified),
		cmocka_unit_test(test_held),
		cmocka_unit_test(test_advice),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
