/*
 * ingest: THE loop.  Takes messages from a source, reads each with the dsn
 * module and hands the report to a sink (a printer for `parse`, the
 * database for `ingest` and `harvest`).  The loop knows neither the
 * transport nor the store.
 */
#ifndef BH_INGEST_INGEST_H
#define BH_INGEST_INGEST_H

#include "dsn.h"
#include "source.h"

struct ingest_sink {
	/* Called for every readable message, bounce or not. 0 or -1. */
	int	(*report)(void *ctx, const struct source_msg *msg,
		    const struct dsn_report *report, struct err *err);
	/* Called for a message that could not be read. 0 or -1. */
	int	(*unreadable)(void *ctx, const struct source_msg *msg,
		    const char *why, struct err *err);
	/*
	 * Makes everything reported so far durable; after it returns 0 the
	 * source is told (committed()).  May be NULL.  Called every
	 * batch messages and at the end.
	 */
	int	(*commit)(void *ctx, struct err *err);
	void	*ctx;
};

struct ingest_stats {
	long	messages;	/* messages read */
	long	unreadable;	/* messages that could not be read */
	long	reports;	/* messages with something to report */
	long	recipients;	/* recipients reported */
};

/*
 * Runs the loop until the source is exhausted.  batch: commit every batch
 * messages (0: only at the end).  Returns 0, or -1 with err set when the
 * source or the sink failed (what was committed stays committed).
 */
int	ingest_run(struct source *src, const struct dsn_rules *rules,
	    int explain, struct ingest_sink *sink, long batch,
	    struct ingest_stats *stats, struct err *err);
/*
 * The same, with reading and parsing on a second thread while the sink
 * works on the caller's: the sink sees the same calls in the same order
 * (so the same batches), from the caller's thread only.  Sources with a
 * committed() (IMAP) must not be read ahead of the commit: for those it
 * is ingest_run().  The source is read from the second thread; an error
 * from the sink stops it once its next() returns.  The reader runs at
 * most 2 * INGEST_QUEUE_MAX + 1 messages ahead of the sink (the queue,
 * what the sink took from it, the one being read).
 */
#define INGEST_QUEUE_MAX	4096
int	ingest_run_threaded(struct source *src,
	    const struct dsn_rules *rules, int explain,
	    struct ingest_sink *sink, long batch, struct ingest_stats *stats,
	    struct err *err);

#endif
