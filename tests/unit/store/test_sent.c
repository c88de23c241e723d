/*
 * Unit tests for store_sent: what we sent, each notice's evidence level,
 * and which notices may change a status, on a real database with the
 * real migrations.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <glib.h>
#include <sqlite3.h>

#include "store.h"
#include "test_db.h"

#define T0	1700000000LL
#define D	(24 * 3600LL)
#define NOW	(T0 + 100 * D)
#define MD_UPPER	"Mailer-Daemon@MX.c.example"

/* The strict policy: unverified notices change nothing. */
static int
setup(void **state)
{
	struct test_db *f;
	struct store_policy p;

	if (test_db_setup(state, "bh-sent-XXXXXX", "s.db") < 0)
		return -1;
	f = *state;
	store_policy_defaults(&p);
	p.accept_unverified = 0;
	store_policy_set(f->st, &p);
	store_clock_set(f->st, NOW);
	return 0;
}

static struct store *
f_st(void **state)
{
	return ((struct test_db *)*state)->st;
}

static void
sent(struct test_db *f, const char *mid, const char *rcpt, long long date,
    int want_added)
{
	assert_int_equal(test_db_sent(f->st, mid, rcpt, date), want_added);
}

/* One notice from sender (or NULL) in run, as notice() below. */
static void
notice_from(struct test_db *f, const char *sender, long long run,
    const char *key, const char *rcpt, const char *cat, const char *orig,
    long long date)
{
	struct store_bounce b;
	struct err err;
	int added;

	memset(&b, 0, sizeof(b));
	b.sender = sender;
	b.msg_key = key;
	b.recipient = rcpt;
	b.category = cat;
	b.reason = cat;
	b.kind = "bounce";
	b.date = date;
	b.original_message_id = orig;
	b.file = "t.eml";
	assert_int_equal(store_begin(f->st, &err), 0);
	if (store_bounce_apply(f->st, run, &b, &added, &err) < 0)
		fail_msg("%s", err.msg);
	assert_int_equal(store_commit(f->st, &err), 0);
	assert_int_equal(added, 1);
}

/* One notice for rcpt returning orig (or NULL), arrived at date. */
static void
notice(struct test_db *f, const char *key, const char *rcpt, const char *cat,
    const char *orig, long long date)
{
	notice_from(f, NULL, 0, key, rcpt, cat, orig, date);
}

static char *
q_text(struct test_db *f, const char *fmt, const char *arg)
{
	char *sql = sqlite3_mprintf(fmt, arg);
	sqlite3 *db;
	sqlite3_stmt *s;
	char *v = NULL;

	assert_int_equal(sqlite3_open(f->path, &db), SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &s, NULL), SQLITE_OK);
	if (sqlite3_step(s) == SQLITE_ROW && sqlite3_column_text(s, 0))
		v = g_strdup((const char *)sqlite3_column_text(s, 0));
	sqlite3_finalize(s);
	sqlite3_close(db);
	sqlite3_free(sql);
	return v;
}

/*
 * The contact's status ("none": no contact, as a bounce that does not
 * count leaves an unknown address), and the evidence of its bounces.
 */
static void
is(struct test_db *f, const char *addr, const char *status, const char *ev)
{
	char *got;

	got = q_text(f, "SELECT coalesce(max(status), 'none') FROM contacts "
	    "WHERE address = %Q", addr);
	assert_non_null(got);
	assert_string_equal(got, status);
	g_free(got);
	got = q_text(f, "SELECT group_concat(evidence) FROM bounces WHERE "
	    "recipient = %Q", addr);
	assert_non_null(got);
	assert_string_equal(got, ev);
	g_free(got);
}

/* The evidence of the notice with this key. */
static void
ev_is(struct test_db *f, const char *key, const char *want)
{
	char *got = q_text(f, "SELECT evidence FROM bounces WHERE msg_key = "
	    "%Q", key);

	assert_non_null(got);
	assert_string_equal(got, want);
	g_free(got);
}

