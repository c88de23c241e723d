/*
 * dsn: reads one mail message and tells, for each recipient it reports on,
 * what happened and why (bounce, delay, delivery, complaint, auto-reply).
 *
 * Pure: bytes in, structs out.  No sockets, clock or database here, and
 * no files but the rules files dsn_rules_load() is given.  GMime objects
 * never leave this module.
 *
 * All memory in a struct dsn_report belongs to the report and is released
 * by dsn_report_release().
 */
#ifndef BH_DSN_DSN_H
#define BH_DSN_DSN_H

#include <stddef.h>

#include "err.h"

enum dsn_category {
	DSN_CAT_NONE = 0,	/* not set */
	DSN_CAT_INVALID,	/* hard failure: the address is dead */
	DSN_CAT_FULL,		/* mailbox full / over quota */
	DSN_CAT_RETRY,		/* temporary failure: retry later */
	DSN_CAT_BLOCKED,	/* the sender's problem: blocklist, auth... */
	DSN_CAT_CONTENT,	/* the message's problem: size, spam, virus */
	DSN_CAT_COMPLAINT,	/* ARF feedback report */
	DSN_CAT_AUTOREPLY,	/* vacation / auto-reply: marks nobody */
	DSN_CAT_DELIVERED,	/* delivered, relayed, expanded */
	DSN_CAT_UNKNOWN,	/* a failure we could not classify */
	DSN_CAT_COUNT
};

enum dsn_kind {
	DSN_KIND_NONE = 0,	/* ordinary mail: nothing to report */
	DSN_KIND_BOUNCE,	/* a delivery report or bounce text */
	DSN_KIND_FEEDBACK,	/* an ARF complaint */
	DSN_KIND_AUTOREPLY,	/* an auto-reply */
};

/*
 * The most recipients reported for one message: more is a forged mass
 * bounce; the rest are counted in ndropped.
 */
#define DSN_RCPT_LIMIT	1000

struct dsn_recipient {
	char	*addr;		/* lower-cased domain; never NULL */
	enum dsn_category category;
	char	*reason;	/* Sisimai-style reason name */
	char	*status;	/* RFC 3463 "5.1.1", or NULL */
	char	*code;		/* SMTP reply code "550", or NULL */
	char	*action;	/* failed, delayed, delivered, ... or NULL */
	int	 hard;		/* permanent failure */
	char	*diagnostic;	/* decoded, unfolded text, or NULL */
	char	*remote_mta;	/* or NULL */
	char	*command;	/* SMTP command answered: rcpt, data... */
	char	*replacement;	/* "has left, write to X" address, or NULL */
	char	*feedback_type;	/* ARF: abuse, opt-out, ... or NULL */
	char	*rule;		/* the rule that decided the category */
	/*
	 * The rules' invalid rests on the text's words alone: the rule
	 * reads no status, reply code or domain, nor a provider's code,
	 * and the status is not one the rules read as the address's own.
	 * The word evidence may veto such a conclusion.
	 */
	int	 words_alone;
};

struct dsn_report {
	enum dsn_kind kind;
	char	*reporting_mta;		/* or NULL */
	char	*date;			/* ISO 8601, or NULL */
	long long timestamp;		/* seconds since epoch, 0 if unknown */
	/*
	 * The date of the first Received: field as written, or NULL:
	 * dsn_report_arrival() reads it.
	 */
	char	*received;
	/*
	 * Why a delivery report is not believed (static text), or NULL: it
	 * came with a sender address, or a person forwarded it.
	 */
	const char *doubt;
	char	*in_reply_to;		/* what it answers, no <> */
	char	*message_id;		/* the report's own Message-ID */
	char	*from;			/* the report's From address */
	char	*subject;		/* the report's Subject, decoded */
	char	*original_message_id;	/* of the returned message */
	char	*original_subject;
	char	*original_from;
	char	*original_to;
	struct dsn_recipient *rcpt;
	size_t	 nrcpt;
	size_t	 ndropped;		/* recipients past DSN_RCPT_LIMIT,
					   not reported */
	char	**explain;		/* --explain lines, NULL-terminated */
	size_t	 nexplain;
};

