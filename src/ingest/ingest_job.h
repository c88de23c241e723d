/*
 * ingest_job: one run of `ingest` or `harvest`; the two differ only in
 * the source they open.  The job owns what a run does to the database
 * whatever the source: the run row, each folder's cursor (advanced in
 * the transaction of the messages it covers), the actions on the server
 * recorded as due in that same transaction and cleared once the source
 * has done them, the retries of those an earlier run left, the expiry of
 * time-dependent statuses, and the counts of the summary.  Sources only
 * yield messages and act when told; the command only opens them and
 * prints.
 *
 * Knows source.h, the ingest loop and store calls; no transport, no SQL.
 * The store and rules passed in are borrowed for the job's life.
 */
#ifndef BH_INGEST_JOB_H
#define BH_INGEST_JOB_H

#include "ingest_store.h"

/* What a summary says; each run adds to the caller's counts. */
struct ingest_counts {
	long	folders;	/* folders read to the end */
	long	candidates;	/* messages the folders' searches found */
	long	messages;	/* messages read */
	long	too_large;	/* of those, over the size limit */
	long	unreadable;	/* of those, not readable (too large too) */
	long	bounces;	/* messages read as failures or complaints */
	long	recipients;	/* recipients reported */
	long	new_bounces;	/* bounce rows committed that were new */
	long	acted;		/* messages flagged or moved */
	long	doubtful;	/* bounces left alone: unverified or held */
	long	sent_folders;	/* Sent folders read to the end */
	long	sent_messages;	/* sent messages read */
	long	sent_new;	/* of their recipients, new in the database */
};

/* One message read, or the end of a folder, for progress and --verbose. */
struct ingest_event {
	const char	*label;		/* "account/folder"; NULL for files */
	const struct source_msg *msg;	/* NULL: the folder is done */
	const struct dsn_report *rep;	/* NULL: unreadable (why) */
	const char	*why;
	int		 bounce;	/* rep reads as a failure/complaint */
	long		 done, candidates, bounces;	/* in the folder */
};

struct ingest_job_opts {
	const char	*command;	/* for the run row: "ingest", ... */
	const char	*source;	/* ... and what it reads (may be NULL) */
	/*
	 * Read, classify and apply in one transaction, rolled back at the
	 * end: nothing stays, nothing is done on a server, and change (if
	 * set) hears each status change that would have been made.
	 */
	int		 dry_run;
	long		 batch;		/* messages per transaction, unless the
					   source box says */
	/* Called for every event; may be NULL.  ctx is passed back. */
	void		(*event)(void *ctx, const struct ingest_event *ev);
	store_change_fn	*change;
	void		*ctx;
};

struct ingest_job {
	struct store		*st;
	const struct dsn_rules	*rules;
	struct ingest_job_opts	 o;
	struct ingest_store	 is;
	long			 messages;	/* read by the whole run */
	long			 expired;	/* contacts looked at by expiry */
	int			 db_failed;	/* a database write failed */
};

/*
 * Starts the job and, unless a dry run, records its run row.  0, or -1
 * with err set (nothing started).
 */
int	ingest_job_begin(struct ingest_job *j, struct store *st,
	    const struct dsn_rules *rules, const struct ingest_job_opts *o,
	    struct err *err);
/*
 * Reads every Sent folder of box, then every folder, each from its
 * cursor, adding to *c what was read: what we sent is recorded before
 * the notices that answer it are graded.  A bounce that does not count
 * (unverified or held, and not accepted) is left where it is, neither
 * flagged nor moved.  A folder whose read failed is logged ("account
 * 'NAME': ...") and, when the box says so, read once more; what it
 * committed stays.  0, or -1 when some folder could not be read.
 */
int	ingest_job_box(struct ingest_job *j, struct source_box *box,
	    struct ingest_counts *c);
/*
 * The same for an account whose unverified notices count as u says
 * rather than as the policy does (its own accept_unverified).
 */
int	ingest_job_account(struct ingest_job *j, struct source_box *box,
	    enum store_unverified u, struct ingest_counts *c);
/*
 * Reads src (files: no cursor, nothing done on a server) to the end,
 * parsing ahead on a second thread, and closes it.  0, or -1 with err
 * set: the batch in progress is rolled back, earlier ones stay.
 */
int	ingest_job_files(struct ingest_job *j, struct source *src,
	    struct ingest_counts *c, struct err *err);
/*
 * Ends the job: unless a database write failed, the full and retry-later
 * contacts whose quiet period ran out by now return to their base status,
 * then the run row gets its counts and ok (a dry run: the changes are
 * told, then rolled back).  0, or -1 with err set.
 */
int	ingest_job_end(struct ingest_job *j, int ok, struct err *err);

#endif