static void
test_levels(void **state)
{
	struct test_db *f = *state;

	sent(f, "<m1@us.example>", "A@Customer.example", NOW - 2 * D, 1);
	sent(f, "m1@us.example", "a@customer.example", NOW - 2 * D, 0);
	sent(f, "<m2@us.example>", "b@customer.example", NOW - 3 * D, 1);
	sent(f, "<m3@us.example>", "old@customer.example", NOW - 30 * D, 1);
	sent(f, NULL, "log@customer.example", NOW - D, 1);
	/* Its returned Message-ID is ours, to that recipient. */
	notice(f, "n1", "a@customer.example", "invalid", "m1@us.example",
	    NOW - D);
	is(f, "a@customer.example", "invalid", "verified");
	/* None returned; we wrote to it three days before. */
	notice(f, "n2", "b@customer.example", "invalid", NULL, NOW - D);
	is(f, "b@customer.example", "invalid", "plausible");
	/* Never written to. */
	notice(f, "n3", "c@customer.example", "invalid", NULL, NOW - D);
	is(f, "c@customer.example", "none", "unverified");
	/* Our Message-ID, but it went to someone else. */
	notice(f, "n4", "d@customer.example", "invalid", "<m1@us.example>",
	    NOW - D);
	is(f, "d@customer.example", "none", "unverified");
	/* Written to a month before: outside the window. */
	notice(f, "n5", "old@customer.example", "invalid", NULL, NOW - D);
	is(f, "old@customer.example", "none", "unverified");
	/* A Message-ID we never sent, to an address whose mail has one. */
	notice(f, "n6", "b@customer.example", "invalid", "<x@forged>", NOW);
	ev_is(f, "n6", "unverified");
	/* The same for an address only a log names: it cannot contradict. */
	notice(f, "n7", "log@customer.example", "invalid", "<y@tool>", NOW);
	is(f, "log@customer.example", "invalid", "plausible");
	/* A notice that arrived two days before the message it returns. */
	sent(f, "<m5@us.example>", "f@customer.example", NOW, 1);
	notice(f, "n10", "f@customer.example", "invalid", "<m5@us.example>",
	    NOW - 2 * D);
	is(f, "f@customer.example", "none", "unverified");
	/* A complaint only when it returns our message. */
	notice(f, "n8", "b@customer.example", "complaint", NULL, NOW);
	ev_is(f, "n8", "unverified");
	sent(f, "<m4@us.example>", "e@customer.example", NOW - 2 * D, 1);
	notice(f, "n9", "e@customer.example", "complaint", "<m4@us.example>",
	    NOW);
	is(f, "e@customer.example", "complained", "verified");
}

/* Sent mail read after the notice gives the same verdict. */
static void
test_order(void **state)
{
	struct test_db *f = *state;

	notice(f, "n1", "a@customer.example", "invalid", "<m1@us.example>",
	    NOW - D);
	is(f, "a@customer.example", "none", "unverified");
	sent(f, "<m1@us.example>", "a@customer.example", NOW - 2 * D, 1);
	is(f, "a@customer.example", "invalid", "verified");
	notice(f, "n2", "b@customer.example", "invalid", NULL, NOW - D);
	sent(f, NULL, "b@customer.example", NOW - 40 * D, 1);
	is(f, "b@customer.example", "none", "unverified");
	sent(f, NULL, "b@customer.example", NOW - 2 * D, 1);
	is(f, "b@customer.example", "invalid", "plausible");
}

static void
accept(struct test_db *f, const char *addr, const char *msg, long want)
{
	struct err err;
	long n;

	assert_int_equal(store_begin(f->st, &err), 0);
	if (store_bounce_accept(f->st, addr, msg, &n, &err) < 0)
		fail_msg("%s", err.msg);
	assert_int_equal(store_commit(f->st, &err), 0);
	assert_int_equal(n, want);
}

static void
test_accept_by_hand(void **state)
{
	struct test_db *f = *state;

	notice(f, "mid:n1@mx", "c@customer.example", "invalid", NULL, NOW);
	notice(f, "mid:n2@mx", "c@customer.example", "full", NULL, NOW - D);
	is(f, "c@customer.example", "none", "unverified,unverified");
	accept(f, "c@customer.example", "<n2@mx>", 1);
	is(f, "c@customer.example", "full", "unverified,unverified");
	accept(f, "C@customer.example", NULL, 1);
	is(f, "c@customer.example", "invalid", "unverified,unverified");
	accept(f, "c@customer.example", NULL, 0);
}

