/*
 * test_ingest: the loop, plain and on two threads, over a scripted source
 * and a sink that writes down every call.  The threaded loop must make
 * exactly the calls the plain one makes, in the same order (so the same
 * batches), stop cleanly when the source or the sink fails, never read
 * further ahead than its bound, and not read ahead at all for a source
 * with committed().
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <glib.h>

#include "ingest.h"

#define PLAIN_TEXT	"From: a@example.org\nSubject: hello\n\nNot a bounce.\n"

static struct dsn_rules *rules;
static char *bounce_text;	/* a real DSN from the fixtures */

/* A source of n messages that reuses one buffer, as real sources do. */
struct fake_src {
	long	 n;
	gint	 next;		/* atomic: the sink reads it from its thread */
	long	 fail_at;	/* next() fails there (-1: never) */
	char	*buf;
	char	 path[64], key[64];	/* reused, as sources do */
	int	 with_committed;
	long	 committed;	/* calls */
};

/* A sink that logs "R<index>:<nrcpt>", "U<index>:<why>", "C". */
struct log_sink {
	GString		*log;
	struct fake_src	*src;
	long		 fail_at;	/* report() fails there (-1: never) */
	long		 delivered, ahead;	/* ahead: most next()s undelivered */
};

static int
fake_next(void *ctx, struct source_msg *m, struct err *err)
{
	struct fake_src *s = ctx;
	long i = g_atomic_int_get(&s->next);

	if (i == s->fail_at)
		return err_set(err, "source broken at %ld", i);
	if (i >= s->n)
		return 0;
	g_atomic_int_inc(&s->next);
	memset(m, 0, sizeof(*m));
	snprintf(s->path, sizeof(s->path), "m%ld.mbox", i % 3);
	m->path = s->path;
	m->index = i;
	g_free(s->buf);
	if (i % 7 == 3) {
		s->buf = NULL;
		m->unreadable = "too large";
		return 1;
	}
	s->buf = g_strdup(i % 5 == 0 ? bounce_text : PLAIN_TEXT);
	if (i % 4 == 1) {
		snprintf(s->key, sizeof(s->key), "sha256:%ld", i);
		m->raw_key = s->key;
	}
	m->data = s->buf;
	m->len = strlen(s->buf);
	return 1;
}

static int
fake_committed(void *ctx, struct err *err)
{
	struct fake_src *s = ctx;

	(void)err;
	s->committed++;
	return 0;
}

static void
fake_close(void *ctx)
{
	(void)ctx;
}

static const struct source_ops fake_ops = { .next = fake_next,
    .close = fake_close };
static const struct source_ops fake_ops_committed = { .next = fake_next,
    .committed = fake_committed, .close = fake_close };

static void
log_seen(struct log_sink *k)
{
	long ahead = g_atomic_int_get(&k->src->next) - k->delivered;

	if (ahead > k->ahead)
		k->ahead = ahead;
	k->delivered++;
}

static int
log_report(void *ctx, const struct source_msg *m, const struct dsn_report *r,
    struct err *err)
{
	struct log_sink *k = ctx;

	log_seen(k);
	if (m->index == k->fail_at)
		return err_set(err, "sink broken at %ld", m->index);
	g_string_append_printf(k->log, "R%ld:%s:%zu:%s%s%s ", m->index,
	    m->path, r->nrcpt, r->nrcpt > 0 ? r->rcpt[0].addr : "-",
	    m->raw_key != NULL ? ":" : "", m->raw_key != NULL ? m->raw_key :
	    "");
	return 0;
}

static int
log_unreadable(void *ctx, const struct source_msg *m, const char *why,
    struct err *err)
{
	struct log_sink *k = ctx;

	(void)err;
	log_seen(k);
	g_string_append_printf(k->log, "U%ld:%s ", m->index, why);
	return 0;
}

static int
log_commit(void *ctx, struct err *err)
{
	struct log_sink *k = ctx;

	(void)err;
	g_string_append(k->log, "C ");
	return 0;
}

struct run {
	char		*log;
	int		 rc;
	struct err	 err;
	struct ingest_stats stats;
	long		 ahead, committed;
};

/* One run over n messages; threaded or not. */
static void
run(int threaded, long n, long batch, long src_fail, long sink_fail,
    int with_committed, struct run *out)
{
	struct fake_src fs = { .n = n, .fail_at = src_fail };
	struct log_sink k = { .log = g_string_new(NULL), .src = &fs,
	    .fail_at = sink_fail };
	struct ingest_sink sink = { log_report, log_unreadable, log_commit,
	    &k };
	struct source src = { with_committed ? &fake_ops_committed : &fake_ops,
	    &fs };

	memset(out, 0, sizeof(*out));
	if (threaded)
		out->rc = ingest_run_threaded(&src, rules, 0, &sink, batch,
		    &out->stats, &out->err);
	else
		out->rc = ingest_run(&src, rules, 0, &sink, batch, &out->stats,
		    &out->err);
	out->log = g_string_free(k.log, FALSE);
	out->ahead = k.ahead;
	out->committed = fs.committed;
	g_free(fs.buf);
}

