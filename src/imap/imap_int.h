/*
 * imap_int: what the files of the imap module share.  Not for use outside
 * src/imap/.
 */
#ifndef BH_IMAP_INT_H
#define BH_IMAP_INT_H

#include <glib.h>
#include <libetpan/libetpan.h>
#include <openssl/ssl.h>

#include "imap.h"

/* Appended to a greeting that never came, when TLS was not implicit. */
#define IMAP_TLS_PORT_HINT \
	" (if this port expects TLS from the start, as 993 does, set " \
	"tls = implicit)"

/*
 * Bytes one reply may take, read from the wire, unless the command sets
 * its own limit: UID SEARCH (by the folder's size) and the body FETCH (by
 * the sizes it asks for).  libetpan holds a whole reply in memory before
 * parsing it, so a server sending an endless line or literal would
 * otherwise take all of it.
 */
#define IMAP_REPLY_MAX	(4u * 1024 * 1024)

/*
 * The transport under libetpan: a socket, plain until imap_tls_start().
 * Reads and writes wait at most `timeout` seconds each, and none goes on
 * past `deadline` (the account's, however fast the server trickles).
 * While max_writes is set (an exchange the server could make loop, as a
 * login answered with "+" for ever) a write beyond it fails.  The bytes read
 * since the last write (the reply to the last command) are counted: more
 * than `limit` fails the read, and so does a literal announced larger
 * ("{n}" at the end of a line), before libetpan sizes its buffer by it.
 */
struct imap_stream {
	int		 fd;
	SSL_CTX		*ctx;
	SSL		*ssl;
	unsigned	 timeout;
	size_t		 limit;
	size_t		 got;		/* read since the last write */
	unsigned long long lit;		/* bytes of a literal still to come */
	char		 tail[24];	/* the end of the line being read */
	size_t		 ntail;
	int		 cut;		/* tail lost the line's start */
	unsigned	 sect;		/* chars of "BODY[" just read */
	int		 raw;		/* our own code reads the reply */
	int		 bad_section;	/* a "BODY[...]" we never ask for */
	int		 timed_out;	/* the last failure was a timeout */
	int		 eof;		/* the peer closed the connection */
	int		 too_big;	/* a reply went over limit */
	int		 greeted;	/* the greeting's kind is known */
	unsigned	 gstate;	/* how far "*" SP+ "BYE" matched */
	int		 bye;		/* ... and it was "* BYE" */
	long long	 deadline;	/* monotonic us; 0: none */
	int		 past_deadline;	/* the last failure was the deadline */
	unsigned	 writes;	/* counted while max_writes is set */
	unsigned	 max_writes;	/* 0: no limit */
	int		 looped;	/* max_writes was reached */
};

struct imap_session {
	mailimap		*imap;
	struct imap_stream	 io;	/* the transport of imap's stream */
	const struct imap_account *acct;
	char			 where[300];	/* "host:port", for messages */
	char			*selected;	/* the folder selected, or NULL */
	int			 dead;	/* see imap_dead() */
	unsigned		 scans;	/* for the scan's tags */
	/*
	 * The server refused SEARCH in UTF-8: every folder of this
	 * connection is then searched here (imap_source.c).
	 */
	int			 ascii_search;
	long long		 deadline;	/* monotonic us */
};

/* imap_tls.c */
/*
 * Seconds a wait may take: timeout, less if the deadline (monotonic us,
 * 0: none) comes first; 0 once it has passed.
 */
unsigned imap_wait_secs(unsigned timeout, long long deadline);
enum imap_status imap_tcp_connect(const char *host, unsigned port,
	    unsigned timeout, int *fd, struct err *err);
/*
 * Wraps fd (taken over) in a mailstream whose transport state is *st
 * (borrowed: it must outlive the mailstream).
 */
mailstream *imap_stream_new(struct imap_stream *st, int fd,
	    unsigned timeout);
/*
 * Ends a reply our own code read (st->raw): the n bytes at buffered, read
 * with it but not yet taken (the stream's read-ahead), are what libetpan
 * parses next, so they are checked now as libetpan will see them, from
 * the start of a line.  0, or -1 with the reason set in *st (a section
 * never asked for, a literal over the limit).
 */
int	imap_stream_unraw(struct imap_stream *st, const char *buffered,
	    size_t n);
/* Handshake on the stream's socket; verifies chain and host name. */
enum imap_status imap_tls_start(struct imap_stream *st, const char *host,
	    const char *ca_file, struct err *err);

/* imap_session.c */
/*
 * 1 if the server advertised the capability (auth: an AUTH= mechanism).
 * Use instead of mailimap_has_extension() and mailimap_has_authentication(),
 * which dereference a NULL list after an empty "[CAPABILITY]" code.
 */
int	imap_has_cap(mailimap *imap, const char *name, int auth);
/* Maps a libetpan result to a status and message "what: why". */
enum imap_status imap_fail(struct imap_session *s, int r, struct err *err,
	    const char *what);
/*
 * 1 if, after libetpan result r, the connection can carry no further
 * command: timed out, closed, a reply over the limit or one that could
 * not be parsed (the rest of it is still on the wire).
 */
