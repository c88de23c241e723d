/*
 * ingest_job: the core that harvest and ingest share, with a scripted
 * mailbox (struct source_box) over a real temporary database: its Sent
 * folder is read first, from a cursor of its own, so that the bounces of
 * our own mail count; the cursor and the actions due land with the
 * messages, the source acts only on bounces that count and only after
 * the commit, a failure after the commit leaves
 * the actions due for the next run, a dropped folder is read again when
 * the box says so, a dry run says what it would change and writes
 * nothing, and every run expires `full` contacts whose quiet period is
 * over.
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

#include "ingest_job.h"
#include "test_db.h"

/* 2026-12-07 10:00:00 UTC, the date of the bounces below. */
#define T0	1796637600LL
#define DAY	86400LL

#define DSN(addr, status) \
	"From: MAILER-DAEMON@mx.example.net\r\n" \
	"To: sender@shop.example\r\n" \
	"Subject: Undelivered Mail Returned to Sender\r\n" \
	"Date: Mon, 07 Dec 2026 10:00:00 +0000\r\n" \
	"Message-ID: <" addr "-dsn@mx.example.net>\r\n" \
	"MIME-Version: 1.0\r\n" \
	"Content-Type: multipart/report; report-type=delivery-status; " \
	"boundary=\"B\"\r\n\r\n--B\r\nContent-Type: text/plain\r\n\r\n" \
	"Delivery failed.\r\n\r\n--B\r\n" \
	"Content-Type: message/delivery-status\r\n\r\n" \
	"Reporting-MTA: dns; mx.example.net\r\n\r\n" \
	"Final-Recipient: rfc822; " addr "\r\nAction: failed\r\n" \
	"Status: " status "\r\n\r\n--B--\r\n"

static const char bounce[] = DSN("anna@kunde.example", "5.1.1");
static const char full[] = DSN("voll@kunde.example", "5.2.2");
static const char stranger[] = DSN("fremd@kunde.example", "5.1.1");
/* What we sent the day before: the proof the bounces answer it. */
#define SENT(addr, n) \
	"From: sender@shop.example\r\nTo: " addr "\r\n" \
	"Date: Sun, 06 Dec 2026 10:00:00 +0000\r\n" \
	"Message-ID: <offer-" n "@shop.example>\r\n\r\n"
static const char *const sent_mail[] = { SENT("anna@kunde.example", "1"),
	SENT("voll@kunde.example", "2"), NULL };
/* Forged: we never wrote to any of them. */
static const char forged_boss[] = DSN("boss@kunde.example", "5.1.1");
static const char forged_chef[] = DSN("chef@kunde.example", "5.1.1");
static const char forged_chefin[] = DSN("chefin@kunde.example", "5.1.1");
static const char autoreply[] =
    "From: carol@customer.example\r\n"
    "To: sender@shop.example\r\n"
    "Subject: Out of office\r\n"
    "Auto-Submitted: auto-replied\r\n"
    "Message-ID: <ooo@customer.example>\r\n\r\n"
    "I am away until Monday.\r\n";

struct fake_msg {
	uint32_t	 uid;
	const char	*data;		/* NULL: too large */
};

/* The Sent folder: sent_mail, UIDs from 1. */
struct fake_sent {
	size_t		 next;
	int		 opens;
	struct source_cursor cur;	/* as the last open got it */
};

/* A scripted account of one folder, its own source as well. */
struct fake {
	const char	*account;	/* NULL: "acct" */
	const struct fake_msg *msgs;
	size_t		 n, start, next;	/* start: after the cursor */
	int		 fail_open;	/* opens to fail, "dropped" */
	int		 fail_committed;	/* committed() calls to fail */
	int		 opens, recovers, commits;
	struct source_cursor cur;	/* as the last open got it */
	uint32_t	 retry[8];
	GArray		*due;		/* acknowledged, not yet committed */
	GArray		*acted;		/* done "on the server" */
	struct fake_sent sent;
};

static int
fake_next(void *ctx, struct source_msg *m, struct err *err)
{
	struct fake *f = ctx;
	const struct fake_msg *x;

	if (f->next >= f->n)
		return 0;
	x = &f->msgs[f->next++];
	memset(m, 0, sizeof(*m));
	m->account = f->account != NULL ? f->account : "acct";
	m->folder = "INBOX";
	m->uidvalidity = 7;
	m->uid = x->uid;
	m->index = -1;
	m->data = x->data;
	m->len = x->data != NULL ? strlen(x->data) : 0;
	if (x->data == NULL) {
		m->unreadable = "too large";
		m->skip = SOURCE_TOO_LARGE;
	}
	return 1;
}

