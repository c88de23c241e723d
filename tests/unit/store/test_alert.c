/* Unit tests for store_alert: sender alerts and their advice. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>
#include <glib.h>

#include "store_alert.h"

static void
alert_is(const char *cat, const char *reason, const char *diag,
    const char *kind, const char *list)
{
	struct store_alert a;
	int r = store_alert_classify(cat, reason, diag, &a);

	if (kind == NULL) {
		assert_int_equal(r, 0);
		return;
	}
	assert_int_equal(r, 1);
	assert_string_equal(a.kind, kind);
	assert_non_null(a.advice);
	if (list == NULL)
		assert_null(a.list_name);
	else
		assert_string_equal(a.list_name, list);
	g_free(a.list_name);
}

static void
test_kinds(void **state)
{
	alert_is("blocked", "blocked", "550 5.7.1 Service unavailable; "
	    "Client host [192.0.2.1] blocked using zen.spamhaus.org",
	    "blocklist-ip", "zen.spamhaus.org");
	alert_is("blocked", "blocked", "554 rejected: domain listed in "
	    "dbl.spamhaus.org", "blocklist-domain", "dbl.spamhaus.org");
	alert_is("blocked", "authfailure", "550 5.7.26 Unauthenticated email "
	    "from example.com is not accepted due to domain's DMARC policy",
	    "authentication", NULL);
	alert_is("blocked", "requireptr", "550 5.7.25 The IP address sending "
	    "this message does not have a PTR record setup",
	    "ptr", NULL);
	alert_is("content", "mesgtoobig", "552 5.3.4 Message size exceeds "
	    "fixed limit", "too-large", NULL);
	alert_is("content", "spamdetected", "550 5.7.1 Message rejected as "
	    "spam by Content Filtering.", "spam-content", NULL);
	alert_is("retry-later", "toomanyconn", "421 4.7.0 Too many "
	    "connections, slow down", "rate-limit", NULL);
	alert_is("blocked", "rejected", "550 not allowed", "blocked", NULL);
}

static void
test_not_alerts(void **state)
{
	alert_is("invalid", "userunknown", "550 5.1.1 user unknown", NULL,
	    NULL);
	alert_is("retry-later", "expired", "delivery expired", NULL, NULL);
	alert_is("full", "mailboxfull", "552 5.2.2 quota", NULL, NULL);
}

static void
test_advice_texts(void **state)
{
	assert_non_null(strstr(store_alert_advice("blocklist-ip"),
	    "delisting"));
	assert_non_null(strstr(store_alert_advice("authentication"),
	    "SPF, DKIM and DMARC"));
	assert_non_null(strstr(store_alert_advice("too-large"), "links"));
	assert_null(store_alert_advice("nonsense"));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_kinds),
		cmocka_unit_test(test_not_alerts),
		cmocka_unit_test(test_advice_texts),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
