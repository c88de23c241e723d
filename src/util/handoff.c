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
	size_t	 bytes;		/* what the queued items count for */
	size_t	 max_items, max_bytes, wake;
	int	 flushed;	/* a flush is queued */
	int	 producer_waits, consumer_waits;
	int	 stop;
};

struct handoff *
handoff_new(size_t max_items, size_t max_bytes, size_t wake)
{
	struct handoff *h = g_new0(struct handoff, 1);

	g_mutex_init(&h->lock);
	g_cond_init(&h->ready);
	g_cond_init(&h->room);
	g_queue_init(&h->items);
	h->max_items = max_items;
	h->max_bytes = max_bytes;
	h->wake = wake;
	return h;
}

void
handoff_free(struct handoff *h, GDestroyNotify free_item)
{
	void *it;

	if (h == NULL)
		return;
	while ((it = g_queue_pop_head(&h->items)) != NULL)
		if (free_item != NULL)
			free_item(it);
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
	int rc = -1;

	g_mutex_lock(&h->lock);
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
	return rc;
}

void
handoff_take(struct handoff *h, GQueue *out)
{
	void *it;

	g_mutex_lock(&h->lock);
	while (h->items.length == 0 || (!h->flushed &&
	    h->items.length < h->wake)) {
		h->consumer_waits = 1;
		g_cond_wait(&h->ready, &h->lock);
	}
	h->consumer_waits = 0;
	while ((it = g_queue_pop_head(&h->items)) != NULL)
		g_queue_push_tail(out, it);
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