/* Past max_per_message recipients, a notice's bounces are held. */
static void
test_cap(void **state)
{
	struct test_db *f = *state;
	struct store_policy p;
	char *n;

	store_policy_defaults(&p);
	p.max_per_message = 2;
	/*
	 * Relaxed, so that only the cap can hold a notice: it holds whatever
	 * accept_unverified says.
	 */
	p.accept_unverified = 1;
	store_policy_set(f->st, &p);
	notice(f, "big", "a@customer.example", "invalid", NULL, NOW);
	notice(f, "big", "b@customer.example", "invalid", NULL, NOW);
	notice(f, "big", "c@customer.example", "invalid", NULL, NOW);
	is(f, "a@customer.example", "invalid", "unverified");
	is(f, "b@customer.example", "invalid", "unverified");
	is(f, "c@customer.example", "none", "unverified");
	n = q_text(f, "SELECT count(*) FROM bounces WHERE held IS NOT NULL "
	    "AND accepted = %Q", "2");
	assert_string_equal(n, "1");
	g_free(n);
	accept(f, "c@customer.example", "big", 1);
	is(f, "c@customer.example", "invalid", "unverified");
}

static long long
run_new(struct test_db *f)
{
	struct err err;
	long long id;

	assert_int_equal(store_begin(f->st, &err), 0);
	assert_int_equal(store_run_begin(f->st, "ingest", "t", &id, &err), 0);
	assert_int_equal(store_commit(f->st, &err), 0);
	return id;
}

/*
 * Past max_per_sender plausible failures from one sender in a run, the
 * rest are held; verified ones always count; each run starts again.
 */
static void
test_sender_cap(void **state)
{
	static const char *const to[] = { "a@c.example", "b@c.example",
		"c@c.example", "d@c.example", "e@c.example" };
	static const char md[] = "MAILER-DAEMON@mx.c.example";
	struct store_policy p;
	long long r1, r2;
	size_t i;

	store_policy_defaults(&p);
	p.accept_unverified = 0;
	p.max_per_sender = 2;
	store_policy_set(f_st(state), &p);
	for (i = 0; i < G_N_ELEMENTS(to); i++)
		sent(*state, NULL, to[i], NOW - D, 1);
	sent(*state, "<m1@us.example>", "c@c.example", NOW - D, 1);
	r1 = run_new(*state);
	r2 = run_new(*state);
	notice_from(*state, md, r1, "n1", to[0], "invalid", NULL, NOW);
	/* Another sender, and unverified ones, do not use the quota. */
	notice_from(*state, "other@x.example", r1, "n2", to[1], "invalid", NULL,
	    NOW);
	notice_from(*state, md, r1, "n0", "z@c.example", "invalid", NULL, NOW);
	notice_from(*state, md, r1, "n3", to[1], "full", NULL, NOW);
	notice_from(*state, md, r1, "n4", to[2], "invalid", "m1@us.example",
	    NOW);
	notice_from(*state, MD_UPPER, r1, "n5", to[3], "invalid", NULL, NOW);
	is(*state, "a@c.example", "invalid", "plausible");
	is(*state, "c@c.example", "invalid", "verified");
	is(*state, "d@c.example", "none", "plausible");
	notice_from(*state, md, r2, "n6", to[4], "invalid", NULL, NOW);
	is(*state, "e@c.example", "invalid", "plausible");
}

/* accept_unverified: unverified notices count, still recorded as such. */
static void
test_relaxed(void **state)
{
	struct test_db *f = *state;
	struct store_policy p;

	store_policy_defaults(&p);
	p.accept_unverified = 1;
	store_policy_set(f->st, &p);
	notice(f, "n1", "c@customer.example", "invalid", NULL, NOW);
	is(f, "c@customer.example", "invalid", "unverified");
	assert_int_equal(test_db_int(f->path, "SELECT accepted FROM bounces"),
	    2);
}

