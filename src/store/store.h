/*
 * store: the contact database (SQLite).  The only module that includes
 * sqlite3.h; no SQLite type crosses this header.  Contacts, bounces,
 * status history, sender alerts, mailbox cursors, pending after-actions
 * and runs.
 *
 * All memory belongs to the caller unless stated otherwise.  Strings in
 * rows handed to a callback are borrowed and live until the callback
 * returns.  Functions return 0 or -1 with err set; lookups return 1
 * (found), 0 (not found) or -1.
 */
#ifndef BH_STORE_STORE_H
#define BH_STORE_STORE_H

#include <stdint.h>

#include "err.h"
#include "store_policy.h"

struct store;

/*
 * Opens (creating it 0600, and its folder 0700, if needed) and migrates
 * the database at path.  busy_ms: how long to wait for another writer,
 * creation and migration by another process included.
 */
int	store_open(const char *path, int busy_ms, struct store **out,
	    struct err *err);
enum store_mode {
	STORE_CREATE = 0,	/* create the database if there is none */
	STORE_EXISTING,		/* "no database at PATH" if there is none */
	STORE_READ,		/* the same; read-only when not writable */
	STORE_READONLY,		/* the same; read-only always (serve) */
};
/*
 * The same, by mode.  STORE_READ is for commands that only read: a file
 * or folder this process cannot write is opened read-only (immutable
 * when even WAL's shared memory file cannot be made there), and then
 * every write fails with "read-only".
 */
int	store_open_mode(const char *path, int busy_ms, enum store_mode mode,
	    struct store **out, struct err *err);
/*
 * Another connection to st's database (one per thread: a connection is
 * used by one thread at a time), in mode, with st's policy and clock.
 */
int	store_open_another(struct store *st, enum store_mode mode,
	    struct store **out, struct err *err);
void	store_close(struct store *st);
/*
 * Keeps the counts by status, domain and day (store_count_each(),
 * store_day_category_each()) for up to seconds and gives them again
 * while no other connection has written and since has moved less.  For
 * a connection that never writes (its own writes are not seen); 0: off.
 */
void	store_agg_keep(struct store *st, int seconds);
/* Sets SQLite's page cache size in MB (default 32). */
int	store_cache_set(struct store *st, int mb, struct err *err);
/* The schema version the database is at. */
int	store_version(struct store *st);
void	store_policy_set(struct store *st, const struct store_policy *p);
/* Fixes "now" (tests); 0 returns to the clock. */
void	store_clock_set(struct store *st, long long now);

/*
 * Runs checkpoints (the WAL copied back into the database, with their
 * fsyncs) on a thread and connection of their own until
 * store_checkpoint_join() or store_close(), so that commits do not wait
 * for the disk; same threshold, same durability.  Best effort: without a
 * thread or connection nothing changes.  For long runs of many commits
 * (ingest).
 */
void	store_checkpoint_thread(struct store *st);
void	store_checkpoint_join(struct store *st);

/* A write transaction (BEGIN IMMEDIATE: waits for other writers). */
int	store_begin(struct store *st, struct err *err);
int	store_commit(struct store *st, struct err *err);
void	store_rollback(struct store *st);
int	store_in_tx(struct store *st);

/*
 * Whether an unverified notice changes a status: as the policy's
 * accept_unverified says, or as the account it was read from says.
 */
enum store_unverified {
	STORE_UNVERIFIED_POLICY = 0,
	STORE_UNVERIFIED_REFUSE,
	STORE_UNVERIFIED_ACCEPT,
};

/* One reported recipient of one message, as the dsn module reads it. */
struct store_bounce {
	const char	*msg_key;	/* Message-ID or content hash */
	const char	*recipient;	/* as reported */
	const char	*kind;		/* bounce, feedback, autoreply */
	const char	*category;	/* dsn category name */
	const char	*reason, *status, *code, *action;
	int		 hard;
	const char	*diagnostic, *remote_mta, *reporting_mta;
	long long	 date;		/* 0: unknown (first seen is used) */
	const char	*date_text;
	const char	*original_message_id, *original_subject;
	const char	*replacement, *feedback_type, *rule;
	/* Where it came from: a file ... */
	const char	*file;
	long		 msg_index;
	/* ... or a mailbox. */
	const char	*account, *folder;
	uint32_t	 uidvalidity, uid;
	/* When the notice arrived (INTERNALDATE, Received:); 0: unknown. */
	long long	 arrival;
	/* Why the notice is not believed (held), or NULL. */
	const char	*doubt;
	/*
	 * The notice's own From address (recorded, and counted for
	 * max_per_sender) and its Subject, decoded; or NULL.
	 */
	const char	*sender, *notice_subject;
	/* Its account's accept_unverified (0: the policy's). */
	enum store_unverified unverified;
};

