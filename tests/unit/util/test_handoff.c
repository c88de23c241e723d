/*
 * test_handoff: the bounded queue between two threads: everything pushed
 * comes out once, in order; the bound holds; items given back are freed
 * by the producer; stop makes pushes fail and the producer return.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>
#include <glib.h>

#include "handoff.h"

#define N	20000

struct prod {
	struct handoff	*h;
	gint		 pushed;	/* atomic */
	int		 failed_at;	/* first push that failed, or -1 */
};

static gpointer
produce(gpointer data)
{
	struct prod *p = data;
	int i;

	p->failed_at = -1;
	for (i = 1; i <= N; i++) {
		if (handoff_push(p->h, GINT_TO_POINTER(i), 10, i == N) < 0) {
			p->failed_at = i;
			break;
		}
		g_atomic_int_inc(&p->pushed);
	}
	return NULL;
}

static void
test_order_and_bound(void **state)
{
	struct prod p = { handoff_new(100, 1u << 30, 8, NULL), 0, 0 };
	GQueue q = G_QUEUE_INIT;
	GThread *t;
	int want = 1, most = 0, ahead;

	(void)state;
	t = g_thread_new("producer", produce, &p);
	while (want <= N) {
		handoff_take(p.h, &q, NULL);
		/* What was taken, plus at most a full queue behind it. */
		ahead = g_atomic_int_get(&p.pushed) - (want - 1);
		if (ahead > most)
			most = ahead;
		assert_true(q.length >= 1);
		while (q.length > 0)
			assert_int_equal(GPOINTER_TO_INT(g_queue_pop_head(&q)),
			    want++);
	}
	g_thread_join(t);
	assert_int_equal(p.failed_at, -1);
	assert_true(most <= 2 * 100 + 1);
	handoff_free(p.h);
}

static GThread *producer;
static gint freed_here, freed_elsewhere;

static void
count_free(gpointer it)
{
	(void)it;
	if (g_thread_self() == producer)
		g_atomic_int_inc(&freed_here);
	else
		g_atomic_int_inc(&freed_elsewhere);
}

/* Items given back are freed by the producer, the rest by handoff_free. */
static void
test_done(void **state)
{
	struct prod p = { handoff_new(100, 1u << 30, 8, count_free), 0, 0 };
	GQueue q = G_QUEUE_INIT, done = G_QUEUE_INIT;
	int got = 0;

	(void)state;
	producer = g_thread_new("producer", produce, &p);
	while (got < N) {
		handoff_take(p.h, &q, &done);
		assert_int_equal(done.length, 0);
		got += (int)q.length;
		while (q.length > 0)
			g_queue_push_tail(&done, g_queue_pop_head(&q));
	}
	g_thread_join(producer);
	g_queue_clear_full(&done, count_free);
	handoff_free(p.h);
	assert_int_equal(g_atomic_int_get(&freed_here) +
	    g_atomic_int_get(&freed_elsewhere), N);
	/* All but what was still queued or in hand at the end. */
	assert_true(g_atomic_int_get(&freed_here) >= N - 2 * 100 - 8);
}

/* One big item always fits; the byte bound holds back the next. */
static void
test_bytes(void **state)
{
	struct handoff *h = handoff_new(100, 50, 1, NULL);
	GQueue q = G_QUEUE_INIT;

	(void)state;
	assert_int_equal(handoff_push(h, GINT_TO_POINTER(1), 1000, 0), 0);
	handoff_take(h, &q, NULL);
	assert_int_equal(q.length, 1);
	g_queue_clear(&q);
	handoff_free(h);
}

/* The consumer stops while the producer waits for room. */
static void
test_stop(void **state)
{
	struct prod p = { handoff_new(10, 1u << 30, 1000, NULL), 0, 0 };
	GThread *t;

	(void)state;
	t = g_thread_new("producer", produce, &p);
	while (g_atomic_int_get(&p.pushed) < 10)
		g_usleep(1000);
	handoff_stop(p.h);
	g_thread_join(t);
	assert_int_equal(p.failed_at, 11);
	handoff_free(p.h);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_order_and_bound),
		cmocka_unit_test(test_done),
		cmocka_unit_test(test_bytes),
		cmocka_unit_test(test_stop),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