static int
unproven_row(void *ctx, const char *account, const char *extra,
    long long n)
{
	g_string_append_printf(ctx, "%s=%lld;", account ? account : "files",
	    n);
	return 0;
}

/*
 * What counts for want of proof: an unverified notice neither accepted
 * nor held, by the handle's count and by STORE_BY_UNPROVEN; and the sent
 * rows of one source.
 */
static void
test_unproven(void **state)
{
	struct test_db *f = *state;
	GString *by = g_string_new(NULL);
	long n0 = store_unproven(f->st);
	struct store_policy p;
	struct err err;
	long long n;

	sent(f, "<m1@us.example>", "a@c.example", NOW - D, 1);
	notice(f, "n1", "a@c.example", "invalid", "m1@us.example", NOW);
	notice(f, "n2", "b@c.example", "invalid", NULL, NOW);
	/* Held (dated ahead of its arrival): not for want of proof. */
	notice(f, "n3", "c@c.example", "invalid", NULL, NOW + 2 * D);
	assert_int_equal(store_unproven(f->st) - n0, 1);
	store_policy_defaults(&p);
	p.accept_unverified = 1;
	store_policy_set(f->st, &p);
	notice(f, "n4", "d@c.example", "invalid", NULL, NOW);
	assert_int_equal(store_unproven(f->st) - n0, 1);
	assert_int_equal(store_count_each(f->st, STORE_BY_UNPROVEN, 0, 0,
	    unproven_row, by, &err), 0);
	assert_string_equal(by->str, "files=1;");
	g_string_free(by, TRUE);
	assert_int_equal(store_sent_count_from(f->st, "Sent", &n, &err), 0);
	assert_int_equal(n, 1);
	assert_int_equal(store_sent_count_from(f->st, "crm/", &n, &err), 0);
	assert_int_equal(n, 0);
}

/*
 * Time is when the notice arrived: a Date in the future is flagged, and
 * the window is measured from the arrival, not from the Date; an arrival
 * in the future (the server's word) is clamped, flagged and held.
 */
static void
test_arrival(void **state)
{
	struct test_db *f = *state;
	struct store_bounce b;
	struct err err;
	int added;

	sent(f, NULL, "a@customer.example", NOW - 20 * D, 1);
	memset(&b, 0, sizeof(b));
	b.msg_key = "n1";
	b.recipient = "a@customer.example";
	b.category = b.reason = "invalid";
	b.date = NOW - 19 * D;		/* the Date: in the window */
	b.arrival = NOW - D;		/* when it came: outside */
	assert_int_equal(store_begin(f->st, &err), 0);
	assert_int_equal(store_bounce_apply(f->st, 0, &b, &added, &err), 0);
	b.msg_key = "n2";
	b.date = NOW + 400 * D;
	b.arrival = NOW - 19 * D;
	assert_int_equal(store_bounce_apply(f->st, 0, &b, &added, &err), 0);
	b.msg_key = "n3";
	b.date = NOW - D;
	b.arrival = NOW + 400 * D;
	assert_int_equal(store_bounce_apply(f->st, 0, &b, &added, &err), 0);
	assert_int_equal(store_commit(f->st, &err), 0);
	assert_int_equal(test_db_int(f->path, "SELECT date FROM bounces WHERE "
	    "msg_key = 'n1'"), NOW - D);
	assert_int_equal(test_db_int(f->path, "SELECT date FROM bounces WHERE "
	    "msg_key = 'n3'"), NOW);
	assert_int_equal(test_db_int(f->path, "SELECT date_known FROM bounces "
	    "WHERE msg_key = 'n3'"), 2);
	assert_int_equal(test_db_int(f->path, "SELECT held = 'arrived in the "
	    "future (the server''s date)' FROM bounces WHERE msg_key = 'n3'"),
	    1);
	ev_is(f, "n1", "unverified");
	ev_is(f, "n2", "plausible");
	assert_int_equal(test_db_int(f->path, "SELECT date_known FROM bounces "
	    "WHERE msg_key = 'n2'"), 2);
}

