/*
 * store_int: what the store's files share.  Not for use outside
 * src/store/.
 */
#ifndef BH_STORE_INT_H
#define BH_STORE_INT_H

#include <sqlite3.h>
#include <glib.h>

#include "store.h"

/* Log pages that make a commit checkpoint (PRAGMA wal_autocheckpoint). */
#define STORE_WAL_PAGES	8192

struct store {
	sqlite3		*db;
	char		*path;
	int		 busy_ms;
	GHashTable	*stmts;		/* static SQL text -> statement */
	sqlite3_stmt	*import_many;	/* built at first use */
	int		 merge_fn;	/* bh_merge_row() registered */
	struct store_ckpt *ckpt;	/* checkpoint thread, or NULL */
	struct store_policy policy;
	long long	 clock;		/* 0: time(NULL) */
	int		 readonly;	/* opened read-only (see store_open) */
	gint64		 wait_start;	/* monotonic, when the wait began */
	gint64		 open_start;	/* monotonic, during setup; else 0 */
	/*
	 * Failures of run sender_run that count on plausible evidence, by
	 * the notice's sender (lower-cased From): max_per_sender.
	 */
	GHashTable	*sender_counts;
	long long	 sender_run;
	/* New failures that count for want of proof (store_unproven()). */
	long		 unproven;
};

/* The schema version that made dead domains evidence (0004). */
#define STORE_V_DOMAIN_EVIDENCE	4

/* Pause between two setups of a database another process holds. */
#define STORE_RETRY_US	20000

/*
 * The cached statement for sql (a string with static storage: its address
 * is the key), reset and unbound.  NULL with err set on error.
 */
sqlite3_stmt *store_stmt(struct store *st, const char *sql,
	    struct err *err);
/* Fills err with what failed and SQLite's message; returns -1. */
int	store_sql_err(struct store *st, const char *what, struct err *err);
/* Steps a statement that returns no row. 0 or -1. */
int	store_step_done(struct store *st, sqlite3_stmt *s, const char *what,
	    struct err *err);
/*
 * The integer in the first column of sql's first row (0 without a row),
 * ?1 bound to arg when not NULL; what names it in an error.
 */
int	store_query_int(struct store *st, const char *sql, const char *arg,
	    long long *n, const char *what, struct err *err);
/* Binds a string, or NULL when s is NULL. */
void	store_bind_text(sqlite3_stmt *s, int i, const char *v);
/* Binds an integer, or NULL when v is 0. */
void	store_bind_int0(sqlite3_stmt *s, int i, long long v);
/* A column as a string (NULL for SQL NULL); borrowed until the next step. */
const char *store_col_text(sqlite3_stmt *s, int i);
long long store_now(struct store *st);
/*
 * The columns store_contact_row() reads, in its order, and the tables
 * they come from (with the evidence about the contact's domain, if any).
 */
#define CONTACT_COLS "address, coalesce(display, address), source, " \
    "status, reason, review, suggestion, since, retry_after, " \
    "first_bounce, last_bounce, bounces, header_id, columns, d.state, " \
    "d.detail, d.first_seen, d.confirmed "
#define CONTACT_FROM "FROM contacts LEFT JOIN domain_evidence d ON " \
    "d.domain = substr(address, instr(address, '@') + 1) "
/* The number of CONTACT_COLS: the next column is the query's own. */
#define CONTACT_NCOLS	18
/* A row of CONTACT_COLS; strings borrowed until the next step. */
void	store_contact_row(sqlite3_stmt *s, struct store_contact *c);
/*
 * The key a contact is stored under: the address's matching key, else
 * (text kept from an import that is no address) the text lower-cased.
 * NULL for blank or non-UTF-8 text.  g_free.
 */
char	*store_contact_key(const char *address);
/* Milliseconds the statement in progress has waited, measured. */
long long store_waited_ms(const struct store *st);
/* Re-evaluates a contact's status from its history and stores it. */
int	store_contact_refresh(struct store *st, const char *key,
	    long long run_id, int record, struct err *err);
/*
 * After migration 0004: the contacts that an older doctor marked invalid
 * (its marks are no longer marks) evaluated again, in a transaction.
 */
int	store_domain_unmark(struct store *st, struct err *err);
/* The same, recorded in the history; *changed: 1 if the status did. */
int	store_contact_refresh_changed(struct store *st, const char *key,
	    long long run_id, int *changed, struct err *err);
/*
 * The evidence level (enum store_evidence) of a notice (of kind, for a
 * failure of category) about key that returned original_mid (or NULL),
 * arrived at arrival; -1 on error.
 */
int	store_evidence_grade(struct store *st, const char *key,
	    const char *original_mid, const char *category, const char *kind,
	    long long arrival, struct err *err);
/* A Message-ID without angle brackets or blanks; "" for NULL.  g_free. */
char	*store_mid_clean(const char *mid);
/*
 * Whether a bounce row may change a status, as an SQL expression over
 * bounces b: evidence (NULL for rows older than evidence), acceptance,
 * the per-message cap.
 */
#define STORE_BOUNCE_COUNTS "(b.accepted = 1 OR (b.held IS NULL AND " \
    "(b.evidence IS NULL OR b.evidence <> 'unverified' OR b.accepted = 2)))"

#endif
