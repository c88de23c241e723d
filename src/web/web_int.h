/*
 * web_int: what the web module's files share.  Not for use outside
 * src/web/.
 */
#ifndef BH_WEB_INT_H
#define BH_WEB_INT_H

#include "store_review.h"
#include "web.h"
#include "web_html.h"

/* How a page is being written. */
struct web_view {
	int		 serve;		/* links and forms (else a file) */
	int		 edit;		/* the viewer may act */
	const char	*csrf;		/* the form token, when edit */
	long long	 now;
};

/* The style sheet, and its CSP source ('sha256-...'). */
extern const char web_style[];
const char *web_style_hash(void);

/* <!doctype ...><body> with the navigation; nav: the page's path. */
void	web_page_begin(struct web_html *h, const struct web_view *v,
	    const char *title, const char *nav);
void	web_page_end(struct web_html *h);

int	web_chart_days(struct web_html *h, struct store *st, long long now,
	    int days, struct err *err);
int	web_overview(struct web_html *h, struct store *st,
	    const struct web_view *v, struct err *err);
/* "Latest doctor check": the recorded doctor runs (web_doctor.c). */
int	web_doctor_block(struct web_html *h, struct store *st,
	    const struct web_view *v, struct err *err);
int	web_attention(struct web_html *h, struct store *st,
	    const struct web_view *v, struct err *err);
/* A contact's address, a link to its page when serving. */
void	web_contact_link(struct web_html *h, const struct web_view *v,
	    const char *address);
/* A POST button: action act on address, with the CSRF token. */
void	web_action_button(struct web_html *h, const struct web_view *v,
	    const char *address, const char *act, const char *label);
/* The same with the field msg (a notice), unless NULL. */
void	web_action_button_msg(struct web_html *h, const struct web_view *v,
	    const char *address, const char *act, const char *label,
	    const char *msg);
/* What a status and its reason mean, in words (static). */
const char *web_reason_words(const char *status, const char *reason);

/* A failure as web_evidence_words() reads it (strings borrowed). */
struct web_evidence {
	const char	*category, *evidence, *held;
	const char	*subject;	/* of the message it returns */
	int		 accepted;	/* 1 by hand, 2 by the setting */
	int		 counts;	/* 1 if it may change the status */
	int		 has_mid;	/* it returns a Message-ID */
	struct store_proof proof;
};
/*
 * Fills e's has_mid and proof (what we sent to address before date,
 * original_mid's sending); e's category must be set.
 */
int	web_evidence_get(struct store *st, const char *address,
	    const char *original_mid, long long date, struct web_evidence *e,
	    struct err *err);
/* The failure's evidence in words (g_free); NULL when none is needed. */
char	*web_evidence_words(const struct web_evidence *e);
/* What to do about unverified and held failures (static). */
const char *web_doubt_advice(const struct store_doubt_counts *c);
/* The overview's counts of them and the attention list of them. */
int	web_doubt_overview(struct web_html *h, struct store *st,
	    const struct web_view *v, struct err *err);
int	web_doubt_attention(struct web_html *h, struct store *st,
	    const struct web_view *v, struct err *err);
/*
 * A notice's own page: what it is and every failure of it that waits
 * for a decision, each with its own accept (no accept of all at once).
 */
int	web_notice(struct web_html *h, struct store *st,
	    const struct web_view *v, const char *msg_key, struct err *err);

#endif