static int
doubt(struct test_db *f, const char *key)
{
	struct err err;
	int d = -1;

	if (store_message_doubt(f->st, key, &d, &err) < 0)
		fail_msg("%s", err.msg);
	return d;
}

/*
 * A notice is in doubt while a failure of it does not count: unverified
 * or held, until accepted; a verified one, or a notice that marks no one,
 * is not.
 */
static void
test_doubt(void **state)
{
	struct test_db *f = *state;
	struct err err;
	long n;

	sent(f, "m1@us.example", "a@c.example", NOW - D, 1);
	notice(f, "mid:n1", "a@c.example", "invalid", "m1@us.example", NOW);
	assert_int_equal(doubt(f, "mid:n1"), 0);
	notice(f, "mid:n2", "b@c.example", "invalid", NULL, NOW);
	assert_int_equal(doubt(f, "mid:n2"), 1);
	/* Another message reusing the Message-ID: the same doubt. */
	notice(f, "mid:n3#0123456789abcdef", "a@c.example", "invalid", NULL,
	    NOW);
	notice(f, "mid:n3", "a@c.example", "invalid", "m1@us.example", NOW);
	assert_int_equal(doubt(f, "mid:n3"), 0);
	notice(f, "mid:n3#0123456789abcdef", "c@c.example", "invalid", NULL,
	    NOW);
	assert_int_equal(doubt(f, "mid:n3"), 1);
	assert_int_equal(doubt(f, "mid:none"), 0);
	notice(f, "mid:n4", "d@c.example", "delivered", NULL, NOW);
	assert_int_equal(doubt(f, "mid:n4"), 0);
	assert_int_equal(store_begin(f->st, &err), 0);
	assert_int_equal(store_bounce_accept(f->st, "b@c.example", NULL, &n,
	    &err), 0);
	assert_int_equal(store_commit(f->st, &err), 0);
	assert_int_equal(doubt(f, "mid:n2"), 0);
}

/* A Sent folder's cursor is its own, apart from the bounce cursor. */
static void
test_sent_cursor(void **state)
{
	struct test_db *f = *state;
	uint32_t uv = 0, last = 0;
	struct err err;

	assert_int_equal(store_begin(f->st, &err), 0);
	assert_int_equal(store_sent_cursor_get(f->st, "a", "Sent", &uv, &last,
	    &err), 0);
	assert_int_equal(store_sent_cursor_set(f->st, "a", "Sent", 7, 42,
	    &err), 0);
	assert_int_equal(store_cursor_set(f->st, "a", "Sent", 7, 3, &err), 0);
	assert_int_equal(store_sent_cursor_set(f->st, "a", "Sent", 7, 43,
	    &err), 0);
	assert_int_equal(store_commit(f->st, &err), 0);
	assert_int_equal(store_sent_cursor_get(f->st, "a", "Sent", &uv, &last,
	    &err), 1);
	assert_int_equal(uv, 7);
	assert_int_equal(last, 43);
	assert_int_equal(store_cursor_get(f->st, "a", "Sent", &uv, &last,
	    &err), 1);
	assert_int_equal(last, 3);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_levels, setup,
		    test_db_teardown),
		cmocka_unit_test_setup_teardown(test_order, setup,
		    test_db_teardown),
		cmocka_unit_test_setup_teardown(test_accept_by_hand, setup,
		    test_db_teardown),
		cmocka_unit_test_setup_teardown(test_cap, setup,
		    test_db_teardown),
		cmocka_unit_test_setup_teardown(test_sender_cap, setup,
		    test_db_teardown),
		cmocka_unit_test_setup_teardown(test_relaxed, setup,
		    test_db_teardown),
		cmocka_unit_test_setup_teardown(test_arrival, setup,
		    test_db_teardown),
		cmocka_unit_test_setup_teardown(test_doubt, setup,
		    test_db_teardown),
		cmocka_unit_test_setup_teardown(test_sent_cursor, setup,
		    test_db_teardown),
		cmocka_unit_test_setup_teardown(test_unproven, setup,
		    test_db_teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