static int
fake_ack(void *ctx, const struct source_msg *m, int act)
{
	struct fake *f = ctx;

	if (!act || m->data == NULL)
		return 0;
	g_array_append_val(f->due, m->uid);
	return 1;
}

static int
fake_committed(void *ctx, struct err *err)
{
	struct fake *f = ctx;

	if (f->fail_committed > 0) {
		f->fail_committed--;
		return err_set(err, "STORE refused");
	}
	f->commits++;
	g_array_append_vals(f->acted, f->due->data, f->due->len);
	g_array_set_size(f->due, 0);
	return 0;
}

static void
fake_state(void *ctx, struct source_state *st)
{
	struct fake *f = ctx;
	size_t i;

	st->uidvalidity = 7;
	st->high_uid = f->n > 0 ? f->msgs[f->n - 1].uid : f->cur.last_uid;
	st->action = "flagged";
	st->candidates = (long)(f->n - f->start);
	st->acted = (long)f->acted->len;
	for (i = f->start; i < f->next; i++)
		st->too_large += f->msgs[i].data == NULL;
}

static void
fake_close(void *ctx)
{
}

static const struct source_ops fake_ops = { fake_next, fake_ack,
	fake_committed, fake_state, fake_close };

static int
fake_open(void *ctx, const char *folder, const struct source_cursor *cur,
    struct source *src, struct err *err)
{
	struct fake *f = ctx;
	size_t i;

	f->opens++;
	if (f->fail_open > 0) {
		f->fail_open--;
		return err_set(err, "connection dropped");
	}
	f->cur = *cur;
	assert_true(cur->nretry <= 8);
	for (i = 0; i < cur->nretry; i++)
		f->retry[i] = cur->retry[i];
	for (f->next = 0; f->next < f->n &&
	    f->msgs[f->next].uid <= cur->last_uid; f->next++)
		;
	f->start = f->next;
	src->ops = &fake_ops;
	src->ctx = f;
	return 0;
}

static int
fake_recover(void *ctx)
{
	((struct fake *)ctx)->recovers++;
	return 1;
}

static void
fake_box_close(void *ctx)
{
}

static int
fake_sent_next(void *ctx, struct source_msg *m, struct err *err)
{
	struct fake_sent *f = ctx;

	if (sent_mail[f->next] == NULL)
		return 0;
	memset(m, 0, sizeof(*m));
	m->account = "acct";
	m->folder = "Sent";
	m->uidvalidity = 9;
	m->uid = (uint32_t)++f->next;
	m->index = -1;
	m->data = sent_mail[f->next - 1];
	m->len = strlen(m->data);
	return 1;
}

static void
fake_sent_state(void *ctx, struct source_state *st)
{
	st->uidvalidity = 9;
	st->high_uid = 2;
}

static const struct source_ops fake_sent_ops = { .next = fake_sent_next,
	.state = fake_sent_state, .close = fake_close };

static int
fake_open_sent(void *ctx, const char *folder,
    const struct source_cursor *cur, struct source *src, struct err *err)
{
	struct fake_sent *f = &((struct fake *)ctx)->sent;

	assert_string_equal(folder, "Sent");
	f->opens++;
	f->cur = *cur;
	f->next = cur->uidvalidity == 9 ? cur->last_uid : 0;
	src->ops = &fake_sent_ops;
	src->ctx = f;
	return 0;
}

static const struct source_box_ops fake_box_ops = { .open = fake_open,
	.recover = fake_recover, .close = fake_box_close,
	.open_sent = fake_open_sent };
static const char *const inbox[] = { "INBOX", NULL };
static const char *const sent_box[] = { "Sent", NULL };

struct fx {
	char		*dir, *path;
	struct store	*st;
	struct dsn_rules *rules;
	struct fake	 f;
	struct source_box box;
	GString		*changes;
};