struct dsn_rules;

/*
 * When the message reached us: the date of rep's first Received: field
 * (which the receiving server wrote), seconds since the epoch; 0 without
 * one.  Read when asked: most callers never ask.
 */
long long dsn_report_arrival(const struct dsn_report *rep);

/* Library setup (GMime); call once before anything else in this module. */
void	dsn_init(void);
void	dsn_shutdown(void);

/*
 * Loads the built-in rules, then each file in extra_files (NULL-terminated,
 * may be NULL); user rules are tried before built-in ones.  Returns NULL
 * and fills err (file:line: message) on a bad rules file.
 */
struct dsn_rules *dsn_rules_load(const char *const *extra_files,
	    struct err *err);
/* Parses rules from text; name is used in error messages. */
int	dsn_rules_add_text(struct dsn_rules *rules, const char *name,
	    const char *text, struct err *err);
struct dsn_rules *dsn_rules_new(void);
void	dsn_rules_free(struct dsn_rules *rules);
/*
 * Turns the word evidence on or off (docs/parse.md): a last reading, by
 * the words of its text, of a permanent or status-less failure the rules
 * found nothing in, and its veto of an invalid the rules read from a
 * text's words alone (dsn_recipient.words_alone).  It may name blocked,
 * content, full or retry-later, never invalid.  dsn_rules_load() turns
 * it on; dsn_rules_new() has no word model.
 */
void	dsn_rules_set_words(struct dsn_rules *rules, int on);
/*
 * Whether the word evidence may read r: a failure (no action, or
 * "failed"), permanent (5.x.x, or 5xx without a status) or with neither,
 * that the rules left unknown without naming a reason.
 */
int	dsn_words_may(const struct dsn_recipient *r);

/*
 * What the message-level rules (those that tell a bounce, complaint or
 * auto-reply by its Subject or From) look for, lower-cased: the subject=
 * values, returned, and in *from the from= values of rules that have no
 * subject=.  A message whose Subject and From hold none of them no such
 * rule can match: a mailbox search for these finds at least what they
 * find.  Both NULL-terminated, g_strfreev() them.
 */
char	**dsn_rules_message_keys(const struct dsn_rules *rules,
	    char ***from);

/*
 * Reads one message of len bytes (any line ends).  explain: also fill
 * report->explain.  Returns 0 and a filled report (kind NONE for ordinary
 * mail), or -1 with err set when the message cannot be read at all.
 */
int	dsn_parse(const char *data, size_t len, const struct dsn_rules *rules,
	    int explain, struct dsn_report *report, struct err *err);
void	dsn_report_release(struct dsn_report *report);

/*
 * Classifies one failure from its status, reply code and text, by the
 * rules, then, where they found nothing, by the word evidence.  Exposed
 * for tests and for the rules file checker.  Fills category, reason,
 * hard, rule of r from r->status, r->code, r->diagnostic and r->action.
 */
void	dsn_classify(const struct dsn_rules *rules, struct dsn_recipient *r);

/*
 * The headers of a message we sent: what a later notice is checked
 * against.  Reads the header section only.  -1 with err set when it has
 * no Date or no recipient (To, Cc, Bcc).  Released by dsn_sent_release().
 */
#define DSN_SENT_MAX_RCPT	10000
struct dsn_sent {
	char	*message_id;	/* without <>, or NULL */
	long long date;		/* seconds since the epoch */
	char	**rcpt;		/* NULL-terminated, addresses only */
	size_t	 nrcpt;
};
int	dsn_sent_read(const char *data, size_t len, struct dsn_sent *out,
	    struct err *err);
void	dsn_sent_release(struct dsn_sent *s);

const char *dsn_category_name(enum dsn_category c);
enum dsn_category dsn_category_from_name(const char *name);
const char *dsn_kind_name(enum dsn_kind k);

#endif
