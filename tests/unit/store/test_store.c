/*
 * Unit tests for the store on real SQLite files in a temporary folder,
 * with the real migrations.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>
#include <glib.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "store.h"
#include "test_db.h"

#define T0	1700000000LL
#define D	(24 * 3600LL)

static int
setup(void **state)
{
	struct test_db *f;

	if (test_db_setup(state, "bh-store-XXXXXX", "sub/b.db") < 0)
		return -1;
	f = *state;
	store_clock_set(f->st, T0 + 100 * D);
	return 0;
}

/* One value from a query on a separate connection. */
static long long
q_int(struct test_db *f, const char *sql)
{
	return test_db_int(f->path, sql);
}

static char *
q_text(struct test_db *f, const char *sql)
{
	sqlite3 *db;
	sqlite3_stmt *s;
	char *v = NULL;

	assert_int_equal(sqlite3_open(f->path, &db), SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &s, NULL), SQLITE_OK);
	if (sqlite3_step(s) == SQLITE_ROW && sqlite3_column_text(s, 0))
		v = g_strdup((const char *)sqlite3_column_text(s, 0));
	sqlite3_finalize(s);
	sqlite3_close(db);
	return v;
}

/*
 * A notice for rcpt dated date.  It returns the message it answers, named
 * as the notice itself is; apply() records that message as sent, so each
 * notice here is verified: these tests are about the status rules, the
 * evidence is test_sent.c's.
 */
static struct store_bounce
bnc(const char *key, const char *rcpt, const char *cat, long long date)
{
	struct store_bounce b;

	memset(&b, 0, sizeof(b));
	b.msg_key = key;
	b.original_message_id = key;
	b.recipient = rcpt;
	b.category = cat;
	b.reason = cat;
	b.kind = "bounce";
	b.date = date;
	b.file = "t.eml";
	return b;
}

static int
apply(struct test_db *f, const struct store_bounce *b)
{
	struct err err;
	int added;

	test_db_sent(f->st, b->original_message_id, b->recipient,
	    b->date - 3600);
	assert_int_equal(store_begin(f->st, &err), 0);
	if (store_bounce_apply(f->st, 0, b, &added, &err) < 0)
		fail_msg("%s", err.msg);
	assert_int_equal(store_commit(f->st, &err), 0);
	return added;
}

static void
status_is(struct test_db *f, const char *addr, const char *want)
{
	char *sql = sqlite3_mprintf("SELECT status FROM contacts WHERE "
	    "address = %Q", addr);
	char *got = q_text(f, sql);

	sqlite3_free(sql);
	if (want == NULL)
		assert_null(got);
	else
		assert_string_equal(got, want);
	g_free(got);
}

static void
test_open_schema(void **state)
{
	struct test_db *f = *state;
	struct stat sb;
	char *mode;

	assert_true(store_version(f->st) >= 1);
	assert_int_equal(q_int(f, "PRAGMA user_version"),
	    store_version(f->st));
	mode = q_text(f, "PRAGMA journal_mode");
	assert_string_equal(mode, "wal");
	g_free(mode);
	assert_int_equal(stat(f->path, &sb), 0);
	assert_int_equal(sb.st_mode & 0777, 0600);
	assert_int_equal(q_int(f, "SELECT count(*) FROM sqlite_master WHERE "
	    "name = 'mailbox_cursors'"), 1);
}

static void
test_reopen_newer_schema(void **state)
{
	struct test_db *f = *state;
	struct store *st2;
	struct err err;
	sqlite3 *db;

	assert_int_equal(store_open(f->path, 100, &st2, &err), 0);
	store_close(st2);
	assert_int_equal(sqlite3_open(f->path, &db), SQLITE_OK);
	sqlite3_exec(db, "PRAGMA user_version = 999", NULL, NULL, NULL);
	sqlite3_close(db);
	assert_int_equal(store_open(f->path, 100, &st2, &err), -1);
	assert_non_null(strstr(err.msg, "newer"));
}

static void
test_bounce_idempotent(void **state)
{
	struct test_db *f = *state;
	struct store_bounce b = bnc("<m1@x>", "Bob@Example.COM", "invalid", T0);

	assert_int_equal(apply(f, &b), 1);
	assert_int_equal(apply(f, &b), 0);
	assert_int_equal(q_int(f, "SELECT count(*) FROM bounces"), 1);
	assert_int_equal(q_int(f, "SELECT count(*) FROM status_history"), 1);
	status_is(f, "bob@example.com", "invalid");
	assert_int_equal(q_int(f, "SELECT bounces FROM contacts"), 1);
}