static int
setup(void **state)
{
	struct fx *x = g_new0(struct fx, 1);
	struct err err;

	x->dir = g_dir_make_tmp("bh-ingest-job-XXXXXX", NULL);
	x->path = g_build_filename(x->dir, "t.db", NULL);
	if (store_open(x->path, 1000, &x->st, &err) < 0 ||
	    (x->rules = dsn_rules_load(NULL, &err)) == NULL)
		return -1;
	store_clock_set(x->st, T0 + 3600);
	/* We wrote to both the day before: their notices are plausible. */
	test_db_sent(x->st, NULL, "anna@kunde.example", T0 - DAY);
	test_db_sent(x->st, NULL, "voll@kunde.example", T0 - DAY);
	x->changes = g_string_new(NULL);
	x->f.due = g_array_new(FALSE, FALSE, sizeof(uint32_t));
	x->f.acted = g_array_new(FALSE, FALSE, sizeof(uint32_t));
	x->box = (struct source_box){ .ops = &fake_box_ops, .ctx = &x->f,
	    .name = "acct", .folders = inbox, .sent = sent_box, .acts = 1,
	    .batch = 2 };
	*state = x;
	return 0;
}

static int
teardown(void **state)
{
	struct fx *x = *state;
	char *cmd = g_strdup_printf("rm -rf '%s'", x->dir);
	int rc;

	store_close(x->st);
	dsn_rules_free(x->rules);
	g_array_free(x->f.due, TRUE);
	g_array_free(x->f.acted, TRUE);
	g_string_free(x->changes, TRUE);
	rc = system(cmd);
	g_free(cmd);
	g_free(x->path);
	g_free(x->dir);
	g_free(x);
	return rc == 0 ? 0 : -1;
}

static long long
count(struct fx *x, const char *sql)
{
	return test_db_int(x->path, sql);
}

/* What a dry run says it would change: "address:old>new" lines. */
static void
changed(void *ctx, const struct store_change *c)
{
	g_string_append_printf(ctx, "%s:%s>%s\n", c->address,
	    c->old_status != NULL ? c->old_status : "-", c->new_status);
}

/* One whole job over the box: begin, every folder, end.  The box's rc. */
static int
run(struct fx *x, int dry_run, struct ingest_counts *c)
{
	struct ingest_job_opts o = { .command = "harvest", .source = "acct",
	    .dry_run = dry_run, .batch = 50, .change = changed,
	    .ctx = x->changes };
	struct ingest_job j;
	struct err err;
	int rc;

	memset(c, 0, sizeof(*c));
	assert_int_equal(ingest_job_begin(&j, x->st, x->rules, &o, &err), 0);
	rc = ingest_job_box(&j, &x->box, c);
	assert_int_equal(ingest_job_end(&j, rc == 0, &err), 0);
	return rc;
}

static void
test_cursor_and_actions(void **state)
{
	static const struct fake_msg m[] = { { 1, bounce }, { 2, autoreply },
		{ 3, NULL }, { 5, full } };
	struct fx *x = *state;
	struct ingest_counts c;

	x->f.msgs = m;
	x->f.n = 4;
	/* The folder's first open fails; the box says try again. */
	x->f.fail_open = 1;
	assert_int_equal(run(x, 0, &c), 0);
	assert_int_equal(x->f.opens, 2);
	assert_int_equal(x->f.recovers, 1);
	/* Only the bounces were acted on, after a commit. */
	assert_int_equal(x->f.acted->len, 2);
	assert_int_equal(g_array_index(x->f.acted, uint32_t, 0), 1);
	assert_int_equal(g_array_index(x->f.acted, uint32_t, 1), 5);
	assert_int_equal(c.folders, 1);
	assert_int_equal(c.messages, 4);
	assert_int_equal(c.bounces, 2);
	assert_int_equal(c.too_large, 1);
	assert_int_equal(c.acted, 2);
	assert_int_equal(count(x, "SELECT last_uid FROM mailbox_cursors "
	    "WHERE account = 'acct' AND folder = 'INBOX'"), 5);
	assert_int_equal(count(x, "SELECT count(*) FROM mailbox_pending"), 0);
	assert_int_equal(count(x, "SELECT count(*) FROM runs WHERE command = "
	    "'harvest' AND finished IS NOT NULL AND ok = 1"), 1);
	assert_int_equal(count(x, "SELECT count(*) FROM skipped_messages"), 1);
	/* The next run starts after the cursor: nothing read again. */
	assert_int_equal(run(x, 0, &c), 0);
	assert_int_equal(x->f.cur.last_uid, 5);
	assert_int_equal(c.messages, 0);
}

