/*
 * ingest_thread: the same loop on two threads.  A reader thread takes
 * messages from the source and parses them; the caller's thread hands
 * each result to the sink, in order, and commits every batch messages,
 * exactly as ingest_run() does.  So parsing (the dsn module) and the
 * sink's work (the database) run side by side.
 *
 * Only the reader touches the source and the dsn module; only the
 * caller's thread touches the sink.  What is queued between them is
 * copied, since a source_msg lives only until the next next().  The
 * queue is bounded (messages and bytes), so memory stays bounded however
 * far ahead the reader could get.
 */
#include <string.h>

#include <glib.h>

#include "handoff.h"
#include "ingest.h"
#include "ingest_int.h"

/*
 * The queue's bound.  The consumer takes the whole queue at once, so up to
 * twice this is in flight: 8192 messages, 64 MB of message bytes (one
 * larger message still goes through alone).  A waiting consumer is woken
 * once PIPE_WAKE messages are queued, or at the end.  Deep enough for the
 * reader to keep parsing through a commit of the store's thread: with 512
 * and 8 MB it stalled there, and ingest took about an eighth longer, for
 * 15 MB less peak RSS (docs/benchmarks.md).
 */
#define PIPE_MAX_ITEMS	INGEST_QUEUE_MAX
#define PIPE_MAX_BYTES	(32u * 1024 * 1024)
#define PIPE_WAKE	32

/* One message read and parsed, or the end of the source. */
struct pipe_item {
	struct source_msg	 msg;		/* strings below */
	char			*data, *unreadable, *raw_key, *path, *account;
	char			*folder;
	struct ingest_parsed	 parsed;
	int			 end;		/* 1: source done (rc, err) */
	int			 rc;
	struct err		 err;
};

struct pipe {
	struct source		*src;
	const struct dsn_rules	*rules;
	int			 explain;
	struct handoff		*h;
};

static void
pipe_item_free(gpointer p)
{
	struct pipe_item *it = p;

	if (!it->end)
		ingest_parsed_release(&it->parsed);
	g_free(it->data);
	g_free(it->unreadable);
	g_free(it->raw_key);
	g_free(it->path);
	g_free(it->account);
	g_free(it->folder);
	g_free(it);
}

/* Copies what a source lent in msg. */
static struct pipe_item *
pipe_item_copy(const struct source_msg *m)
{
	struct pipe_item *it = g_new0(struct pipe_item, 1);

	it->msg = *m;
	if (m->data != NULL)
		it->msg.data = it->data = g_memdup2(m->data, m->len);
	it->msg.unreadable = it->unreadable = g_strdup(m->unreadable);
	it->msg.raw_key = it->raw_key = g_strdup(m->raw_key);
	it->msg.path = it->path = g_strdup(m->path);
	it->msg.account = it->account = g_strdup(m->account);
	it->msg.folder = it->folder = g_strdup(m->folder);
	return it;
}

/* The reader thread: next(), parse, queue; an end item last. */
static gpointer
pipe_reader(gpointer data)
{
	struct pipe *p = data;
	struct pipe_item *it;
	struct source_msg msg;
	struct err err;
	int r;

	while ((r = p->src->ops->next(p->src->ctx, &msg, &err)) == 1) {
		it = pipe_item_copy(&msg);
		ingest_parse(&it->msg, p->rules, p->explain, &it->parsed);
		if (handoff_push(p->h, it, it->msg.len, 0) < 0) {
			pipe_item_free(it);
			return NULL;
		}
	}
	it = g_new0(struct pipe_item, 1);
	it->end = 1;
	it->rc = r;
	if (r < 0)
		it->err = err;
	if (handoff_push(p->h, it, 0, 1) < 0)
		pipe_item_free(it);
	return NULL;
}

/* Hands one message to the sink; commits every batch.  0 or -1. */
static int
pipe_deliver(struct pipe *p, struct pipe_item *it, struct ingest_sink *sink,
    long batch, long *pending, struct ingest_stats *stats, struct err *err)
{
	int rc;

	rc = ingest_deliver(&it->msg, &it->parsed, sink, stats, err);
	if (rc < 0)
		return -1;
	if (batch > 0 && ++*pending >= batch) {
		*pending = 0;
		return ingest_commit(p->src, sink, err);
	}
	return 0;
}

/*
 * The consumer: ingest_run()'s loop over what the reader queued.  Items
 * go to done once taken, for the reader to free.
 */
static int
pipe_consume(struct pipe *p, GQueue *taken, GQueue *done,
    struct ingest_sink *sink, long batch, struct ingest_stats *stats,
    struct err *err)
{
	struct pipe_item *it;
	long pending = 0;

	for (;;) {
		if (taken->length == 0)
			handoff_take(p->h, taken, done);
		it = g_queue_pop_head(taken);
		g_queue_push_tail(done, it);
		if (it->end)
			break;
		if (pipe_deliver(p, it, sink, batch, &pending, stats, err) < 0)
			return -1;
	}
	if (it->rc < 0) {
		*err = it->err;
		return -1;
	}
	return ingest_commit(p->src, sink, err);
}

int
ingest_run_threaded(struct source *src, const struct dsn_rules *rules,
    int explain, struct ingest_sink *sink, long batch,
    struct ingest_stats *stats, struct err *err)
{
	struct pipe p = { src, rules, explain, NULL };
	GQueue taken = G_QUEUE_INIT, done = G_QUEUE_INIT;
	GThread *t;
	int rc;

	/* committed() acts on what next() returned: no reading ahead. */
	if (src->ops->committed != NULL)
		return ingest_run(src, rules, explain, sink, batch, stats,
		    err);
	p.h = handoff_new(PIPE_MAX_ITEMS, PIPE_MAX_BYTES, PIPE_WAKE,
	    pipe_item_free);
	t = g_thread_try_new("ingest-reader", pipe_reader, &p, NULL);
	if (t == NULL) {
		handoff_free(p.h);
		return ingest_run(src, rules, explain, sink, batch, stats,
		    err);
	}
	memset(stats, 0, sizeof(*stats));
	rc = pipe_consume(&p, &taken, &done, sink, batch, stats, err);
	/* On an error the reader stops at its next push. */
	handoff_stop(p.h);
	g_thread_join(t);
	g_queue_clear_full(&taken, pipe_item_free);
	g_queue_clear_full(&done, pipe_item_free);
	handoff_free(p.h);
	return rc;
}