int	imap_dead(struct imap_session *s, int r);
/*
 * 1 if command's failure r (the connection still usable) was the server
 * refusing the charset it was given: a NO or BAD with [BADCHARSET]
 * (RFC 3501 7.1), or whose text names the charset.
 */
int	imap_charset_refused(struct imap_session *s, int r);

/*
 * A folder name as sent to the server: modified UTF-7 (RFC 3501 5.1.3)
 * from UTF-8; a name already in that form (printable ASCII, every "&"
 * a valid shift) unchanged.  g_free() it; NULL with err if not UTF-8.
 */
char	*imap_mutf7(const char *name, struct err *err);
/*
 * A folder name as the server sent it (modified UTF-7) in UTF-8; a name
 * that is not valid modified UTF-7 is returned unchanged.  g_free().
 */
char	*imap_mutf7_decode(const char *name);

/*
 * libetpan allocates with malloc() and answers NULL, or
 * MAILIMAP_ERROR_MEMORY, when memory runs out: like GLib's allocators,
 * that ends the process here instead of becoming an error path.
 */
static inline void *
imap_must(void *p)
{
	if (p == NULL)
		g_error("out of memory");
	return p;
}

static inline void
imap_must_ok(int r)
{
	if (r == MAILIMAP_ERROR_MEMORY)
		g_error("out of memory");
}

/* imap_list.c */
/* 1 if name (UTF-8) is a usual name of a Sent folder, or one under INBOX. */
int	imap_sent_name(const char *name, char sep);
/* The server's hierarchy separator ('\0' for none).  LIST "" "". */
enum imap_status imap_session_separator(struct imap_session *s, char *sep,
	    struct err *err);
/* name with each "/" made sep (unless sep is "/" or none).  g_free(). */
char	*imap_server_name(const char *name, char sep);

/* imap_source.c */
/* Where src's status goes when it is closed (the box reads it). */
void	imap_source_report(struct source *src, enum imap_status *status);
/*
 * STATUS of a folder (wfolder: as the server names it) when it is not
 * the one selected: 1 when its UIDVALIDITY is uv and no UID was given out
 * above last_uid, 0 when it may hold more (or the server would not say;
 * uv 0: no cursor), -1 with *rc and err when the connection died.
 */
int	imap_folder_unchanged(struct imap_session *s, const char *wfolder,
	    uint32_t uv, uint32_t last_uid, enum imap_status *rc,
	    struct err *err);
/*
 * SELECT, or EXAMINE when readonly, of wfolder (folder in messages): its
 * selection info, borrowed until the next command, or NULL with *rc and
 * err (no UIDVALIDITY is a failure too).
 */
const struct mailimap_selection_info *imap_folder_select(
	    struct imap_session *s, const char *folder, const char *wfolder,
	    int readonly, enum imap_status *rc, struct err *err);

/* imap_sent.c */
/* UIDs per FETCH: about 300 bytes each are held until handed out. */
#define IMAP_SENT_CHUNK		5000
/* Where a sent source's status goes when it is closed (the box reads it). */
void	imap_sent_report(struct source *src, enum imap_status *status);

/* imap_search.c */
/*
 * The search key for candidates with UID >= first; for every UID >= first
 * with opts->fetch_all.
 */
struct mailimap_search_key *imap_search_key(uint32_t first,
	    const struct imap_folder_opts *opts);
/*
 * Sorted, de-duplicated UIDs >= first from a search result (a clist of
 * uint32_t *): the server answers `UID n:*` with the highest UID even
 * when it is below n.  Returns the count; *uids: g_free().
 */
size_t	imap_search_uids(clist *result, uint32_t first, uint32_t **uids);
/* Sorts n UIDs in place, each kept once; returns how many remain. */
size_t	imap_uids_sort(uint32_t *uids, size_t n);


/* imap_scan.c */
struct imap_scan_item {
	uint32_t	 uid;		/* 0 when the response has none */
	const char	*data;		/* the header fields; NULL if none sent */
	size_t		 len;
	const char	*text;		/* tagged reply or BYE: its text */
	size_t		 tlen;
};

enum imap_scan_kind {
	IMAP_SCAN_FETCH,	/* a FETCH response: uid, data */
	IMAP_SCAN_OTHER,	/* another untagged response */
	IMAP_SCAN_DONE,		/* the tagged OK */
	IMAP_SCAN_FAILED,	/* the tagged NO or BAD: text */
	IMAP_SCAN_BYE,		/* the server is closing: text */
	IMAP_SCAN_BAD,		/* unparsable */
};

/*
 * One whole response (a line and its literals, as read): what it is.
 * Pure; it points into resp.
 */
enum imap_scan_kind imap_scan_parse(const char *resp, size_t len,
	    const char *tag, struct imap_scan_item *it);

/* Called for each FETCH response, it borrowed for the call; -1 stops. */
typedef int imap_scan_fn(void *ctx, const struct imap_scan_item *it);

/*
 * `UID FETCH first:last (BODY.PEEK[HEADER.FIELDS (names)])` (last 0:
 * `first:*`), fn called for each response as it arrives: one response in
 * memory at a time.
 */
enum imap_status imap_scan_fetch(struct imap_session *s, uint32_t first,
	    uint32_t last, const char *names, imap_scan_fn *fn, void *ctx,
	    struct err *err);

#endif
