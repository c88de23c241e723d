/*
 * test_rules: the rules file language and the built-in classification of
 * replies quoted from real bounces.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>

#include <cmocka.h>
#include <glib.h>

#include "dsn.h"

struct reply {
	const char	*status;
	const char	*code;
	const char	*action;
	const char	*diag;
	const char	*category;
	const char	*reason;
};

/* Replies as servers send them; the comments name where they come from. */
static const struct reply replies[] = {
	/* Postfix relay to a host that checks Spamhaus */
	{ "5.7.1", "554", "failed", "554 5.7.1 Service unavailable; Client "
	    "host [192.0.2.5] blocked using zen.spamhaus.org", "blocked",
	    "blocked" },
	/* a 5.1.1-looking reply that is about our IP, not the user */
	{ "5.1.1", "550", "failed", "550 5.1.1 Your IP 192.0.2.5 is listed "
	    "at bl.spamcop.net", "blocked", "blocked" },
	/* Dovecot LMTP over quota */
	{ "5.2.2", "552", "failed", "552 5.2.2 <a@b.example> Quota exceeded "
	    "(mailbox for user is full)", "full", "mailboxfull" },
	/* Exchange size limit */
	{ "5.3.4", "552", "failed", "552 5.3.4 Message size exceeds fixed "
	    "maximum message size", "content", "mesgtoobig" },
	{ "5.1.1", "550", "failed", "550 5.1.1 <x@y.example>: Recipient "
	    "address rejected: User unknown in virtual mailbox table",
	    "invalid", "userunknown" },
	/* Gmail */
	{ "5.7.26", "550", "failed", "550-5.7.26 This mail has been blocked "
	    "because the sender is unauthenticated. Gmail requires all "
	    "senders to authenticate with either SPF or DKIM.", "blocked",
	    "authfailure" },
	{ "5.7.1", "550", "failed", "550 5.7.1 Client host rejected: cannot "
	    "find your reverse hostname, [192.0.2.5]", "blocked",
	    "requireptr" },
	{ "4.7.0", "421", "delayed", "421 4.7.0 Try again later, closing "
	    "connection.", "retry-later", NULL },
	/* a temporary failure never marks an address invalid */
	{ "4.1.1", "450", "failed", "450 4.1.1 <x@y.example>: Recipient "
	    "address rejected: User unknown in local recipient table",
	    "retry-later", NULL },
	{ "2.0.0", "250", "relayed", "250 2.0.0 Ok: queued", "delivered",
	    "delivered" },
	/* QQ mail (Chinese) */
	{ "5.0.0", "550", "failed", "550 Mailbox not found. "
	    "\xe6\x94\xb6\xe4\xbb\xb6\xe4\xba\xba\xe4\xb8\x8d\xe5\xad\x98"
	    "\xe5\x9c\xa8", "invalid", "userunknown" },
	{ NULL, "554", NULL, "554 5.7.1 The message was rejected because it "
	    "contains spam", "content", "spamdetected" },
	{ NULL, "550", NULL, "550 something nobody has ever said", "unknown",
	    "onhold" },
};

static void
classify_one(struct dsn_rules *rules, const struct reply *t,
    struct dsn_recipient *r)
{
	memset(r, 0, sizeof(*r));
	r->status = g_strdup(t->status);
	r->code = g_strdup(t->code);
	r->action = g_strdup(t->action);
	r->diagnostic = g_strdup(t->diag);
	dsn_classify(rules, r);
}

static void
rcpt_free(struct dsn_recipient *r)
{
	g_free(r->status);
	g_free(r->code);
	g_free(r->action);
	g_free(r->diagnostic);
	g_free(r->reason);
	g_free(r->rule);
}

static void
test_builtin(void **state)
{
	struct dsn_rules *rules;
	struct dsn_recipient r;
	struct err err;
	size_t i;

	rules = dsn_rules_load(NULL, &err);
	assert_non_null(rules);
	for (i = 0; i < G_N_ELEMENTS(replies); i++) {
		classify_one(rules, &replies[i], &r);
		print_message("  %s -> %s/%s (%s)\n", replies[i].diag,
		    dsn_category_name(r.category), r.reason, r.rule);
		assert_string_equal(dsn_category_name(r.category),
		    replies[i].category);
		if (replies[i].reason != NULL)
			assert_string_equal(r.reason, replies[i].reason);
		assert_int_equal(r.hard, r.category == DSN_CAT_INVALID);
		rcpt_free(&r);
	}
	dsn_rules_free(rules);
}

/* User rules come before the built-in ones. */
static void
test_user_rules_first(void **state)
{
	static const struct reply t = { "5.1.1", "550", "failed",
	    "550 5.1.1 Mailbox temporarily moved to archive", NULL, NULL };
	struct dsn_rules *rules;
	struct dsn_recipient r;
	struct err err;

	rules = dsn_rules_load(NULL, &err);
	assert_non_null(rules);
	classify_one(rules, &t, &r);
	assert_int_equal(r.category, DSN_CAT_INVALID);
	rcpt_free(&r);
	assert_int_equal(dsn_rules_add_text(rules, "mine.conf",
	    "# our archive system\n"
	    "define ARCHIVE \"moved to archive|archived mailbox\"\n"
	    "retry-later archived text=$ARCHIVE\n", &err), 0);
	classify_one(rules, &t, &r);
	assert_int_equal(r.category, DSN_CAT_RETRY);
	assert_string_equal(r.reason, "archived");
	assert_string_equal(r.rule, "mine.conf:3");
	rcpt_free(&r);
	dsn_rules_free(rules);
}

/* Every mistake is reported as file:line: what. */
static void
test_errors(void **state)
{
	static const struct {
		const char	*text;
		const char	*msg;
	} bad[] = {
		{ "invalid x text=\"a\"\nnonsense y text=\"b\"\n",
		    "f.conf:2: unknown category 'nonsense'" },
		{ "invalid x\n", "f.conf:1: a rule is CATEGORY REASON" },
		{ "invalid x text=\"open\n", "f.conf:1: unterminated quote" },
		{ "invalid x re=\"(\"\n", "f.conf:1: bad regex" },
		{ "invalid x size=3\n", "f.conf:1: unknown condition 'size'" },
		{ "invalid x text=$NOPE\n", "f.conf:1: 'NOPE' is not defined" },
		{ "invalid x text=\"a|\\\n", "f.conf:1: continued line not finished" },
	};
	struct dsn_rules *rules;
	struct err err;
	size_t i;

	for (i = 0; i < G_N_ELEMENTS(bad); i++) {
		rules = dsn_rules_new();
		err.msg[0] = '\0';
		assert_int_equal(dsn_rules_add_text(rules, "f.conf",
		    bad[i].text, &err), -1);
		print_message("  %s\n", err.msg);
		assert_non_null(strstr(err.msg, bad[i].msg));
		dsn_rules_free(rules);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_builtin),
		cmocka_unit_test(test_user_rules_first),
		cmocka_unit_test(test_errors),
	};
	int rc;

	dsn_init();
	rc = cmocka_run_group_tests(tests, NULL, NULL);
	dsn_shutdown();
	return rc;
}
