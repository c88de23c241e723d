/*
 * handoff: a bounded queue that hands items from one producer thread to
 * one consumer thread.  Knows nothing of what the items are.
 *
 * Items belong to the producer until handoff_push() returns 0, then to
 * the consumer once handoff_take() gives them out.  The consumer gives
 * finished items back with its next handoff_take(), and the producer frees
 * them (free_item) at its next push: memory goes back to the thread that
 * allocated it, which spares malloc a lock both threads fight over.
 * Whatever is left is freed by handoff_free().
 */
#ifndef BH_UTIL_HANDOFF_H
#define BH_UTIL_HANDOFF_H

#include <stddef.h>

#include <glib.h>

struct handoff;

/*
 * At most max_items items and max_bytes bytes (as the producer counts
 * them) wait in the queue; one item always fits.  A sleeping consumer is
 * woken once wake items are queued, or by a push with flush set.
 */
struct handoff *handoff_new(size_t max_items, size_t max_bytes,
	    size_t wake, GDestroyNotify free_item);
/*
 * Frees the handoff and every item it still holds.  Both threads must be
 * done with it.
 */
void	handoff_free(struct handoff *h);
/*
 * Producer: queues item, first waiting for room.  0, or -1 once the
 * consumer has stopped the handoff (the item stays the caller's).
 */
int	handoff_push(struct handoff *h, void *item, size_t bytes, int flush);
/*
 * Consumer: gives back the items in done (emptied; may be NULL), waits
 * for items (see handoff_new()), then moves all of them to the end of
 * out, in order.
 */
void	handoff_take(struct handoff *h, GQueue *out, GQueue *done);
/* Consumer: makes every handoff_push() from now on fail. */
void	handoff_stop(struct handoff *h);

#endif
