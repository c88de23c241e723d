/*
 * dsn internals shared by the files of this module only.
 */
#ifndef BH_DSN_INT_H
#define BH_DSN_INT_H

#include <glib.h>

#include "dsn.h"

#define DSN_MAX_DEPTH		32	/* MIME nesting we descend into */
#define DSN_MAX_PARTS		2000	/* Content-Type lines we accept */
#define DSN_MAX_RCPT		DSN_RCPT_LIMIT
#define DSN_MAX_DIAG		2000	/* bytes of diagnostic text kept */
#define DSN_MAX_HEADER_LINE	65536	/* longest header line accepted */
#define DSN_MAX_HEADER		262144	/* largest header section accepted */
/*
 * How far the reader looks around one address: every step reads a bounded
 * stretch of text, so that reading stays linear in the message whatever
 * its shape (one line of a million addresses, a thousand recipients in
 * ten megabytes of text).
 */
#define DSN_LABEL_REACH		256	/* text before an address on its line */
#define DSN_PARA_REACH		(4 * DSN_MAX_DIAG)	/* its paragraph */
#define DSN_SEARCH_REACH	262144	/* plain search for an address */

/*
 * One "Name: value" field.  Its value is unfolded when first asked for
 * (dsn_field_value()): most fields of a returned header are never read.
 */
struct dsn_field {
	char		*value;		/* unfolded, or NULL until asked */
	const char	*vs;		/* the value where it stands... */
	const char	*ve;
	char		*joined;	/* ...or its lines joined, when lines
					   that are no field come between */
	char		 name[];	/* in the same allocation */
};

/* What the MIME walk found, as UTF-8 text.  Owned by the walk. */
struct dsn_parts {
	GString		*status;	/* delivery-status part bodies */
	GString		*feedback;	/* feedback-report part bodies */
	GString		*mdn;		/* disposition-notification bodies */
	GString		*body;		/* human text outside returned mail */
	GString		*orig_headers;	/* headers of the returned message */
	char		*report_type;	/* multipart/report report-type */
	int		 has_returned;	/* a message/rfc822 part was seen */
	int		 forwarded;	/* the report came as a message/rfc822 */
	int		 inline_text;	/* a text part of its own not attached */
	/*
	 * The first message attached to a multipart/mixed that is no report,
	 * as written (a person's forward of a notice), or NULL; written only
	 * when want_attached (set by the caller) and the message's header
	 * lets it be a forward (dsn_forward_may()).
	 */
	char		*attached;
	int		 want_attached;
	GPtrArray	*explain;	/* char *, or NULL */
};

/* Headers of the message itself, decoded. */
struct dsn_head {
	char	*from;		/* address only */
	char	*from_raw;	/* the From field as written */
	char	*to;
	char	*subject;
	char	*message_id;
	char	*date;		/* raw */
	long long timestamp;
	char	*received;	/* the first Received: field's date or NULL */
	char	*auto_submitted;
	char	*return_path;
	char	*in_reply_to;	/* its first Message-ID, no <> */
	char	*failed_rcpts;	/* X-Failed-Recipients */
	int	 autoreply_header;	/* X-Autoreply and friends */
	int	 unsubscribe;	/* X-Apple-Unsubscribe: true */
	int	 list_mail;	/* a mailing list's own: List-Id and kin */
	int	 list_admin;	/* X-List-Administrivia: the list's notice */
	int	 spam_ng;	/* X-SPASIGN: NG (au's filter verdict) */
	char	*precedence;
	GPtrArray *all;		/* struct dsn_field *, every header */
};

/* dsn_fields.c; the fields point into text, which must outlive them. */
GPtrArray *dsn_fields_parse(const char *text, const char **end);
void	dsn_fields_free(GPtrArray *fields);
const char *dsn_fields_get(GPtrArray *fields, const char *name);
const char *dsn_field_value(struct dsn_field *f);
enum dsn_category dsn_feedback_category(const char *type);
char	*dsn_unfold(const char *value);
char	*dsn_status_find(const char *text);
/* dsn.c: the status a report means, from its field and its text. */
char	*dsn_status_pick(const char *field, const char *diag);
char	*dsn_code_find(const char *text);
char	*dsn_code_find_failure(const char *text);
char	*dsn_transcript_unecho(const char *lc);
char	*dsn_reply_join(const char *text);
void	 dsn_advice_blank(char *text);
void	 dsn_frame_blank(char *lc);
const char *dsn_command_find(const char *lc_text);
const char *dsn_command_transcript(const char *lc_text, GHashTable *rcpt);
char	*dsn_addr_clean(const char *raw);
int	 dsn_addr_next(const char *from, const char *stop,
	    const char **start, const char **end);
int	 dsn_addr_valid(const char *addr);
char	*dsn_text_squeeze(const char *text, size_t max);
/* dsn_tidy.c: the diagnostic as shown, or NULL when no reason is left. */
char	*dsn_diag_tidy(const char *diag, int *weak);
char	*dsn_diag_before(const char *text, const char *lc_text,
	    const char *addr);
void	 dsn_diag_refold(char *diag, const char *subject);
void	 dsn_diag_unsubject(char *diag, const char *original,
	    const char *notice);