static void
test_no_contact_for_blocked(void **state)
{
	struct test_db *f = *state;
	struct store_bounce b = bnc("<m1@x>", "a@example.com", "blocked", T0);
	char *kind;

	b.diagnostic = "550 5.7.1 blocked using zen.spamhaus.org";
	assert_int_equal(apply(f, &b), 1);
	status_is(f, "a@example.com", NULL);
	kind = q_text(f, "SELECT kind || ' ' || list_name FROM sender_alerts");
	assert_string_equal(kind, "blocklist-ip zen.spamhaus.org");
	g_free(kind);
}

/* The same bounces in two orders give the same statuses. */
static void
test_order_independent(void **state)
{
	struct test_db *f = *state;
	struct store_bounce b[] = {
		bnc("<1@x>", "c@example.com", "full", T0),
		bnc("<2@x>", "c@example.com", "invalid", T0 + D),
		bnc("<3@x>", "d@example.com", "invalid", T0),
		bnc("<4@x>", "d@example.com", "full", T0 + D),
	};
	char *since1, *since2;

	apply(f, &b[1]);
	apply(f, &b[0]);
	apply(f, &b[3]);
	apply(f, &b[2]);
	status_is(f, "c@example.com", "invalid");
	status_is(f, "d@example.com", "invalid");
	since1 = q_text(f, "SELECT since FROM contacts WHERE address = "
	    "'c@example.com'");
	since2 = g_strdup_printf("%lld", T0 + D);
	assert_string_equal(since1, since2);
	g_free(since1);
	g_free(since2);
}

static void
test_cursor(void **state)
{
	struct test_db *f = *state;
	uint32_t v = 0, u = 0;
	struct err err;

	assert_int_equal(store_cursor_get(f->st, "a", "INBOX", &v, &u, &err),
	    0);
	assert_int_equal(store_begin(f->st, &err), 0);
	assert_int_equal(store_cursor_set(f->st, "a", "INBOX", 7, 42, &err), 0);
	store_rollback(f->st);
	assert_int_equal(store_cursor_get(f->st, "a", "INBOX", &v, &u, &err),
	    0);
	assert_int_equal(store_begin(f->st, &err), 0);
	assert_int_equal(store_cursor_set(f->st, "a", "INBOX", 7, 42, &err), 0);
	assert_int_equal(store_cursor_set(f->st, "a", "INBOX", 7, 50, &err), 0);
	assert_int_equal(store_commit(f->st, &err), 0);
	assert_int_equal(store_cursor_get(f->st, "a", "INBOX", &v, &u, &err),
	    1);
	assert_int_equal(v, 7);
	assert_int_equal(u, 50);
}

/* Due after-actions: written with the cursor, read by UIDVALIDITY. */
static void
test_pending(void **state)
{
	struct test_db *f = *state;
	uint32_t *uids;
	struct err err;
	size_t n;

	assert_int_equal(store_begin(f->st, &err), 0);
	assert_int_equal(store_pending_add(f->st, "a", "INBOX", 7, 12, &err),
	    0);
	store_rollback(f->st);
	assert_int_equal(store_pending_get(f->st, "a", "INBOX", 7, &uids, &n,
	    &err), 0);
	assert_int_equal(n, 0);
	g_free(uids);
	assert_int_equal(store_begin(f->st, &err), 0);
	assert_int_equal(store_pending_add(f->st, "a", "INBOX", 7, 12, &err),
	    0);
	assert_int_equal(store_pending_add(f->st, "a", "INBOX", 7, 3, &err),
	    0);
	/* Recorded twice, due once. */
	assert_int_equal(store_pending_add(f->st, "a", "INBOX", 7, 12, &err),
	    0);
	assert_int_equal(store_pending_add(f->st, "a", "INBOX", 8, 5, &err),
	    0);
	assert_int_equal(store_pending_add(f->st, "a", "Other", 7, 4, &err),
	    0);
	assert_int_equal(store_pending_add(f->st, "b", "INBOX", 7, 6, &err),
	    0);
	assert_int_equal(store_commit(f->st, &err), 0);
	assert_int_equal(store_pending_get(f->st, "a", "INBOX", 7, &uids, &n,
	    &err), 0);
	assert_int_equal(n, 2);
	assert_int_equal(uids[0], 3);
	assert_int_equal(uids[1], 12);
	g_free(uids);
	/* Cleared for the folder, whatever the UIDVALIDITY; no other. */
	assert_int_equal(store_pending_clear(f->st, "a", "INBOX", &err), 0);
	assert_int_equal(q_int(f, "SELECT count(*) FROM mailbox_pending WHERE "
	    "account = 'a' AND folder = 'INBOX'"), 0);
	assert_int_equal(q_int(f, "SELECT count(*) FROM mailbox_pending"), 2);
	assert_int_equal(store_pending_get(f->st, "a", "Other", 7, &uids, &n,
	    &err), 0);
	assert_int_equal(n, 1);
	assert_int_equal(uids[0], 4);
	g_free(uids);
}