static void
assert_same(long n, long batch, long src_fail, long sink_fail)
{
	struct run a, b;

	run(0, n, batch, src_fail, sink_fail, 0, &a);
	run(1, n, batch, src_fail, sink_fail, 0, &b);
	assert_int_equal(a.rc, b.rc);
	assert_string_equal(a.log, b.log);
	if (a.rc < 0)
		assert_string_equal(a.err.msg, b.err.msg);
	assert_int_equal(a.stats.messages, b.stats.messages);
	assert_int_equal(a.stats.unreadable, b.stats.unreadable);
	assert_int_equal(a.stats.reports, b.stats.reports);
	assert_int_equal(a.stats.recipients, b.stats.recipients);
	g_free(a.log);
	g_free(b.log);
}

static void
test_same_calls(void **state)
{
	(void)state;
	assert_same(0, 500, -1, -1);
	assert_same(1, 500, -1, -1);
	assert_same(100, 0, -1, -1);
	assert_same(100, 1, -1, -1);
	assert_same(3000, 7, -1, -1);
	assert_same(3000, 500, -1, -1);
}

static void
test_reports_pass(void **state)
{
	struct run r;

	(void)state;
	run(1, 20, 5, -1, -1, 0, &r);
	assert_int_equal(r.rc, 0);
	/* Message 0 is the bounce, 3 and 10 unreadable, commits per 5. */
	assert_non_null(strstr(r.log, "R0:m0.mbox:1:"));
	assert_non_null(strstr(r.log, "R2:m2.mbox:0:- U3:too large R4:"));
	assert_non_null(strstr(r.log, "R9:m0.mbox:0:-:sha256:9 C U10:too "));
	assert_int_equal(r.stats.messages, 20);
	assert_int_equal(r.stats.unreadable, 3);
	assert_string_equal(strrchr(r.log, 'R'), "R19:m1.mbox:0:- C C ");
	assert_non_null(strstr(r.log, "R13:m1.mbox:0:-:sha256:13 "));
	g_free(r.log);
}

static void
test_source_fails(void **state)
{
	struct run r;

	(void)state;
	assert_same(2000, 40, 1234, -1);
	run(1, 2000, 40, 1234, -1, 0, &r);
	assert_int_equal(r.rc, -1);
	assert_string_equal(r.err.msg, "source broken at 1234");
	g_free(r.log);
}

static void
test_sink_fails(void **state)
{
	struct run r;

	(void)state;
	assert_same(5000, 40, -1, 16);
	assert_same(5000, 40, -1, 4001);
	run(1, 5000, 40, -1, 16, 0, &r);
	assert_int_equal(r.rc, -1);
	assert_string_equal(r.err.msg, "sink broken at 16");
	g_free(r.log);
}

/* Bounded read-ahead; none at all for a source that acts on commits. */
static void
test_read_ahead(void **state)
{
	struct run r;

	(void)state;
	/* More messages than the bound, so that it can be overrun. */
	run(1, 4 * INGEST_QUEUE_MAX, 500, -1, -1, 0, &r);
	assert_int_equal(r.rc, 0);
	assert_true(r.ahead > 1);
	/* The queue, what the consumer took from it, the one read. */
	assert_true(r.ahead <= 2 * INGEST_QUEUE_MAX + 1);
	g_free(r.log);
	run(1, 1000, 10, -1, -1, 1, &r);
	assert_int_equal(r.rc, 0);
	assert_int_equal(r.ahead, 1);
	assert_int_equal(r.committed, 101);
	g_free(r.log);
}

static int
setup(void **state)
{
	struct err err;
	char *path;

	(void)state;
	dsn_init();
	if ((rules = dsn_rules_load(NULL, &err)) == NULL)
		return -1;
	path = g_build_filename(getenv("BH_FIXTURES"), "dsn",
	    "cr-userunknown.eml", NULL);
	if (!g_file_get_contents(path, &bounce_text, NULL, NULL)) {
		g_free(path);
		return -1;
	}
	g_free(path);
	return 0;
}

static int
teardown(void **state)
{
	(void)state;
	dsn_rules_free(rules);
	g_free(bounce_text);
	dsn_shutdown();
	return 0;
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_same_calls),
		cmocka_unit_test(test_reports_pass),
		cmocka_unit_test(test_source_fails),
		cmocka_unit_test(test_sink_fails),
		cmocka_unit_test(test_read_ahead),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