static void
test_due_survives_a_failed_action(void **state)
{
	static const struct fake_msg m[] = { { 1, bounce }, { 2, full } };
	struct fx *x = *state;
	struct ingest_counts c;

	x->f.msgs = m;
	x->f.n = 2;
	x->f.fail_committed = 1;
	x->f.fail_open = 0;
	/* recover() says "again": the second attempt reads nothing new. */
	assert_int_equal(run(x, 0, &c), 0);
	assert_int_equal(x->f.opens, 2);
	/* The first attempt's commit stood: cursor and due rows with it. */
	assert_int_equal(x->f.cur.last_uid, 2);
	assert_int_equal(x->f.cur.nretry, 2);
	assert_int_equal(x->f.retry[0], 1);
	assert_int_equal(x->f.retry[1], 2);
	/* Done at the second open (the source's job): cleared. */
	assert_int_equal(count(x, "SELECT count(*) FROM mailbox_pending"), 0);
	assert_int_equal(count(x, "SELECT count(*) FROM bounces"), 2);
}

static void
test_dry_run_says_and_writes_nothing(void **state)
{
	static const struct fake_msg m[] = { { 1, bounce }, { 3, NULL } };
	struct fx *x = *state;
	struct ingest_counts c;

	x->f.msgs = m;
	x->f.n = 2;
	assert_int_equal(run(x, 1, &c), 0);
	assert_int_equal(c.messages, 2);
	assert_int_equal(c.bounces, 1);
	/* It says what it would change, and none of it stays. */
	assert_string_equal(x->changes->str, "anna@kunde.example:active"
	    ">invalid\n");
	assert_int_equal(count(x, "SELECT count(*) FROM contacts"), 0);
	assert_int_equal(x->f.commits, 0);
	assert_int_equal(x->f.acted->len, 0);
	assert_int_equal(count(x, "SELECT count(*) FROM runs"), 0);
	assert_int_equal(count(x, "SELECT count(*) FROM mailbox_cursors"), 0);
	assert_int_equal(count(x, "SELECT count(*) FROM bounces"), 0);
	assert_int_equal(count(x, "SELECT count(*) FROM skipped_messages"), 0);
}

static void
test_every_run_expires(void **state)
{
	static const struct fake_msg m[] = { { 1, full } };
	struct fx *x = *state;
	struct ingest_counts c;

	x->f.msgs = m;
	x->f.n = 1;
	assert_int_equal(run(x, 0, &c), 0);
	assert_int_equal(count(x, "SELECT count(*) FROM contacts WHERE "
	    "status = 'full'"), 1);
	/* Inside the quiet period (30 days by default): still full. */
	store_clock_set(x->st, T0 + 29 * DAY);
	assert_int_equal(run(x, 0, &c), 0);
	assert_int_equal(count(x, "SELECT count(*) FROM contacts WHERE "
	    "status = 'full'"), 1);
	/* After it, a run that reads nothing returns the contact. */
	store_clock_set(x->st, T0 + 31 * DAY);
	assert_int_equal(run(x, 0, &c), 0);
	assert_int_equal(c.messages, 0);
	assert_int_equal(count(x, "SELECT count(*) FROM contacts WHERE "
	    "status = 'active' AND address = 'voll@kunde.example'"), 1);
}

/*
 * Sent first, from its own cursor; with the strict policy a bounce that
 * answers nothing we sent is recorded unverified, changes nothing and is
 * left where it is, while the one answering our offer counts and is
 * acted on.
 */
static void
test_sent_first_doubtful_left(void **state)
{
	static const struct fake_msg m[] = { { 1, stranger }, { 2, bounce } };
	struct fx *x = *state;
	struct store_policy p;
	struct ingest_counts c;
	long long rows;

	store_policy_defaults(&p);
	p.accept_unverified = 0;
	store_policy_set(x->st, &p);
	x->f.msgs = m;
	x->f.n = 2;
	assert_int_equal(run(x, 0, &c), 0);
	assert_int_equal(c.sent_folders, 1);
	assert_int_equal(c.sent_messages, 2);
	assert_int_equal(c.sent_new, 2);
	assert_int_equal(count(x, "SELECT last_uid FROM sent_cursors WHERE "
	    "account = 'acct' AND folder = 'Sent'"), 2);
	assert_int_equal(count(x, "SELECT count(*) FROM bounces WHERE "
	    "recipient = 'fremd@kunde.example' AND evidence = 'unverified'"),
	    1);
	assert_int_equal(count(x, "SELECT count(*) FROM contacts WHERE "
	    "status <> 'active'"), 1);
	assert_int_equal(x->f.acted->len, 1);
	assert_int_equal(g_array_index(x->f.acted, uint32_t, 0), 2);
	assert_int_equal(c.doubtful, 1);
	rows = count(x, "SELECT count(*) FROM sent_messages");
	/* Next run: Sent from its cursor, nothing read twice. */
	assert_int_equal(run(x, 0, &c), 0);
	assert_int_equal(x->f.sent.cur.last_uid, 2);
	assert_int_equal(c.sent_messages, 0);
	assert_int_equal(count(x, "SELECT count(*) FROM sent_messages"), rows);
}

