/*
 * imap: reads candidate bounces from an IMAP folder, as a struct source.
 *
 * The only module that includes libetpan and OpenSSL; no mailimap * or
 * SSL * leaves it.  TLS is OpenSSL under libetpan (chain and host name
 * verified, SNI, TLS 1.2 or later); there is no switch that turns the
 * checks off, a pinned ca_file is the way to reach a self-signed server.
 * Secrets (passwords, tokens) are never logged, put in errors or argv.
 *
 * This module neither parses messages nor touches the database: the
 * ingest core passes the folder's cursor in and advances it with what it
 * commits.  The server is changed only in committed() (after = flag or
 * move), and only for the UIDs returned since the previous commit that
 * ack() did not leave alone, and when a folder is opened, for the UIDs
 * an earlier run left due.
 *
 * All memory belongs to the caller unless stated otherwise; structs passed
 * to *_open are borrowed until the matching close.
 */
#ifndef BH_IMAP_IMAP_H
#define BH_IMAP_IMAP_H

#include <stddef.h>
#include <stdint.h>

#include "err.h"
#include "source.h"

enum imap_tls {
	IMAP_TLS_IMPLICIT,	/* TLS from the first byte (port 993) */
	IMAP_TLS_STARTTLS,	/* plain, then STARTTLS; refused if not offered */
	IMAP_TLS_NONE,		/* only with allow_plaintext */
};

enum imap_auth {
	IMAP_AUTH_PLAIN,
	IMAP_AUTH_LOGIN,
	IMAP_AUTH_XOAUTH2,	/* token from oauth2_token_command */
};

enum imap_after {
	IMAP_AFTER_NONE,	/* read-only: BODY.PEEK, nothing changed */
	IMAP_AFTER_FLAG,	/* set a keyword on each harvested message */
	IMAP_AFTER_MOVE,	/* MOVE, or COPY + UID EXPUNGE with UIDPLUS */
};

/* Where the criteria are applied to the new messages of a folder. */
enum imap_search {
	IMAP_SEARCH_AUTO,	/* server below IMAP_SCAN_MIN new UIDs, else client */
	IMAP_SEARCH_SERVER,	/* one UID SEARCH with every criterion */
	IMAP_SEARCH_CLIENT,	/* fetch a few header fields, match here */
};

/* Results callers must tell apart; details in the struct err. */
enum imap_status {
	IMAP_OK = 0,
	IMAP_ERR_CONFIG,	/* bad settings or unreadable secret */
	IMAP_ERR_CONNECT,	/* cannot reach the server */
	IMAP_ERR_TLS,		/* handshake or certificate check failed */
	IMAP_ERR_AUTH,		/* credentials refused */
	IMAP_ERR_NETWORK,	/* dropped or timed out: worth one reconnect */
	IMAP_ERR_PROTOCOL,	/* NO/BAD or unparsable reply */
};

#define IMAP_DEFAULT_TIMEOUT	60
#define IMAP_DEFAULT_COMMAND_TIMEOUT	30	/* password, token commands */
#define IMAP_DEFAULT_DEADLINE	1800	/* seconds for one account's run */
#define IMAP_DEFAULT_BATCH	50
#define IMAP_DEFAULT_MAX_MESSAGE	(10u * 1024 * 1024)
#define IMAP_DEFAULT_KEYWORD	"$BounceHarvested"
/* IMAP_SEARCH_AUTO searches here from this many new UIDs on. */
#define IMAP_SCAN_MIN		1000
/*
 * The client-side search uses this many connections (a second one scans
 * the upper half of the new UIDs) from IMAP_SPLIT_MIN new UIDs on.
 */
#define IMAP_DEFAULT_SCAN_CONNECTIONS	2
#define IMAP_SPLIT_MIN		10000

