/* Unit tests for store_policy: the status rules over a contact's events. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "store_policy.h"

#define T0	1700000000LL
#define H	3600LL
#define D	(24 * H)

static struct store_policy pol;

static struct store_event
ev(long long date, const char *cat, const char *group)
{
	struct store_event e;

	memset(&e, 0, sizeof(e));
	e.date = date;
	e.category = cat;
	e.reason = cat;
	e.group = group;
	e.id = date;
	return e;
}

static struct store_event
mark(long long date, const char *status)
{
	struct store_event e = ev(date, NULL, NULL);

	e.is_mark = 1;
	assert_int_equal(store_status_parse(status, &e.status), 0);
	e.reason = "by hand";
	return e;
}

static void
eval(struct store_event *e, size_t n, long long now, struct store_verdict *v)
{
	store_policy_eval(&pol, STORE_ACTIVE, NULL, e, n, now, v);
}

static void
test_invalid_first(void **state)
{
	struct store_event e[] = { ev(T0, "invalid", "m1") };
	struct store_verdict v;

	eval(e, 1, T0 + H, &v);
	assert_string_equal(store_status_name(v.status), "invalid");
	assert_int_equal(v.since, T0);
	assert_int_equal(v.bounces, 1);
}

static void
test_full_then_quiet(void **state)
{
	struct store_event e[] = { ev(T0, "full", "m1") };
	struct store_verdict v;

	eval(e, 1, T0 + 29 * D, &v);
	assert_string_equal(store_status_name(v.status), "full");
	eval(e, 1, T0 + 31 * D, &v);
	assert_string_equal(store_status_name(v.status), "active");
	assert_int_equal(v.since, T0 + 30 * D);
}

static void
test_full_abandoned(void **state)
{
	struct store_event e[] = { ev(T0, "full", "m1"),
	    ev(T0 + 20 * D, "full", "m2"), ev(T0 + 31 * D, "full", "m3") };
	struct store_event few[] = { ev(T0, "full", "m1"),
	    ev(T0 + 10 * D, "full", "m2"), ev(T0 + 20 * D, "full", "m3") };
	struct store_verdict v;

	eval(e, 3, T0 + 32 * D, &v);
	assert_string_equal(store_status_name(v.status), "invalid");
	assert_string_equal(v.reason, "abandoned");
	/* Three within 30 days: still only full. */
	eval(few, 3, T0 + 21 * D, &v);
	assert_string_equal(store_status_name(v.status), "full");
}

static void
test_retry_after_and_review(void **state)
{
	struct store_event e[] = { ev(T0, "retry-later", "m1"),
	    ev(T0 + 25 * H, "retry-later", "m2") };
	struct store_verdict v;

	eval(e, 1, T0 + H, &v);
	assert_string_equal(store_status_name(v.status), "retry-later");
	assert_int_equal(v.retry_after, T0 + 4 * H);
	assert_null(v.review);
	eval(e, 2, T0 + 26 * H, &v);
	assert_int_equal(v.retry_after, T0 + 29 * H);
	assert_string_equal(v.review, STORE_REVIEW_SOFT);
}

static void
test_soft_to_invalid(void **state)
{
	struct store_event e[5];
	struct store_verdict v;
	char g[5][4];
	int i;

	for (i = 0; i < 5; i++) {
		g[i][0] = 'm';
		g[i][1] = (char)('0' + i);
		g[i][2] = '\0';
		e[i] = ev(T0 + i * 4 * D, "retry-later", g[i]);
	}
	eval(e, 5, T0 + 17 * D, &v);
	assert_string_equal(store_status_name(v.status), "invalid");
	assert_int_equal(v.soft, 5);
	/* Same five over less than 14 days: not yet. */
	for (i = 0; i < 5; i++)
		e[i].date = T0 + i * 3 * D;
	eval(e, 5, T0 + 13 * D, &v);
	assert_string_equal(store_status_name(v.status), "retry-later");
}

/* A delay notice and the final failure of one message count once. */
static void
test_delay_and_final_once(void **state)
{
	struct store_event e[] = { ev(T0, "retry-later", "orig1"),
	    ev(T0 + 5 * D, "retry-later", "orig1"),
	    ev(T0 + 6 * D, "retry-later", "orig2"),
	    ev(T0 + 10 * D, "retry-later", "orig3"),
	    ev(T0 + 15 * D, "retry-later", "orig4") };
	struct store_verdict v;

	eval(e, 5, T0 + 16 * D, &v);
	assert_int_equal(v.soft, 4);
	assert_string_equal(store_status_name(v.status), "retry-later");
}

static void
test_order_independent(void **state)
{
	struct store_event a[] = { ev(T0, "full", "m1"),
	    ev(T0 + D, "invalid", "m2"), ev(T0 + 2 * D, "retry-later", "m3") };
	struct store_event b[] = { a[2], a[0], a[1] };
	struct store_verdict va, vb;

	eval(a, 3, T0 + 3 * D, &va);
	eval(b, 3, T0 + 3 * D, &vb);
	assert_string_equal(store_status_name(va.status), "invalid");
	assert_int_equal(vb.status, va.status);
	assert_int_equal(vb.since, va.since);
	assert_int_equal(vb.since, T0 + D);
}

static void
test_sticky_and_mark(void **state)
{
	struct store_event e[] = { ev(T0, "complaint", "m1"),
	    ev(T0 + D, "invalid", "m2"), mark(T0 + 2 * D, "active"),
	    ev(T0 + 3 * D, "full", "m3") };
	struct store_verdict v;

	eval(e, 2, T0 + 2 * D, &v);
	assert_string_equal(store_status_name(v.status), "complained");
	eval(e, 3, T0 + 2 * D, &v);
	assert_string_equal(store_status_name(v.status), "active");
	assert_true(v.cause_is_mark);
	eval(e, 4, T0 + 4 * D, &v);
	assert_string_equal(store_status_name(v.status), "full");
}

static void
test_no_change_categories(void **state)
{
	struct store_event e[] = { ev(T0, "blocked", "m1"),
	    ev(T0, "content", "m2"), ev(T0, "autoreply", "m3"),
	    ev(T0, "delivered", "m4"), ev(T0, "unknown", "m5") };
	struct store_verdict v;

	eval(e, 5, T0 + D, &v);
	assert_string_equal(store_status_name(v.status), "active");
	assert_int_equal(v.bounces, 0);
}

static void
test_configured(void **state)
{
	struct store_event e[] = { ev(T0, "retry-later", "m1") };
	struct store_verdict v;

	pol.retry_after_hours = 10;
	eval(e, 1, T0 + H, &v);
	store_policy_defaults(&pol);
	assert_int_equal(v.retry_after, T0 + 10 * H);
}

static int
setup(void **state)
{
	store_policy_defaults(&pol);
	return 0;
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_invalid_first),
		cmocka_unit_test(test_full_then_quiet),
		cmocka_unit_test(test_full_abandoned),
		cmocka_unit_test(test_retry_after_and_review),
		cmocka_unit_test(test_soft_to_invalid),
		cmocka_unit_test(test_delay_and_final_once),
		cmocka_unit_test(test_order_independent),
		cmocka_unit_test(test_sticky_and_mark),
		cmocka_unit_test(test_no_change_categories),
		cmocka_unit_test(test_configured),
	};

	return cmocka_run_group_tests(tests, setup, NULL);
}
