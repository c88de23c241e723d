/*
 * handoff: one mutex, two condition variables, a queue.  Each side wakes
 * the other only when it sleeps, and the consumer takes everything at
 * once: a wake-up per item would cost more than the hand-over itself.
 * Must not know what the items are or who runs the threads.
 */
#include "handoff.h"

struct handoff {
	GMutex	 lock;
	GCond	 ready;		/* wake items queued, or a flush */
	GCond	 room;		/* the queue was emptied, or stop */
	GQueue	 items;
	GQueue	 done;		/* given back, for the producer to free */
	GDestroyNotify free_item;
	size_t	 bytes;		/* what the queued items count for */
	size_t	 max_items, max_bytes, wake;
	int	 flushed;	/* a flush is queued */
	int	 producer_waits, consumer_waits;
	int	 stop;
};

struct handoff *
handoff_new(size_t max_items, size_t max_bytes, size_t wake,
    GDestroyNotify free_item)
{
	struct handoff *h = g_new0(struct handoff, 1);

	g_mutex_init(&h->lock);
	g_cond_init(&h->ready);
	g_cond_init(&h->room);
	g_queue_init(&h->items);
	g_queue_init(&h->done);
	h->free_item = free_item;
	h->max_items = max_items;
	h->max_bytes = max_bytes;
	h->wake = wake;
	return h;
}

static void
handoff_free_all(GQueue *q, GDestroyNotify free_item)
{
	void *it;

	while ((it = g_queue_pop_head(q)) != NULL)
		if (free_item != NULL)
			free_item(it);
}

/* Moves every item of from to the end of to. */
static void
handoff_move(GQueue *from, GQueue *to)
{
	void *it;

	while ((it = g_queue_pop_head(from)) != NULL)
		g_queue_push_tail(to, it);
}

void
handoff_free(struct handoff *h)
{
	if (h == NULL)
		return;
	handoff_free_all(&h->items, h->free_item);
	handoff_free_all(&h->done, h->free_item);
	g_cond_clear(&h->ready);
	g_cond_clear(&h->room);
	g_mutex_clear(&h->lock);
	g_free(h);
}

static int
handoff_full(const struct handoff *h)
{
	return h->items.length > 0 && (h->items.length >= h->max_items ||
	    h->bytes >= h->max_bytes);
}

int
handoff_push(struct handoff *h, void *item, size_t bytes, int flush)
{
	GQueue done = G_QUEUE_INIT;
	int rc = -1;

	g_mutex_lock(&h->lock);
	done = h->done;
	g_queue_init(&h->done);
	while (!h->stop && handoff_full(h)) {
		h->producer_waits = 1;
		g_cond_wait(&h->room, &h->lock);
	}
	h->producer_waits = 0;
	if (!h->stop) {
		g_queue_push_tail(&h->items, item);
		h->bytes += bytes;
		h->flushed |= flush;
		if (h->consumer_waits && (h->flushed ||
		    h->items.length >= h->wake))
			g_cond_signal(&h->ready);
		rc = 0;
	}
	g_mutex_unlock(&h->lock);
	handoff_free_all(&done, h->free_item);
	return rc;
}

void
handoff_take(struct handoff *h, GQueue *out, GQueue *done)
{
	g_mutex_lock(&h->lock);
	if (done != NULL)
		handoff_move(done, &h->done);
	while (h->items.length == 0 || (!h->flushed &&
	    h->items.length < h->wake)) {
		h->consumer_waits = 1;
		g_cond_wait(&h->ready, &h->lock);
	}
	h->consumer_waits = 0;
	handoff_move(&h->items, out);
	h->bytes = 0;
	h->flushed = 0;
	if (h->producer_waits)
		g_cond_signal(&h->room);
	g_mutex_unlock(&h->lock);
}

void
handoff_stop(struct handoff *h)
{
	g_mutex_lock(&h->lock);
	h->stop = 1;
	g_cond_signal(&h->room);
	g_mutex_unlock(&h->lock);
}
