/*
 * source: where messages come from.  One small table of operations between
 * the ingest loop and each backend (files/mbox/maildir, IMAP), so the loop
 * never sees the transport.
 *
 * Memory in a struct source_msg is borrowed from the source and lives until
 * the next call to next() or close().
 */
#ifndef BH_INGEST_SOURCE_H
#define BH_INGEST_SOURCE_H

#include <stddef.h>
#include <stdint.h>

#include "err.h"

/* Why a message could not be read, as a kind (the text says more). */
enum source_skip {
	SOURCE_UNREADABLE,	/* not mail, or a read error */
	SOURCE_TOO_LARGE,	/* over the source's size limit */
	SOURCE_NO_BODY,		/* the server returned none */
};

struct source_msg {
	const char	*data;		/* the raw message, or NULL if unreadable */
	size_t		 len;
	const char	*unreadable;	/* why data is NULL (e.g. "too large") */
	enum source_skip skip;		/* ... and its kind */
	/*
	 * The key of the message as it was before the source changed it
	 * ("sha256:" and the digest of the raw bytes), or NULL: the data is
	 * raw, or the message has a Message-ID, and its key is computed from
	 * the parsed message when needed.
	 */
	const char	*raw_key;
	/* Where it came from: a file (path, index in an mbox from 0) ... */
	const char	*path;
	long		 index;
	/* ... or a mailbox (account, folder, uidvalidity, uid); else NULL/0. */
	const char	*account;
	const char	*folder;
	uint32_t	 uidvalidity;
	uint32_t	 uid;
	/*
	 * When the server received it (IMAP INTERNALDATE, seconds since the
	 * epoch), which no header of the message can change; 0: the source
	 * does not know (files), and the message's own fields are read.
	 */
	long long	 arrival;
};

/*
 * Where a mailbox source starts reading, as the ingest core kept it from
 * the previous run.  All 0 for none.
 */
struct source_cursor {
	uint32_t	 uidvalidity;
	uint32_t	 last_uid;
	/*
	 * UIDs (ascending) whose action (flag, move) an earlier run
	 * committed but did not see done: the source does them first, those
	 * still there, when UIDVALIDITY is unchanged.  Borrowed until open()
	 * returns.
	 */
	const uint32_t	*retry;
	size_t		 nretry;
};

/* What a source says about its read so far; all 0 for plain files. */
struct source_state {
	uint32_t	 uidvalidity;	/* of the folder now; 0: no cursor */
	/*
	 * Once everything returned has been committed, the cursor may
	 * advance to high_uid: no candidate at or below it remains.
	 */
	uint32_t	 high_uid;
	int		 rescan;	/* UIDVALIDITY changed: read again */
	const char	*action;	/* "flagged", "moved"; NULL: none */
	long		 candidates;	/* messages the source will return */
	long		 too_large;	/* of those returned, over the limit */
	long		 acted;		/* flagged or moved after commit */
	long		 retried;	/* of acted: retry UIDs, done at open */
	long		 gone;		/* retry UIDs no longer there */
	/* Something the user should know (a degraded read), or NULL. */
	const char	*warning;
	/* Something worth saying at --verbose (how it was read), or NULL. */
	const char	*note;
};

struct source_ops {
	/* 1: *msg filled; 0: no more messages; -1: err set, source broken. */
	int	(*next)(void *ctx, struct source_msg *msg, struct err *err);
	/*
	 * The core's verdict on the message next() just returned: act on it
	 * (flag, move) once committed, or leave it alone.  Returns 1 when
	 * the action is due, which the core then records in the same
	 * transaction as the message.  May be NULL (nothing is ever done).
	 */
	int	(*ack)(void *ctx, const struct source_msg *msg, int act);
	/*
	 * Called once everything next() returned so far is committed, so the
	 * source may act on the server (flag, move).  May be NULL.
	 */
	int	(*committed)(void *ctx, struct err *err);
	/* Fills *st; may be NULL (a source without cursor or counters). */
	void	(*state)(void *ctx, struct source_state *st);
	void	(*close)(void *ctx);
};

struct source {
	const struct source_ops	*ops;
	void			*ctx;
};

/*
 * A mailbox of folders (an IMAP account): each folder opens as a source
 * that starts at the cursor the core passes in.
 */
struct source_box_ops {
	/* 0, or -1 with err set. */
	int	(*open)(void *ctx, const char *folder,
		    const struct source_cursor *cur, struct source *src,
		    struct err *err);
	/*
	 * After a folder failed (at open or while read, its source closed):
	 * 1 when reading it once more may help (a dropped connection, made
	 * anew), 0 when not, -1 when no further folder can be read.
	 */
	int	(*recover)(void *ctx);
	void	(*close)(void *ctx);
	/*
	 * Opens one of box->sent as a source of what we sent: each message's
	 * header fields (Message-ID, To, Cc, Bcc, Date), nothing changed
	 * where it is.  As open(); may be NULL when sent is.
	 */
	int	(*open_sent)(void *ctx, const char *folder,
		    const struct source_cursor *cur, struct source *src,
		    struct err *err);
};

struct source_box {
	const struct source_box_ops *ops;
	void			*ctx;
	const char		*name;		/* for messages and cursors */
	const char *const	*folders;	/* NULL-terminated */
	/* The Sent folders, read before folders; NULL-terminated or NULL. */
	const char *const	*sent;
	int			 acts;		/* flags or moves what it reads */
	long			 batch;		/* messages per commit; 0: any */
	long			 reconnects;	/* counted by the box */
};

#endif