/*
 * Records a bounce and applies the policy to its contact (creating the
 * contact for invalid, full, retry-later and complaint).  *added: 1 if new,
 * 0 if this message and recipient were already recorded (nothing changes).
 * Must run inside store_begin().
 */
int	store_bounce_apply(struct store *st, long long run_id,
	    const struct store_bounce *b, int *added, struct err *err);
/*
 * 1 for the categories whose failures may change a status (and so are
 * graded for evidence): invalid, full, retry-later, complaint.
 */
int	store_category_marking(const char *category);
/*
 * The failures recorded through st since it was opened that count for
 * nothing for want of proof: unverified, neither accepted nor held.  A
 * command compares it before and after reading (rolled-back batches
 * included).
 */
long	store_unproven(const struct store *st);
/*
 * Re-evaluates full and retry-later contacts whose last bounce is older
 * than the policy's quiet period, so they return to active.  In a
 * transaction.  *changed: how many were looked at.
 */
int	store_contact_expire(struct store *st, long long run_id,
	    long *changed, struct err *err);

/* Mailbox cursors, for IMAP: read and advance inside one transaction. */
int	store_cursor_get(struct store *st, const char *account,
	    const char *folder, uint32_t *uidvalidity, uint32_t *last_uid,
	    struct err *err);
int	store_cursor_set(struct store *st, const char *account,
	    const char *folder, uint32_t uidvalidity, uint32_t last_uid,
	    struct err *err);
/*
 * The same for a Sent folder (schema/0008-sent-cursors.sql): apart from
 * the bounce cursor of a folder of the same name.
 */
int	store_sent_cursor_get(struct store *st, const char *account,
	    const char *folder, uint32_t *uidvalidity, uint32_t *last_uid,
	    struct err *err);
int	store_sent_cursor_set(struct store *st, const char *account,
	    const char *folder, uint32_t uidvalidity, uint32_t last_uid,
	    struct err *err);
/*
 * Flags and moves due on the server (after = flag | move) for messages
 * already recorded.  add: in the transaction that advances the cursor
 * past uid.  get: the UIDs due under uidvalidity, ascending, in *uids
 * (NULL when none; g_free()), *n of them.  clear: every row of
 * the folder, once the server has acted on them (outside a transaction,
 * the statement is one of its own).
 */
int	store_pending_add(struct store *st, const char *account,
	    const char *folder, uint32_t uidvalidity, uint32_t uid,
	    struct err *err);
int	store_pending_get(struct store *st, const char *account,
	    const char *folder, uint32_t uidvalidity, uint32_t **uids,
	    size_t *n, struct err *err);
int	store_pending_clear(struct store *st, const char *account,
	    const char *folder, struct err *err);

struct store_run_counts {
	long	messages, unreadable, recipients, applied;
};
/* Runs: begin records start time and command; end the counts. */
int	store_run_begin(struct store *st, const char *command,
	    const char *source, long long *run_id, struct err *err);
int	store_run_end(struct store *st, long long run_id,
	    const struct store_run_counts *c, int ok, struct err *err);
/* A contact's status change (strings borrowed for the callback only). */
struct store_change {
	const char	*address;
	const char	*old_status;	/* NULL for a new contact */
	const char	*new_status;
	const char	*reason;	/* may be NULL */
};
typedef void store_change_fn(void *ctx, const struct store_change *c);
/*
 * Calls fn for every status change run_id made, in order, those of the
 * open transaction included (a dry run reads them before rolling back).
 * 0 or -1.
 */
int	store_run_changes(struct store *st, long long run_id,
	    store_change_fn *fn, void *ctx, struct err *err);

