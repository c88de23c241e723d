/*
 * ingest_store: the sink that applies what the ingest loop reads to the
 * contact database.  Used by `ingest` and `harvest` alike; only the
 * source differs.  Knows dsn reports and store calls, no transport.
 *
 * Transactions: the first message after a commit opens one; the loop's
 * commit() makes it durable.  A source that keeps its own progress in the
 * database (the IMAP cursor) calls ingest_store_tx() and writes it after
 * report(), so both land in the same transaction.
 */
#ifndef BH_INGEST_STORE_H
#define BH_INGEST_STORE_H

#include "ingest.h"
#include "store.h"

struct ingest_store {
	struct store	*st;		/* borrowed */
	long long	 run_id;
	long		 applied;	/* new bounce rows */
	long		 durable;	/* of those, committed */
	long		 seen;		/* recipients reported */
	long		 unreadable;
	/* How the notices read now count unverified (their account's). */
	enum store_unverified unverified;
};

/* Fills sink so that it writes through is (both borrowed by the sink). */
void	ingest_store_sink(struct ingest_store *is, struct ingest_sink *sink);
/* Opens the batch's transaction if none is open.  0 or -1. */
int	ingest_store_tx(struct ingest_store *is, struct err *err);
/*
 * Identifies a message for the database: its Message-ID when it has one,
 * else a hash of its bytes.  g_free.
 */
char	*ingest_store_msg_key(const struct source_msg *msg,
	    const struct dsn_report *rep);
#endif