char	*dsn_lower(const char *s, gssize len);
char	*dsn_ascii_lower(const char *s, gssize len);

/*
 * c lower-cased if an ASCII capital: g_ascii_tolower(), inline (it is a
 * call into GLib for each byte otherwise).
 */
static inline char
dsn_ascii_lc(char c)
{
	return (unsigned)((unsigned char)c - 'A') < 26u ? (char)(c + ('a' -
	    'A')) : c;
}

/*
 * Whether a message with header h may be a person's forward whose
 * attached notice is read by itself (dsn.c).
 */
int	dsn_forward_may(const struct dsn_head *h);

/* dsn_mime.c */
int	dsn_mime_walk(const char *data, size_t len, struct dsn_parts *parts,
	    struct dsn_head *head, struct err *err);
void	dsn_parts_release(struct dsn_parts *parts);
void	dsn_head_release(struct dsn_head *head);
void	dsn_explain(GPtrArray *explain, const char *fmt, ...)
	    __attribute__((format(printf, 2, 3)));

/* dsn_named.c */
char	*dsn_named_other(const char *diag, const char *const *own,
	    const char *const *sender);

/* dsn_html.c */
char	*dsn_html_text(const char *html, size_t len);

/* dsn_text.c: bounce texts without a machine-readable report. */
struct dsn_found {
	char	*addr;
	char	*diag;		/* the paragraph about it, squeezed */
	long	 pos;		/* where it was found in the text, or -1 */
	char	*status;	/* when the source gives them (SES) */
	char	*action;
};
/*
 * A text being read, its lower-cased copy and the paragraphs read of it
 * so far; it refers to both texts, which must outlive it.
 */
struct dsn_paras;
struct dsn_paras *dsn_paras_new(const char *text, const char *lc_text);
void	 dsn_paras_free(struct dsn_paras *ps);
GPtrArray *dsn_text_scan(struct dsn_paras *ps, GHashTable *exclude,
	    const char *failed_header, GPtrArray *explain, size_t *dropped);
char	*dsn_text_cut(const char *body, char **lc);
void	 dsn_found_free(gpointer p);
char	*dsn_text_paragraph(struct dsn_paras *ps, long pos, long limit);
long	 dsn_text_next(GHashTable *where, long pos);
int	 dsn_text_sendmail_rcpt(const char *body, long pos);

/* dsn_local.c: recipients named by local part, the domain the sender's. */
GPtrArray *dsn_local_scan(const char *text, const char *domain);
void	 dsn_text_locate(struct dsn_paras *ps, GHashTable *where);

/* dsn_ses.c */
GPtrArray *dsn_ses_read(const char *body, enum dsn_kind *kind,
	    char **feedback_type, size_t *dropped);

/* dsn_auto.c */
int	 dsn_auto_is_autoreply(const struct dsn_head *head, const char *body);
int	 dsn_auto_has_left(const char *body, const char *self,
	    char **replacement);

/* dsn_rules.c */
const char *dsn_rules_match_message(const struct dsn_rules *rules,
	    const char *category, const char *subject, const char *from,
	    const char *lc_body);
const char *dsn_rules_match_message_lc(const struct dsn_rules *rules,
	    const char *category, const char *lc_subject, const char *lc_from,
	    const char *lc_body);
const char *dsn_rules_match_text(const struct dsn_rules *rules,
	    const char *category, const char *lc_text);
void	 dsn_classify_lc(const struct dsn_rules *rules,
	    struct dsn_recipient *r, const char *lc_diagnostic);
int	 dsn_rules_text_says_full(const struct dsn_rules *rules,
	    const char *lc_text, const char **where);

void	 dsn_classify_rules(const struct dsn_rules *rules,
	    struct dsn_recipient *r);
void	 dsn_classify_words(const struct dsn_rules *rules,
	    struct dsn_recipient *r);

/*
 * dsn_words.c: the word evidence.  dsn_words_judge() returns a category
 * the words of text, with its status and reply code (either NULL when
 * none), name clearly (never invalid) and the why of it in *why
 * (g_free() it), or DSN_CAT_NONE and NULL.  dsn_words_veto() returns the
 * category the words put the model's veto lead ahead of invalid (never
 * invalid), the same way.
 */
struct dsn_words;
#define DSN_WORDS_WHY	"words: "	/* how a rule it decided begins */
#define DSN_WORDS_VETO	"words veto: "	/* how a vetoed invalid's begins */
struct dsn_words *dsn_words_load(const char *text, struct err *err);
void	 dsn_words_free(struct dsn_words *w);
enum dsn_category dsn_words_judge(const struct dsn_words *w,
	    const char *text, const char *status, const char *code,
	    char **why);
enum dsn_category dsn_words_veto(const struct dsn_words *w,
	    const char *text, const char *status, const char *code,
	    char **why);

/* dsn_builtin_rules.c (generated from config/bounce-rules.conf) */
extern const char dsn_builtin_rules[];
/* dsn_builtin_words.c (generated from config/bounce-words.tsv) */
extern const char dsn_builtin_words[];

#endif