/* Contacts from a CSV import. */
int	store_header_add(struct store *st, const char *names, int email_col,
	    long long *header_id, struct err *err);
struct store_import_row {
	const char	*address;	/* as in the file */
	const char	*columns;	/* the row, one RFC 4180 line */
	long long	 header_id;
};
enum store_import_result {
	STORE_IMPORT_OK = 0,
	STORE_IMPORT_SYNTAX,	/* recorded as invalid (syntax) */
	STORE_IMPORT_SUSPECT,	/* recorded as suspect, with a suggestion */
	STORE_IMPORT_NOADDR,	/* no address: skipped */
};
/* Inserts or updates one contact, keeping its status.  In a transaction. */
int	store_contact_import(struct store *st,
	    const struct store_import_row *row,
	    enum store_import_result *res, struct err *err);
/*
 * The same in two halves, so that the first can run on another thread:
 * store_import_judge() decides from the address alone (no database;
 * safe from any thread), store_contact_import_judged() writes a row so
 * judged (res not STORE_IMPORT_NOADDR).  key and suggestion are freed by
 * store_import_verdict_release().
 */
struct store_import_verdict {
	enum store_import_result res;
	char		*key;		/* matching key; NULL without address */
	const char	*status, *reason;	/* static text */
	char		*suggestion;	/* typo correction, or NULL */
};
void	store_import_judge(const char *address,
	    struct store_import_verdict *v);
void	store_import_verdict_release(struct store_import_verdict *v);
int	store_contact_import_judged(struct store *st,
	    const struct store_import_row *row,
	    const struct store_import_verdict *v, struct err *err);
/* n judged rows in order, as n calls of the above, in fewer statements. */
int	store_contacts_import_judged(struct store *st,
	    const struct store_import_row *rows,
	    const struct store_import_verdict *v, size_t n, struct err *err);
int	store_contact_count(struct store *st, long long *n, struct err *err);

/* A manual status change kept in the history; creates the contact. */
int	store_contact_mark(struct store *st, long long run_id,
	    const char *address, const char *status, const char *note,
	    struct err *err);
/*
 * The same with the reason the contact shows (NULL: "manual"), for marks
 * decided by a check rather than a person (doctor: hostunknown).
 */
int	store_contact_mark_reason(struct store *st, long long run_id,
	    const char *address, const char *status, const char *reason,
	    const char *note, struct err *err);
/*
 * Takes back every manual mark of the address, so that the status the
 * bounces give returns; the marks stay in the history, marked cleared,
 * with note.  *cleared: 0 when there was none.  In a transaction.
 */
int	store_contact_clear(struct store *st, const char *address,
	    const char *note, int *cleared, struct err *err);
/*
 * Accepts the address suggested for this one: its typo's correction, else
 * the replacement the latest "has left" reply named.  The new contact
 * takes the imported row (address cell replaced) and the old one is
 * marked invalid, "replaced by".  1 with *to (allocated) the new address,
 * 0 when nothing is suggested, -1.  In a transaction.
 */
int	store_contact_accept(struct store *st, const char *address, char **to,
	    struct err *err);
/*
 * Erases the address: its contact, bounces, history and alerts; text of
 * other rows that mentions it becomes "[erased]".  Deleted content is
 * overwritten in the file.  *rows: rows removed or changed.  In a
 * transaction; after the commit, store_wal_empty() removes the old pages
 * from the write-ahead log.
 */
int	store_contact_forget(struct store *st, const char *address,
	    long long *rows, struct err *err);
int	store_wal_empty(struct store *st, struct err *err);

/* A contact as the review commands show it. */
struct store_contact {
	const char	*address, *display, *source, *status, *reason;
	const char	*review, *suggestion;
	long long	 since, retry_after, first_bounce, last_bounce;
	int		 bounces;
	long long	 header_id;	/* 0 when not imported */
	const char	*columns;	/* the imported row, or NULL */
	/* Dead-domain evidence (store_domain_observe), NULL state: none. */
	const char	*domain_state, *domain_detail;
	long long	 domain_first, domain_confirmed;	/* 0: not yet */
};
/* A bounce as the review commands show it (dates as numbers). */
struct store_bounce_row {
	struct store_bounce b;
	long long	 id;
	int		 date_known;	/* 0 no, 1 yes, 2 future: clamped */
	const char	*evidence;	/* verified, plausible, ... */
	int		 accepted;	/* 1 by hand, 2 by the setting */
	const char	*held;		/* why it is held, or NULL */
	int		 counts;	/* 1 if it may change the status */
	const char	*alert_kind, *alert_advice, *alert_list;
};
struct store_history_row {
	long long	 at;
	const char	*old_status, *new_status, *reason, *note;
	int		 manual;
};