struct imap_account {
	const char	*name;		/* for messages */
	const char	*host;		/* name or address, checked on the cert */
	unsigned	 port;
	enum imap_tls	 tls;
	int		 allow_plaintext;
	const char	*ca_file;	/* NULL: the system store */
	const char	*username;
	enum imap_auth	 auth;
	/* Exactly one source of the secret (the token for XOAUTH2). */
	const char	*password_env;
	const char	*password_file;	/* refused if group/world readable */
	const char	*password_command; /* run with /bin/sh -c */
	const char	*oauth2_token_command;
	/*
	 * Environment variables the commands above do not inherit (other
	 * accounts' password_env; this account's is never passed on).
	 * NULL-terminated; may be NULL.
	 */
	const char *const *hidden_env;
	unsigned	 timeout;	/* seconds, connect and each read; 0: 60 */
	/* Seconds a password or token command may take; 0: the default. */
	unsigned	 command_timeout;
	/*
	 * Seconds from the account's first connection after which every
	 * exchange with its server fails (a server trickling bytes would
	 * otherwise keep a run alive for ever); 0: the default.
	 */
	unsigned	 deadline;
	/*
	 * When it falls, in g_get_monotonic_time() microseconds: set by
	 * imap_account_start() and shared by every connection of the account
	 * (reconnects, a second scan connection); 0: each connection counts
	 * `deadline` from its own start.
	 */
	long long	 deadline_at;
};

/*
 * What to search and fetch in one folder.  The cursor (uidvalidity,
 * last_uid) is what the caller committed last; 0, 0 for none.
 */
struct imap_folder_opts {
	const char	*folder;
	uint32_t	 uidvalidity;
	uint32_t	 last_uid;
	enum imap_after	 after;
	const char	*after_arg;	/* keyword (FLAG) or target folder (MOVE) */
	size_t		 max_message;	/* 0: IMAP_DEFAULT_MAX_MESSAGE */
	unsigned	 batch;		/* UIDs per FETCH; 0: IMAP_DEFAULT_BATCH */
	int		 fetch_all;	/* no search criteria (benchmark baseline) */
	enum imap_search search;	/* where the criteria are applied */
	/*
	 * Connections of the client-side search: 1, or 2 (the second logs
	 * in again, EXAMINEs the folder and scans the upper half of the new
	 * UIDs; should it fail, the first scans that half too).  0: the
	 * default.  split_min: new UIDs from which it splits, 0: the default
	 * (tests set it low).
	 */
	unsigned	 scan_connections;
	uint32_t	 split_min;
	/* Extra search criteria, NULL-terminated, added to the built-in ones. */
	const char *const *from;
	const char *const *subject;
	/*
	 * What the reader's message-level rules look for (as
	 * dsn_rules_message_keys() gives it), added the same way: whatever
	 * the reader would call a bounce or auto-reply by its Subject or
	 * From is fetched.
	 */
	const char *const *reader_from;
	const char *const *reader_subject;
	/*
	 * UIDs (ascending) whose flag or move an earlier run committed but
	 * did not see done: done first, those still in the folder, when its
	 * UIDVALIDITY is still uidvalidity.  Borrowed until
	 * imap_source_open() returns.
	 */
	const uint32_t	*retry;
	size_t		 nretry;
};

struct imap_folder_stats {
	uint32_t	uidvalidity;	/* of the folder now */
	int		rescan;		/* UIDVALIDITY differed from the cursor */
	/*
	 * Once everything returned has been committed, the cursor may
	 * advance to high_uid: no candidate at or below it remains.
	 */
	uint32_t	high_uid;
	long		candidates;	/* UIDs the search returned */
	long		scanned;	/* messages matched here (client-side) */
	/*
	 * 1: the scan ran on two connections; -1: the second failed (why in
	 * split_error) and the first scanned its half too; 0: one.
	 */
	int		split;
	char		split_error[200];
	/*
	 * The server refused SEARCH in UTF-8 (RFC 3501 7.1, BADCHARSET), so
	 * the criteria were applied here: 1 when it refused for this
	 * folder, 2 when it had earlier on the same connection.
	 */
	int		charset_refused;
	long		fetched;	/* messages returned with data */
	long		too_large;	/* returned as unreadable */
	long		acted;		/* flagged or moved after commit */
	long		retried;	/* of acted: retry UIDs, done at open */
	long		gone;		/* retry UIDs no longer in the folder */
};

struct imap_session;

/*
 * Reads the secret, connects, secures and logs in.  On success *sp is a
 * session to pass to imap_source_open() and imap_session_close().  Nothing
 * is sent before TLS is up unless tls is IMAP_TLS_NONE with
 * allow_plaintext.  Sets SIGPIPE to ignored if it was the default, so a
 * dropped connection is an error rather than the end of the process.
 */
