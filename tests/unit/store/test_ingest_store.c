/*
 * Unit tests for the ingest_store sink: dsn reports filled by hand go into
 * a real database; a message is known by its Message-ID, else its bytes.
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

#include "ingest_store.h"
#include "test_db.h"

struct fx {
	char		*dir, *path;
	struct store	*st;
	struct ingest_store is;
	struct ingest_sink sink;
};

/* What we sent a@example.com, and the reports below return. */
static char sent_mid[] = "<sent-1@shop.example>";

static int
setup(void **state)
{
	struct fx *f = g_new0(struct fx, 1);

	if (test_db_open("bh-ingest-store-XXXXXX", "t.db", &f->dir, &f->path,
	    &f->st) < 0)
		return -1;
	f->is.st = f->st;
	ingest_store_sink(&f->is, &f->sink);
	/* The message the reports below return: they are verified. */
	test_db_sent(f->st, sent_mid, "a@example.com", 1700000000 - 3600);
	*state = f;
	return 0;
}

static int
teardown(void **state)
{
	struct fx *f = *state;
	int rc = test_db_remove(f->st, f->dir, f->path);

	g_free(f);
	return rc;
}

static long long
count(struct fx *f, const char *sql)
{
	return test_db_int(f->path, sql);
}

/* Reports one message with two recipients, then commits. */
static void
feed(struct fx *f, const char *data, char *mid)
{
	struct dsn_recipient r[2];
	struct dsn_report rep;
	struct source_msg m;
	struct err err;

	memset(r, 0, sizeof(r));
	memset(&rep, 0, sizeof(rep));
	memset(&m, 0, sizeof(m));
	r[0].addr = "a@example.com";
	r[0].category = DSN_CAT_INVALID;
	r[0].reason = "userunknown";
	r[1].addr = "b@example.com";
	r[1].category = DSN_CAT_BLOCKED;
	r[1].diagnostic = "550 blocked using zen.spamhaus.org";
	rep.kind = DSN_KIND_BOUNCE;
	rep.message_id = mid;
	rep.original_message_id = sent_mid;
	rep.timestamp = 1700000000;
	rep.rcpt = r;
	rep.nrcpt = 2;
	m.data = data;
	m.len = strlen(data);
	m.path = "x.eml";
	if (f->sink.report(f->sink.ctx, &m, &rep, &err) < 0 ||
	    f->sink.commit(f->sink.ctx, &err) < 0)
		fail_msg("%s", err.msg);
}

static void
test_once(void **state)
{
	struct fx *f = *state;

	feed(f, "message one", "<1@x>");
	feed(f, "message one, other bytes", "<1@x>");
	assert_int_equal(f->is.seen, 4);
	assert_int_equal(f->is.applied, 2);
	assert_int_equal(f->is.durable, 2);
	assert_int_equal(count(f, "SELECT count(*) FROM bounces WHERE "
	    "msg_key = 'mid:<1@x>' AND file = 'x.eml'"), 2);
	assert_int_equal(count(f, "SELECT count(*) FROM contacts WHERE "
	    "status = 'invalid'"), 1);
	assert_int_equal(count(f, "SELECT count(*) FROM sender_alerts"), 1);
}

/* Without a Message-ID the bytes decide: same bytes once, others again. */
static void
test_hash_key(void **state)
{
	struct fx *f = *state;

	feed(f, "no id here", NULL);
	feed(f, "no id here", NULL);
	feed(f, "no id, other bytes", NULL);
	assert_int_equal(f->is.applied, 4);
	assert_int_equal(count(f, "SELECT count(DISTINCT msg_key) FROM bounces "
	    "WHERE msg_key LIKE 'sha256:%'"), 2);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_once, setup, teardown),
		cmocka_unit_test_setup_teardown(test_hash_key, setup, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