/* One job over the crm box (relaxed) and the sales box (strict). */
static void
run_accounts(struct fx *x, struct source_box *sales)
{
	struct ingest_job_opts o = { .command = "harvest", .batch = 50 };
	struct ingest_counts c;
	struct ingest_job j;
	struct err err;

	memset(&c, 0, sizeof(c));
	assert_int_equal(ingest_job_begin(&j, x->st, x->rules, &o, &err), 0);
	assert_int_equal(ingest_job_account(&j, &x->box,
	    STORE_UNVERIFIED_ACCEPT, &c), 0);
	assert_int_equal(ingest_job_account(&j, sales,
	    STORE_UNVERIFIED_REFUSE, &c), 0);
	assert_int_equal(ingest_job_end(&j, 1, &err), 0);
}

/*
 * accept_unverified per account: the same forged report (for a contact
 * we never wrote to) read from a relaxed account and from a strict one,
 * under the strict [policy] and then under a relaxed one.  Only the
 * relaxed account's changes its contact; the strict account's notices
 * are recorded, unverified, and change nothing either time.
 */
static void
test_account_relaxed_or_strict(void **state)
{
	static const struct fake_msg in_crm[] = { { 1, forged_boss } };
	static const struct fake_msg in_sales[] = { { 1, forged_chef },
		{ 2, forged_chefin } };
	static const char *const folders[] = { "INBOX", NULL };
	struct fx *x = *state;
	struct fake sales = { .account = "sales", .msgs = in_sales, .n = 1 };
	struct source_box box = { .ops = &fake_box_ops, .ctx = &sales,
	    .name = "sales", .folders = folders, .batch = 2 };
	struct store_policy p;

	x->f.account = "crm";
	x->box.name = "crm";
	x->f.msgs = in_crm;
	x->f.n = 1;
	sales.due = g_array_new(FALSE, FALSE, sizeof(uint32_t));
	sales.acted = g_array_new(FALSE, FALSE, sizeof(uint32_t));
	run_accounts(x, &box);
	assert_int_equal(count(x, "SELECT count(*) FROM bounces WHERE "
	    "evidence = 'unverified'"), 2);
	assert_int_equal(count(x, "SELECT count(*) FROM contacts WHERE "
	    "address = 'boss@kunde.example' AND status = 'invalid'"), 1);
	assert_int_equal(count(x, "SELECT count(*) FROM contacts WHERE "
	    "address = 'chef@kunde.example'"), 0);
	/* [policy] relaxed: the strict account stays strict. */
	store_policy_defaults(&p);
	p.accept_unverified = 1;
	store_policy_set(x->st, &p);
	sales.n = 2;
	run_accounts(x, &box);
	assert_int_equal(count(x, "SELECT count(*) FROM bounces WHERE "
	    "account = 'sales'"), 2);
	assert_int_equal(count(x, "SELECT count(*) FROM bounces WHERE "
	    "account = 'sales' AND accepted = 0"), 2);
	assert_int_equal(count(x, "SELECT count(*) FROM contacts WHERE "
	    "address LIKE 'chef%'"), 0);
	g_array_free(sales.due, TRUE);
	g_array_free(sales.acted, TRUE);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_cursor_and_actions, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(
		    test_due_survives_a_failed_action, setup, teardown),
		cmocka_unit_test_setup_teardown(
		    test_dry_run_says_and_writes_nothing, setup, teardown),
		cmocka_unit_test_setup_teardown(test_every_run_expires, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_sent_first_doubtful_left,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_account_relaxed_or_strict,
		    setup, teardown),
	};

	dsn_init();
	return cmocka_run_group_tests(tests, NULL, NULL);
}