static int
skipped_row(void *ctx, const char *kind, const char *source, long long n)
{
	GString *out = ctx;

	g_string_append_printf(out, "%s %s %lld;", kind, source, n);
	return 0;
}

/* A skipped message is recorded once per message and place. */
static void
test_skipped(void **state)
{
	struct test_db *f = *state;
	struct store_skipped k = { "sales/INBOX", 7, 12, 0, "too-large",
	    "too large (20000000 bytes, limit 10485760)" };
	struct store_skipped m = { "/tmp/x.mbox", 0, 0, 3, "unreadable",
	    "no header" };
	GString *out = g_string_new(NULL);
	struct err err;

	assert_int_equal(store_begin(f->st, &err), 0);
	assert_int_equal(store_skipped_add(f->st, 0, &k, &err), 0);
	assert_int_equal(store_skipped_add(f->st, 0, &k, &err), 0);
	assert_int_equal(store_skipped_add(f->st, 0, &m, &err), 0);
	k.uid = 13;
	assert_int_equal(store_skipped_add(f->st, 0, &k, &err), 0);
	assert_int_equal(store_commit(f->st, &err), 0);
	assert_int_equal(q_int(f, "SELECT count(*) FROM skipped_messages"), 3);
	assert_int_equal(store_count_each(f->st, STORE_BY_SKIPPED, 0, 0,
	    skipped_row, out, &err), 0);
	assert_string_equal(out->str,
	    "too-large sales/INBOX 2;unreadable /tmp/x.mbox 1;");
	g_string_free(out, TRUE);
}

/* A database made by the first schema is migrated on open, data kept. */
/* What schema/0006 and later add, taken away again. */
#define UNDO_FROM_0006 "ALTER TABLE bounces DROP COLUMN notice_from; " \
    "ALTER TABLE bounces DROP COLUMN notice_subject; " \
    "DROP TABLE sent_cursors; " \
    "DROP TABLE doctor_findings; DROP TABLE doctor_runs; " \
    "DROP TABLE sent_messages; " \
    "ALTER TABLE bounces DROP COLUMN evidence; " \
    "ALTER TABLE bounces DROP COLUMN accepted; " \
    "ALTER TABLE bounces DROP COLUMN held; "