typedef int (*store_contact_fn)(void *ctx, const struct store_contact *c);
typedef int (*store_bounce_fn)(void *ctx, const struct store_bounce_row *b);
typedef int (*store_history_fn)(void *ctx,
    const struct store_history_row *h);

/* Calls fn for the contact (1 found, 0 not found, -1). */
int	store_contact_get(struct store *st, const char *address,
	    store_contact_fn fn, void *ctx, struct err *err);
/* Every bounce recorded for the address, oldest first. */
int	store_bounce_each(struct store *st, const char *address,
	    store_bounce_fn fn, void *ctx, struct err *err);
int	store_history_each(struct store *st, const char *address,
	    store_history_fn fn, void *ctx, struct err *err);

struct store_filter {
	const char	*status;	/* NULL: any */
	const char	*domain;	/* NULL: any */
	long long	 since;		/* status changed at or after; 0 any */
};
int	store_contact_each(struct store *st, const struct store_filter *f,
	    store_contact_fn fn, void *ctx, struct err *err);

/* Export: one row per contact, streamed. */
struct store_export_row {
	const char	*address;
	const char	*columns;	/* NULL for contacts not imported */
	long long	 header_id;	/* 0 with columns NULL */
	const char	*status, *reason, *suggestion;
	long long	 last_bounce;
	const char	*source;	/* import, bounce or manual */
};
typedef int (*store_export_fn)(void *ctx, const struct store_export_row *r);
typedef int (*store_header_fn)(void *ctx, long long id, const char *names,
    int email_col);
int	store_header_each(struct store *st, store_header_fn fn, void *ctx,
	    struct err *err);
/*
 * statuses: NULL-terminated list, or NULL for every status.  Contacts
 * that only a bounce created (source bounce: never imported, never
 * marked) are left out unless with_bounced: the cleaned list is the
 * user's list, and a stranger named in a bounce is not a mailing target.
 */
int	store_export_each(struct store *st, const char *const *statuses,
	    int with_bounced, store_export_fn fn, void *ctx,
	    struct err *err);

/*
 * What we sent (store_sent.c, schema/0006-sent-messages.sql): the proof
 * that a notice answers our own mail.  One row per message and
 * recipient; the same again adds nothing (*added 0).  Bounces of the
 * recipient recorded before as unverified are graded again, and their
 * contact evaluated again, so the order sent mail and notices are read
 * in does not matter.  In a transaction.
 */
struct store_sent {
	const char	*message_id;	/* <> or not; NULL: a log */
	const char	*recipient;
	long long	 date;		/* when sent; 0 is refused */
	const char	*source;	/* account/folder, path or log file */
};
int	store_sent_add(struct store *st, const struct store_sent *s,
	    int *added, struct err *err);
/* Sent rows recorded. */
int	store_sent_count(struct store *st, long long *n, struct err *err);
/*
 * *doubt 1 when a failure recorded from the message msg_key (or another
 * message that reused its Message-ID) does not count: unverified or held,
 * and not accepted.  0 or -1.
 */
int	store_message_doubt(struct store *st, const char *msg_key,
	    int *doubt, struct err *err);
/* Those whose source starts with prefix ("ACCOUNT/" for its folders). */
int	store_sent_count_from(struct store *st, const char *prefix,
	    long long *n, struct err *err);
enum store_evidence {
	STORE_EV_UNVERIFIED = 0,
	STORE_EV_PLAUSIBLE,
	STORE_EV_VERIFIED,
};
const char *store_evidence_name(enum store_evidence e);
/*
 * Lets an unverified (or held) bounce of the address count: every such
 * bounce of it, or only those of the message whose key or returned
 * Message-ID is msg (NULL: all).  *n: bounces accepted.  The contact
 * (made if none, as such a bounce would have) is evaluated again.  In a
 * transaction.
 */
