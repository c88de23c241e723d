/*
 * store_review: what the review pages (serve, report --html) read: a
 * page of contacts found by keyset paging, the runs of each source,
 * bounces per day and category, and the contacts that need a decision
 * (the decisions themselves are in store.h).  Like store.h, no SQLite
 * type crosses this header.
 *
 * All memory belongs to the caller unless stated otherwise; strings in
 * rows handed to a callback are borrowed until the callback returns.
 */
#ifndef BH_STORE_REVIEW_H
#define BH_STORE_REVIEW_H

#include "store.h"

enum store_sort {
	STORE_SORT_ADDRESS = 0,	/* address, ascending */
	STORE_SORT_CHANGED,	/* last status change, newest first */
};

/* A page of contacts: filters (NULL or 0: any), order, and where to go on. */
struct store_page {
	const char	*q;		/* part of address, name or company */
	const char	*status, *domain, *source;
	long long	 since, until;	/* status changed in [since, until) */
	enum store_sort	 sort;
	/* The last row of the previous page (NULL: first page). */
	const char	*after_address;
	long long	 after_since;	/* STORE_SORT_CHANGED only */
	int		 limit;
};
/* Calls fn for at most p->limit contacts past the cursor, in order. */
int	store_page_each(struct store *st, const struct store_page *p,
	    store_contact_fn fn, void *ctx, struct err *err);

/* One run as recorded by harvest or ingest. */
struct store_run_row {
	long long	 id;
	const char	*command, *source;
	long long	 started, finished;	/* finished 0: still running */
	long		 messages, unreadable, recipients, applied;
	int		 ok;		/* 1 ok, 0 failed, -1 unfinished */
};
typedef int (*store_run_fn)(void *ctx, const struct store_run_row *r);
/* The last per_source runs of each (command, source), newest first. */
int	store_run_each(struct store *st, int per_source, store_run_fn fn,
	    void *ctx, struct err *err);

/* (day "YYYY-MM-DD", category, count) for failures dated since, by day. */
typedef int (*store_daycat_fn)(void *ctx, const char *day,
    const char *category, long long count);
int	store_day_category_each(struct store *st, long long since,
	    store_daycat_fn fn, void *ctx, struct err *err);

/* Why a contact needs a decision. */
enum store_attention {
	STORE_ATT_TYPO,		/* the address looks like a typo */
	STORE_ATT_REPLACEMENT,	/* a bounce named a new address */
	STORE_ATT_REVIEW,	/* still failing after the review time */
	STORE_ATT_FULL,		/* full, one bounce from being given up */
	STORE_ATT_COMPLAINT,	/* complained */
	STORE_ATT_N
};
/* extra: the suggestion or replacement; NULL for the others. */
typedef int (*store_attention_fn)(void *ctx, enum store_attention why,
    const struct store_contact *c, const char *extra);
/* Up to limit contacts of kind why; *total: how many there are. */
int	store_attention_each(struct store *st, enum store_attention why,
	    int limit, long long *total, store_attention_fn fn, void *ctx,
	    struct err *err);

/*
 * Failures that count for nothing until accepted by hand (store.h,
 * store_bounce_accept): unverified ones, and held ones whatever their
 * evidence.  Counts of those dated since (0: all).
 */
struct store_doubt_counts {
	long long	 unverified;	/* unverified, not held, not counted */
	long long	 held;		/* held, not accepted */
	/* Unverified, counted only because accept_unverified is set. */
	long long	 by_setting;
	int		 sent_known;	/* 1 if any sent mail is recorded */
};
int	store_doubt_count(struct store *st, long long since,
	    struct store_doubt_counts *c, struct err *err);

/* One failure not counted, with where its notice came from. */
struct store_doubt_row {
	const char	*address;	/* the recipient, as contacts.address */
	const char	*status;	/* its contact's status; NULL: none */
	const char	*msg_key;	/* the notice (store_bounce_accept) */
	const char	*category, *reason;
	const char	*original_message_id, *original_subject;
	const char	*reporting_mta;	/* the server the notice names */
	const char	*account, *folder, *file;	/* where it was read */
	const char	*evidence, *held;
	/* The notice's own From address and Subject; NULL: not recorded. */
	const char	*notice_from, *notice_subject;
	long long	 date;		/* when it arrived */
};
typedef int (*store_doubt_fn)(void *ctx, const struct store_doubt_row *r);
/*
 * The newest limit failures not counted, newest first, of the notice
 * msg_key (NULL: of all notices); *total: how many there are
 * (unverified and held, all dates).
 */
int	store_doubt_each(struct store *st, const char *msg_key, int limit,
	    long long *total, store_doubt_fn fn, void *ctx, struct err *err);

/*
 * The same failures, one row per notice: a forged report naming 5,000
 * is one row.  Strings of the row as in store_doubt_row, of one of the
 * notice's failures (its newest); first: its first recipients (by
 * when recorded), nfirst of them; known[i]: 1 if first[i] is a contact
 * (a forged report adds none).
 */
#define STORE_NOTICE_FIRST	5
struct store_notice_row {
	struct store_doubt_row	 d;
	long long		 recipients;	/* failures not counted */
	const char		*first[STORE_NOTICE_FIRST];
	int			 known[STORE_NOTICE_FIRST];
	int			 nfirst;
};
typedef int (*store_notice_fn)(void *ctx, const struct store_notice_row *r);
/*
 * The newest limit notices with failures not counted, newest first;
 * *total: how many notices there are.
 */
int	store_notice_each(struct store *st, int limit, long long *total,
	    store_notice_fn fn, void *ctx, struct err *err);

/*
 * What we sent that bears on a failure of address that returned
 * original_mid (or NULL) and arrived at date: the words behind its
 * evidence level.
 */
struct store_proof {
	/* When the returned message went to the address; 0: it did not. */
	long long	 answered;
	int		 mid_ours;	/* the returned Message-ID is ours */
	/* The last mail to the address before date, however old; 0: none. */
	long long	 last_sent;
	int		 sent_known;	/* any sent mail recorded at all */
};
int	store_proof_get(struct store *st, const char *address,
	    const char *original_mid, long long date, struct store_proof *p,
	    struct err *err);

/*
 * Makes the indexes that keep browsing fast on a large list (contacts by
 * status and by change date, failures by date), if missing.  For serve
 * on a writable database; a few seconds on 1,000,000 contacts, once.
 */
int	store_review_indexes(struct store *st, struct err *err);

/*
 * The search index (serve): makes it if missing (once: seconds on
 * 1,000,000 contacts), brings it up to date with the contacts and keeps
 * it so for this connection's own writes; then searches on st use it.
 * Writable connection only.  Nothing in the database keeps it current
 * for other processes: see store_search_behind().
 */
int	store_search_index(struct store *st, struct err *err);
/*
 * 1 if another connection has written since store_search_index() on st
 * (or it was never called): call it again before trusting the index.
 */
int	store_search_behind(struct store *st);
/*
 * Whether searches on st (another connection to the same database) use
 * the index; the caller keeps it current on a writable connection.
 */
void	store_search_use(struct store *st, int on);

#endif
