/*
 * ingest_sent: what we sent, read into the database: the headers of sent
 * messages from any source (a Sent folder, files, an mbox), or a mailing
 * tool's log as CSV.  No transport here, no SQL: the source yields
 * messages, dsn reads their headers, the store records them.
 *
 * All memory belongs to the caller.
 */
#ifndef BH_INGEST_SENT_H
#define BH_INGEST_SENT_H

#include "source.h"
#include "store.h"

struct ingest_sent_stats {
	long	messages;	/* messages (or log rows) read */
	long	skipped;	/* not sent mail, or a bad row: named */
	long	recipients;	/* recipients read */
	long	added;		/* of those, new in the database */
};

/*
 * Reads every message of src and records what it was sent to, one
 * transaction every batch messages; the source is told after each commit
 * (committed()).  A message without Date or recipient is named on stderr
 * and skipped.  0, or -1 with err set (what was committed stays).
 */
int	ingest_sent_run(struct source *src, struct store *st, long batch,
	    struct ingest_sent_stats *stats, struct err *err);
/*
 * Records what one message (its header fields suffice) was sent to, in
 * the open transaction (one is opened if none is).  A message without
 * Date or recipient is named on stderr and skipped.  0, or -1 with err
 * set (the transaction is the caller's to roll back).
 */
int	ingest_sent_message(struct store *st, const struct source_msg *m,
	    struct ingest_sent_stats *stats, struct err *err);
/*
 * Reads a mailing tool's sent log: CSV (, ; or tab, as the header line
 * shows; ',' from a pipe) with a header line naming an
 * address column (email, address, recipient, to), a date column (date,
 * sent, sent_at, time, timestamp: ISO 8601, UTC unless it says, or
 * seconds since the epoch) and optionally a Message-ID column
 * (message-id, message_id, messageid).  Bad rows are named and skipped.
 * One transaction for the file: on an error nothing of it is kept.
 */
enum ingest_sent_status {
	INGEST_SENT_OK = 0,
	INGEST_SENT_INPUT,	/* the file cannot be read as a sent log */
	INGEST_SENT_STORE,	/* the database failed */
};
enum ingest_sent_status ingest_sent_log(const char *path, struct store *st,
	    struct ingest_sent_stats *stats, struct err *err);

#endif
