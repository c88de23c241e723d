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
};

struct source_ops {
	/* 1: *msg filled; 0: no more messages; -1: err set, source broken. */
	int	(*next)(void *ctx, struct source_msg *msg, struct err *err);
	/*
	 * Called once everything next() returned so far is committed, so the
	 * source may act on the server (flag, move).  May be NULL.
	 */
	int	(*committed)(void *ctx, struct err *err);
	void	(*close)(void *ctx);
};

struct source {
	const struct source_ops	*ops;
	void			*ctx;
};

#endif