int	store_bounce_accept(struct store *st, const char *address,
	    const char *msg, long *n, struct err *err);

/*
 * A message read but not applied (schema/0003-skipped-messages.sql):
 * recorded once per message and place; again changes nothing.
 */
struct store_skipped {
	const char	*source;	/* "account/folder" or a path */
	long long	 uidvalidity, uid, index;	/* 0 when unused */
	const char	*kind;		/* too-large | no-body | unreadable */
	const char	*detail;
};
int	store_skipped_add(struct store *st, long long run_id,
	    const struct store_skipped *k, struct err *err);

/*
 * Dead-domain evidence (doctor --recipients).  store_domain_observe()
 * records one run's definite answer for a domain, in a transaction:
 * dead_state (nxdomain, null-mx, no-mail-host) or NULL when it can
 * receive mail.  The same dead answer seen again at least confirm_secs
 * after the first sighting confirms it; only then do the domain's
 * contacts become invalid (hostunknown), as evidence of its own kind that
 * a later manual mark overrides.  An alive answer removes the evidence
 * and re-evaluates the contacts.  res->changed: contacts whose status
 * changed.
 */
enum store_domain_verdict {
	STORE_DOMAIN_ALIVE = 0,	/* no evidence (any old one removed) */
	STORE_DOMAIN_FIRST,	/* dead, first seen now (or another answer) */
	STORE_DOMAIN_WAITING,	/* dead again, too soon to confirm */
	STORE_DOMAIN_CONFIRMED,	/* dead, confirmed (in this run or before) */
};
struct store_domain_result {
	enum store_domain_verdict verdict;
	long long	 first_seen, confirmed;	/* 0 when none */
	int		 was_confirmed;	/* confirmed before this run */
	long		 changed;
};
int	store_domain_observe(struct store *st, long long run_id,
	    const char *domain, const char *dead_state, const char *detail,
	    long long confirm_secs, struct store_domain_result *res,
	    struct err *err);
struct store_domain_row {
	const char	*domain, *state, *detail;
	long long	 first_seen, last_seen, confirmed;	/* 0: not yet */
	long long	 contacts;
};
typedef int (*store_domain_fn)(void *ctx, const struct store_domain_row *r);
/* Every domain with evidence, confirmed first, then by name. */
int	store_domain_each(struct store *st, store_domain_fn fn, void *ctx,
	    struct err *err);

/* Report: (label, count) pairs for one breakdown. */
enum store_count_by {
	STORE_BY_CATEGORY,
	STORE_BY_DOMAIN,
	STORE_BY_DAY,
	STORE_BY_DIAGNOSTIC,
	STORE_BY_ALERT,		/* label: kind; extra: list name */
	STORE_BY_STATUS,	/* contacts */
	STORE_BY_SKIPPED,	/* label: kind; extra: source */
	STORE_BY_EVIDENCE,	/* failures; label: evidence; extra: state */
	/* Not counted, by notice; label: its first address; extra: why. */
	STORE_BY_UNVERIFIED,
	STORE_BY_HELD,
	/*
	 * Failures that count for want of proof (unverified, neither held
	 * nor accepted); label: the account read from, NULL for files.
	 */
	STORE_BY_UNPROVEN,

};
typedef int (*store_count_fn)(void *ctx, const char *label,
    const char *extra, long long count);
/* Failures recorded since (0: all), at most limit rows (0: all). */
int	store_count_each(struct store *st, enum store_count_by by,
	    long long since, int limit, store_count_fn fn, void *ctx,
	    struct err *err);

/*
 * Sender-side bounces (blocked, content) recorded since (0: all), grouped
 * by category, reason and diagnostic text, most frequent first; for
 * doctor.  Strings are borrowed until fn returns.
 */
struct store_sender_row {
	const char	*category, *reason, *diagnostic;
	long long	 count, first, last;	/* dates: seconds */
};
typedef int (*store_sender_fn)(void *ctx, const struct store_sender_row *r);
int	store_sender_bounce_each(struct store *st, long long since,
	    store_sender_fn fn, void *ctx, struct err *err);

#endif