/* Starts the account's deadline: call once, before its first connection. */
void	imap_account_start(struct imap_account *acct);
enum imap_status imap_session_open(struct imap_session **sp,
	    const struct imap_account *acct, struct err *err);
/* Logs out (best effort) and frees.  NULL is a no-op. */
void	imap_session_close(struct imap_session *s);
/*
 * The account's folders (LIST "" "*"), in UTF-8, sorted, as the server
 * names them (its separator between levels).  *names: g_strfreev().
 */
enum imap_status imap_session_folders(struct imap_session *s, char ***names,
	    struct err *err);
/*
 * The account's Sent folders: those LIST marks \Sent (RFC 6154), else
 * those named as mail clients name it in many languages ("Sent Items",
 * "Gesendete Elemente", "已发送", ...), alone or under INBOX; in UTF-8,
 * sorted.  *names: g_strfreev(), empty when there is none.
 */
enum imap_status imap_session_sent_folders(struct imap_session *s,
	    char ***names, struct err *err);
/*
 * 0 once a failure has left the connection unusable (timeout, drop, a
 * reply over the size limit or one that could not be parsed): the next
 * command would only fail, or read the rest of the bad reply.
 */
int	imap_session_alive(struct imap_session *s);

/*
 * SELECTs the folder, flags or moves opts->retry (see there), and
 * searches for candidates above the cursor (all of the folder when
 * UIDVALIDITY changed).  src reads them in UID order, in
 * batches; messages over max_message come back with data NULL and
 * unreadable "too large".  The session must outlive src.
 */
enum imap_status imap_source_open(struct source *src, struct imap_session *s,
	    const struct imap_folder_opts *opts, struct err *err);
/*
 * A Sent folder as a source of what we sent: the header fields Message-ID,
 * To, Cc, Bcc and Date of each message above the cursor (all of them
 * when UIDVALIDITY changed), in UID order, as msg->data.  Read-only
 * (EXAMINE, BODY.PEEK); state() gives UIDVALIDITY and the UID the cursor
 * may advance to once all is committed.  The session and folder must
 * outlive src.
 */
enum imap_status imap_sent_open(struct source *src, struct imap_session *s,
	    const char *folder, const struct source_cursor *cur,
	    struct err *err);
/* Counters of an open imap source (src from imap_source_open()). */
void	imap_source_stats(const struct source *src,
	    struct imap_folder_stats *stats);
/* The status of the last failure of src, IMAP_OK if none. */
enum imap_status imap_source_status(const struct source *src);
/*
 * An account as a struct source_box: connects now (imap_session_open()),
 * then opens each folder of folders with the options of tmpl (its folder,
 * cursor and retry fields are the box's to fill).  Its Sent folders
 * (box->sent) are sent, or when sent is NULL those the server has
 * (imap_session_sent_folders()); an empty list reads none.  A connection
 * that dropped, or that a failure left unusable, is made anew once per
 * box.  acct, tmpl, folders and sent are borrowed until
 * box->ops->close().
 */
enum imap_status imap_box_open(struct source_box *box,
	    const struct imap_account *acct,
	    const struct imap_folder_opts *tmpl, const char *const *folders,
	    const char *const *sent, struct err *err);

/*
 * Reads the account's secret into a new string (free with
 * imap_secret_free(), which wipes it).  Exposed for tests and for
 * checking a configuration before anything connects.
 */
enum imap_status imap_secret_get(const struct imap_account *acct,
	    char **secret, struct err *err);
void	imap_secret_free(char *secret);

/*
 * The client-side search: the same criteria (opts' lists are borrowed
 * until imap_filter_free()) applied to the header fields named by
 * imap_filter_fields().  A filter is not for concurrent use (scratch
 * buffers); NULL is never returned (GLib aborts when out of memory).
 */
struct imap_filter;
struct imap_filter *imap_filter_new(const struct imap_folder_opts *opts);
void	imap_filter_free(struct imap_filter *f);
/* "From Subject ...": the fields to fetch, for HEADER.FIELDS (...). */
const char *imap_filter_fields(const struct imap_filter *f);
/*
 * 1 if the header block (fields as received, up to a blank line or len)
 * meets a criterion.  Matches at least what the server's SEARCH would.
 */
int	imap_filter_match(struct imap_filter *f, const char *hdr, size_t len);

#endif