static void
test_migrate_from_1(void **state)
{
	struct test_db *f = *state;
	struct err err;
	sqlite3 *db;

	store_close(f->st);
	f->st = NULL;
	assert_int_equal(sqlite3_open(f->path, &db), SQLITE_OK);
	assert_int_equal(sqlite3_exec(db, "DROP TABLE mailbox_pending; "
	    "DROP TABLE skipped_messages; DROP TABLE domain_evidence; "
	    UNDO_FROM_0006
	    "INSERT INTO mailbox_cursors VALUES ('a', 'INBOX', 7, 42, 1); "
	    "PRAGMA user_version = 1", NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(db);
	assert_int_equal(store_open(f->path, 1000, &f->st, &err), 0);
	assert_true(store_version(f->st) >= 4);
	assert_int_equal(q_int(f, "SELECT count(*) FROM sqlite_master WHERE "
	    "name IN ('mailbox_pending', 'skipped_messages', "
	    "'domain_evidence')"), 3);
	assert_int_equal(q_int(f, "SELECT last_uid FROM mailbox_cursors"), 42);
}

static void
import(struct test_db *f, const char *addr, const char *cols,
    enum store_import_result want)
{
	struct store_import_row r = { addr, cols, 0 };
	enum store_import_result res;
	struct err err;

	assert_int_equal(store_begin(f->st, &err), 0);
	assert_int_equal(store_header_add(f->st, "email,name", 0,
	    &r.header_id, &err), 0);
	assert_int_equal(store_contact_import(f->st, &r, &res, &err), 0);
	assert_int_equal(store_commit(f->st, &err), 0);
	assert_int_equal(res, want);
}

static void
test_import_keeps_status(void **state)
{
	struct test_db *f = *state;
	struct store_bounce b = bnc("<m1@x>", "e@example.com", "invalid", T0);
	char *cols;

	apply(f, &b);
	import(f, "E@Example.com", "E@Example.com,Eve", STORE_IMPORT_OK);
	status_is(f, "e@example.com", "invalid");
	import(f, "E@Example.com", "E@Example.com,Eve 2", STORE_IMPORT_OK);
	cols = q_text(f, "SELECT columns FROM contacts");
	assert_string_equal(cols, "E@Example.com,Eve 2");
	g_free(cols);
	assert_int_equal(q_int(f, "SELECT count(*) FROM contacts"), 1);
	import(f, "x@gmial.com", "x@gmial.com,X", STORE_IMPORT_SUSPECT);
	status_is(f, "x@gmial.com", "suspect");
	import(f, "bad..x@example.com", "bad..x@example.com,B",
	    STORE_IMPORT_SYNTAX);
	status_is(f, "bad..x@example.com", "invalid");
	/* Text that is no address is kept, invalid (syntax); blank is not. */
	import(f, "Nobody ", "Nobody ,N", STORE_IMPORT_SYNTAX);
	status_is(f, "nobody", "invalid");
	import(f, "  ", "  ,N", STORE_IMPORT_NOADDR);
}

static void
test_mark(void **state)
{
	struct test_db *f = *state;
	struct store_bounce b = bnc("<m1@x>", "g@example.com", "invalid", T0);
	struct err err;

	apply(f, &b);
	assert_int_equal(store_begin(f->st, &err), 0);
	assert_int_equal(store_contact_mark(f->st, 0, "g@example.com",
	    "active", "fixed by phone", &err), 0);
	assert_int_equal(store_contact_mark(f->st, 0, "g@example.com",
	    "bogus", "x", &err), -1);
	assert_int_equal(store_commit(f->st, &err), 0);
	status_is(f, "g@example.com", "active");
	assert_int_equal(q_int(f, "SELECT count(*) FROM status_history WHERE "
	    "manual = 1 AND note = 'fixed by phone'"), 1);
	/* A re-applied old bounce changes nothing; a newer one does. */
	apply(f, &b);
	status_is(f, "g@example.com", "active");
	store_clock_set(f->st, T0 + 300 * D);
	b = bnc("<m2@x>", "g@example.com", "invalid", T0 + 200 * D);
	apply(f, &b);
	status_is(f, "g@example.com", "invalid");
}

static enum store_domain_verdict
observe(struct test_db *f, long long at, const char *state, long *changed)
{
	struct store_domain_result res;
	struct err err;

	store_clock_set(f->st, at);
	assert_int_equal(store_begin(f->st, &err), 0);
	if (store_domain_observe(f->st, 0, "dead.example", state, "test",
	    24 * 3600, &res, &err) < 0)
		fail_msg("%s", err.msg);
	assert_int_equal(store_commit(f->st, &err), 0);
	*changed = res.changed;
	return res.verdict;
}

/*
 * Dead-domain evidence: nothing on one answer, invalid once the same
 * answer is seen a day later, a later mark wins, an alive answer undoes.
 */
static void
test_domain_evidence(void **state)
{
	struct test_db *f = *state;
	long long t = T0 + 100 * D;
	struct err err;
	long ch;

	import(f, "a@dead.example", "a@dead.example,A", STORE_IMPORT_OK);
	import(f, "b@dead.example", "b@dead.example,B", STORE_IMPORT_OK);
	assert_int_equal(observe(f, t, "nxdomain", &ch), STORE_DOMAIN_FIRST);
	assert_int_equal(ch, 0);
	assert_int_equal(observe(f, t + 3600, "nxdomain", &ch),
	    STORE_DOMAIN_WAITING);
	status_is(f, "a@dead.example", "active");
	/* Another dead answer starts again. */
	assert_int_equal(observe(f, t + D + 60, "null-mx", &ch),
	    STORE_DOMAIN_FIRST);
	status_is(f, "a@dead.example", "active");
	assert_int_equal(observe(f, t + 2 * D + 120, "null-mx", &ch),
	    STORE_DOMAIN_CONFIRMED);
	assert_int_equal(ch, 2);
	status_is(f, "a@dead.example", "invalid");
	assert_int_equal(q_int(f, "SELECT count(*) FROM contacts WHERE reason "
	    "= 'hostunknown'"), 2);
	assert_int_equal(q_int(f, "SELECT count(*) FROM status_history WHERE "
	    "manual = 1"), 0);
	store_clock_set(f->st, t + 3 * D);
	assert_int_equal(store_begin(f->st, &err), 0);
	assert_int_equal(store_contact_mark(f->st, 0, "a@dead.example",
	    "active", "the domain works for us", &err), 0);
	assert_int_equal(store_commit(f->st, &err), 0);
	assert_int_equal(observe(f, t + 4 * D, "null-mx", &ch),
	    STORE_DOMAIN_CONFIRMED);
	status_is(f, "a@dead.example", "active");
	status_is(f, "b@dead.example", "invalid");
	assert_int_equal(observe(f, t + 5 * D, NULL, &ch), STORE_DOMAIN_ALIVE);
	assert_int_equal(ch, 1);
	status_is(f, "b@dead.example", "active");
	assert_int_equal(q_int(f, "SELECT count(*) FROM domain_evidence"), 0);
}

/*
 * A bounce dated in the future is held; accepted, it counts from when it
 * was read, and a later mark wins over it.
 */
static void
test_mark_after_future_bounce(void **state)
{
	struct test_db *f = *state;
	struct store_bounce b = bnc("<f1@x>", "k@example.com", "invalid",
	    T0 + 40000 * D);
	struct err err;
	long n;

	apply(f, &b);
	/*
	 * Held: dated after it arrived, so it made no contact; accepted by
	 * hand, it counts.
	 */
	status_is(f, "k@example.com", NULL);
	assert_int_equal(q_int(f, "SELECT date_known FROM bounces WHERE "
	    "msg_key = '<f1@x>'"), 2);
	assert_int_equal(store_begin(f->st, &err), 0);
	assert_int_equal(store_bounce_accept(f->st, "k@example.com", NULL, &n,
	    &err), 0);
	assert_int_equal(store_commit(f->st, &err), 0);
	assert_int_equal(n, 1);
	status_is(f, "k@example.com", "invalid");
	store_clock_set(f->st, T0 + 101 * D);
	assert_int_equal(store_begin(f->st, &err), 0);
	assert_int_equal(store_contact_mark(f->st, 0, "k@example.com",
	    "active", "confirmed by phone", &err), 0);
	assert_int_equal(store_commit(f->st, &err), 0);
	status_is(f, "k@example.com", "active");
}

/*
 * A version-3 database where an older doctor marked a contact invalid
 * on one DNS answer: after the migration the mark no longer counts and
 * the contact is back to what its own events say.
 */
static void
test_migrate_old_doctor_marks(void **state)
{
	struct test_db *f = *state;
	struct err err;
	sqlite3 *db;

	import(f, "old@gone.example", "old@gone.example,O", STORE_IMPORT_OK);
	import(f, "own@gone.example", "own@gone.example,P", STORE_IMPORT_OK);
	assert_int_equal(store_begin(f->st, &err), 0);
	assert_int_equal(store_contact_mark_reason(f->st, 0,
	    "old@gone.example", "invalid", "hostunknown",
	    "doctor --recipients: gone.example: the domain does not exist",
	    &err), 0);
	assert_int_equal(store_contact_mark(f->st, 0, "own@gone.example",
	    "invalid", "asked to be removed", &err), 0);
	assert_int_equal(store_commit(f->st, &err), 0);
	status_is(f, "old@gone.example", "invalid");
	store_close(f->st);
	f->st = NULL;
	assert_int_equal(sqlite3_open(f->path, &db), SQLITE_OK);
	assert_int_equal(sqlite3_exec(db, "DROP TABLE domain_evidence; "
	    UNDO_FROM_0006 "PRAGMA user_version = 3", NULL, NULL, NULL),
	    SQLITE_OK);
	sqlite3_close(db);
	assert_int_equal(store_open(f->path, 1000, &f->st, &err), 0);
	status_is(f, "old@gone.example", "active");
	/* A person's own mark stays a mark; the old one is taken back. */
	status_is(f, "own@gone.example", "invalid");
	assert_int_equal(q_int(f, "SELECT count(*) FROM status_history WHERE "
	    "manual = 1"), 1);
	assert_int_equal(q_int(f, "SELECT count(*) FROM status_history WHERE "
	    "manual = 2"), 1);
}

static int
count_rows(void *ctx, const struct store_export_row *r)
{
	(*(int *)ctx)++;
	return 0;
}

static void
test_export_filter(void **state)
{
	struct test_db *f = *state;
	struct store_bounce b = bnc("<m1@x>", "h@example.com", "invalid", T0);
	const char *const active[] = { "active", NULL };
	struct err err;
	int n = 0;

	apply(f, &b);
	import(f, "i@example.com", "i@example.com,I", STORE_IMPORT_OK);
	assert_int_equal(store_export_each(f->st, active, 0, count_rows, &n,
	    &err), 0);
	assert_int_equal(n, 1);
	/* h@ exists only through its bounce: out unless asked for. */
	n = 0;
	assert_int_equal(store_export_each(f->st, NULL, 0, count_rows, &n,
	    &err), 0);
	assert_int_equal(n, 1);
	n = 0;
	assert_int_equal(store_export_each(f->st, NULL, 1, count_rows, &n,
	    &err), 0);
	assert_int_equal(n, 2);
}

/* A full contact returns to active once its quiet period has run out. */
static void
test_expire(void **state)
{
	struct test_db *f = *state;
	struct store_bounce b = bnc("<m1@x>", "k@example.com", "full", T0);
	struct err err;
	long n;

	store_clock_set(f->st, T0 + 10 * D);
	apply(f, &b);
	status_is(f, "k@example.com", "full");
	store_clock_set(f->st, T0 + 20 * D);
	assert_int_equal(store_begin(f->st, &err), 0);
	assert_int_equal(store_contact_expire(f->st, 0, &n, &err), 0);
	assert_int_equal(store_commit(f->st, &err), 0);
	assert_int_equal(n, 0);
	status_is(f, "k@example.com", "full");
	store_clock_set(f->st, T0 + 40 * D);
	assert_int_equal(store_begin(f->st, &err), 0);
	assert_int_equal(store_contact_expire(f->st, 0, &n, &err), 0);
	assert_int_equal(store_commit(f->st, &err), 0);
	assert_int_equal(n, 1);
	status_is(f, "k@example.com", "active");
	assert_int_equal(q_int(f, "SELECT count(*) FROM status_history WHERE "
	    "old_status = 'full' AND new_status = 'active'"), 1);
}

/* A second writer waits, then gives a clear message. */
static void
test_busy(void **state)
{
	struct test_db *f = *state;
	struct store *st2;
	struct err err;

	assert_int_equal(store_open(f->path, 200, &st2, &err), 0);
	assert_int_equal(store_begin(f->st, &err), 0);
	assert_int_equal(store_begin(st2, &err), -1);
	assert_non_null(strstr(err.msg, "busy"));
	store_rollback(f->st);
	store_close(st2);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_open_schema, setup,
		    test_db_teardown),
		cmocka_unit_test_setup_teardown(test_reopen_newer_schema, setup,
		    test_db_teardown),
		cmocka_unit_test_setup_teardown(test_bounce_idempotent, setup,
		    test_db_teardown),
		cmocka_unit_test_setup_teardown(test_no_contact_for_blocked,
		    setup, test_db_teardown),
		cmocka_unit_test_setup_teardown(test_order_independent, setup,
		    test_db_teardown),
		cmocka_unit_test_setup_teardown(test_cursor, setup,
		    test_db_teardown),
		cmocka_unit_test_setup_teardown(test_pending, setup,
		    test_db_teardown),
		cmocka_unit_test_setup_teardown(test_skipped, setup,
		    test_db_teardown),
		cmocka_unit_test_setup_teardown(test_migrate_from_1, setup,
		    test_db_teardown),
		cmocka_unit_test_setup_teardown(test_import_keeps_status, setup,
		    test_db_teardown),
		cmocka_unit_test_setup_teardown(test_domain_evidence, setup,
		    test_db_teardown),
		cmocka_unit_test_setup_teardown(test_migrate_old_doctor_marks,
		    setup, test_db_teardown),
		cmocka_unit_test_setup_teardown(test_mark_after_future_bounce,
		    setup, test_db_teardown),
		cmocka_unit_test_setup_teardown(test_mark, setup,
		    test_db_teardown),
		cmocka_unit_test_setup_teardown(test_export_filter, setup,
		    test_db_teardown),
		cmocka_unit_test_setup_teardown(test_expire, setup,
		    test_db_teardown),
		cmocka_unit_test_setup_teardown(test_busy, setup,
		    test_db_teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
