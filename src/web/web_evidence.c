/*
 * web_evidence: how far each failure is shown to answer our own mail,
 * in words a reviewer acts on ("answers our message of ...", "we wrote
 * to this address on ...", "unverified: answers no mail we sent"), the
 * overview's counts of unverified and held notices with a line of advice,
 * the attention list of those notices, and the button that accepts one.
 * The grading itself is the store's (store_sent.c); this file only says
 * what it found.
 */
#include <string.h>

#include <glib.h>

#include "web_int.h"

#define EV_DAYS		90
#define EV_ROWS		50
#define NOTICE_ROWS	1000	/* failures on a notice's own page */

/* The day of t, UTC, as YYYY-MM-DD. */
static void
ev_day(GString *g, long long t)
{
	GDateTime *d = g_date_time_new_from_unix_utc(t);
	char *s;

	if (d == NULL) {
		g_string_append_c(g, '-');
		return;
	}
	s = g_date_time_format(d, "%Y-%m-%d");
	g_string_append(g, s);
	g_free(s);
	g_date_time_unref(d);
}

/* Why an unverified failure is not believed. */
static void
ev_why(GString *g, const struct web_evidence *e)
{
	const struct store_proof *p = &e->proof;

	g_string_append(g, "unverified: answers no mail we sent");
	if (!p->sent_known)
		g_string_append(g, " (no sent mail is recorded, so none can "
		    "be checked)");
	else if (strcmp(e->category, "complaint") == 0 && !p->mid_ours)
		g_string_append(g, " (a complaint counts only when it "
		    "returns our message)");
	else if (p->mid_ours)
		g_string_append(g, " (it returns a message of ours that went "
		    "to another address, or after the notice arrived)");
	else if (e->has_mid)
		g_string_append(g, " (it returns a message we never sent)");
	if (p->sent_known && p->last_sent != 0) {
		g_string_append(g, "; we last wrote to this address on ");
		ev_day(g, p->last_sent);
	} else if (p->sent_known)
		g_string_append(g, "; we never wrote to this address");
}

static void
ev_level(GString *g, const struct web_evidence *e)
{
	const struct store_proof *p = &e->proof;

	if (e->evidence == NULL) {
		g_string_append(g, "recorded before evidence was kept");
	} else if (strcmp(e->evidence, "verified") == 0) {
		g_string_append(g, "answers our message");
		if (p->answered != 0) {
			g_string_append(g, " of ");
			ev_day(g, p->answered);
		}
		if (e->subject != NULL)
			g_string_append_printf(g, ", subject \"%s\"",
			    e->subject);
	} else if (strcmp(e->evidence, "plausible") == 0) {
		g_string_append(g, "we wrote to this address");
		if (p->last_sent != 0) {
			g_string_append(g, " on ");
			ev_day(g, p->last_sent);
		} else
			g_string_append(g, " shortly before");
		g_string_append(g, "; the notice returns no message to check");
	} else
		ev_why(g, e);
}

char *
web_evidence_words(const struct web_evidence *e)
{
	GString *g;

	if (!store_category_marking(e->category))
		return NULL;
	g = g_string_new(NULL);
	if (e->held != NULL)
		g_string_append_printf(g, "held: %s; ", e->held);
	ev_level(g, e);
	if (e->accepted == 1)
		g_string_append(g, ". Accepted by hand.");
	else if (!e->counts)
		g_string_append(g, ". Changes no status unless accepted.");
	else if (e->accepted == 2)
		g_string_append(g, ". Counted only because accept_unverified "
		    "is set.");
	else
		g_string_append_c(g, '.');
	return g_string_free(g, FALSE);
}

int
web_evidence_get(struct store *st, const char *address,
    const char *original_mid, long long date, struct web_evidence *e,
    struct err *err)
{
	e->has_mid = original_mid != NULL && original_mid[0] != '\0';
	if (!store_category_marking(e->category)) {
		memset(&e->proof, 0, sizeof(e->proof));
		return 0;
	}
	return store_proof_get(st, address, original_mid, date, &e->proof,
	    err);
}

const char *
web_doubt_advice(const struct store_doubt_counts *c)
{
	if (!c->sent_known)
		return "No sent mail is recorded, so no notice can be shown "
		    "to answer a message of ours: the harvest learns what "
		    "you sent from each account's Sent folder; mail sent "
		    "from elsewhere is read with ingest --sent, a mailing "
		    "tool's log with ingest --sent-log.";
	if (c->by_setting > 0)
		return "Some failures count only because accept_unverified "
		    "is set (in [policy] or an account's section): anyone who "
		    "can write to the bounce mailbox can then mark a contact. "
		    " Set it to 0 where your sent mail is read.";
	if (c->unverified + c->held > 0)
		return "These notices answer no mail we sent, or were held "
		    "(forwarded by a person, from a person's address, dated "
		    "after they arrived, too many at once): they change "
		    "nothing.  Accept one only when you know the mail went "
		    "out from somewhere this program does not read.";
	return "Every failure of these days answers mail we sent.";
}

int
web_doubt_overview(struct web_html *h, struct store *st,
    const struct web_view *v, struct err *err)
{
	struct store_doubt_counts c;

	if (store_doubt_count(st, v->now - EV_DAYS * 86400LL, &c, err) < 0)
		return -1;
	web_put(h, "<h2 id=\"doubt-overview\">Unverified and held notices, "
	    "last %d days</h2><table id=\"doubt-counts\"><tr><th>failures</th>"
	    "<th>count</th></tr><tr><td>unverified, not counted</td>"
	    "<td class=\"n\">%D</td></tr><tr><td>held, not counted</td>"
	    "<td class=\"n\">%D</td></tr><tr><td>unverified, counted by "
	    "accept_unverified</td><td class=\"n\">%D</td></tr></table>"
	    "<p id=\"doubt-advice\">%t", EV_DAYS, c.unverified, c.held,
	    c.by_setting, web_doubt_advice(&c));
	if (v->serve && c.unverified + c.held > 0)
		web_put(h, " <a href=\"/attention#unverified\">Review them"
		    "</a>.");
	web_put(h, "</p>");
	return 0;
}

struct doubt_ctx {
	struct web_html		*h;
	const struct web_view	*v;
	struct store		*st;
	struct err		 cb_err;	/* why a callback failed */
	int			 rows;
};

/* The notice's own sender and subject, "from (not recorded)" if older. */
static void
doubt_sender(struct web_html *h, const struct store_doubt_row *r)
{
	web_put(h, "from <span class=\"from\">%t</span>", r->notice_from !=
	    NULL ? r->notice_from : "(not recorded)");
	if (r->notice_subject != NULL)
		web_put(h, "<br><span class=\"muted\">%t</span>",
		    r->notice_subject);
}

/* Where a notice was read and which server it names. */
static void
doubt_origin(struct web_html *h, const struct store_doubt_row *r)
{
	web_put(h, "<td>%t", r->reporting_mta != NULL ? r->reporting_mta :
	    "(no server named)");
	if (r->account != NULL)
		web_put(h, "<br><span class=\"muted\">read in %t/%t</span>",
		    r->account, r->folder);
	else if (r->file != NULL)
		web_put(h, "<br><span class=\"muted\">read from %t</span>",
		    r->file);
	web_put(h, "</td>");
}

/* Why r's failure is not believed, in words (g_free). */
static char *
doubt_words(struct doubt_ctx *x, const struct store_doubt_row *r,
    const char *address)
{
	struct web_evidence e = { r->category, r->evidence, r->held,
		r->original_subject, 0, 0, 0, { 0 } };

	if (web_evidence_get(x->st, address, r->original_message_id,
	    r->date, &e, &x->cb_err) < 0)
		return NULL;
	return web_evidence_words(&e);
}

/* One failure of a notice, with its accept (the notice's own page). */
static int
doubt_row(void *ctx, const struct store_doubt_row *r)
{
	struct doubt_ctx *x = ctx;
	char *words;

	if ((words = doubt_words(x, r, r->address)) == NULL)
		return -1;
	x->rows++;
	web_put(x->h, "<tr><td>");
	if (r->status != NULL)
		web_contact_link(x->h, x->v, r->address);
	else
		web_put(x->h, "%t <span class=\"muted\">(no contact)</span>",
		    r->address);
	web_put(x->h, "</td><td>%t %t</td><td class=\"why\">%t</td><td>",
	    r->category, r->reason, words);
	web_action_button_msg(x->h, x->v, r->address, "accept-bounce",
	    "Accept this bounce", r->msg_key);
	web_put(x->h, "</td></tr>");
	g_free(words);
	return 0;
}

/* Its first recipients, and the way to all of them. */
static void
notice_recipients(struct doubt_ctx *x, const struct store_notice_row *n)
{
	int i;

	web_put(x->h, "<td><span class=\"n\">%D</span> %t %t<br>",
	    n->recipients, n->recipients == 1 ? "failure" : "failures",
	    n->d.category);
	for (i = 0; i < n->nfirst; i++) {
		web_put(x->h, "%t", i > 0 ? ", " : "");
		/* No contact, no page to link to. */
		if (n->known[i])
			web_contact_link(x->h, x->v, n->first[i]);
		else
			web_put(x->h, "%t", n->first[i]);
	}
	if (n->recipients > n->nfirst)
		web_put(x->h, " and %D more", n->recipients - n->nfirst);
	if (x->v->serve)
		web_put(x->h, "<br><a class=\"notice-link\" "
		    "href=\"/notice?key=%u\">%t</a>", n->d.msg_key,
		    n->recipients > n->nfirst ? "see all of them" :
		    "see the notice");
	web_put(x->h, "</td>");
}

/* One notice: a forged report naming 5,000 is one row. */
static int
notice_row(void *ctx, const struct store_notice_row *n)
{
	struct doubt_ctx *x = ctx;
	char *words;

	if ((words = doubt_words(x, &n->d, n->first[0])) == NULL)
		return -1;
	x->rows++;
	web_put(x->h, "<tr class=\"notice\"><td>%T</td><td>", n->d.date);
	doubt_sender(x->h, &n->d);
	web_put(x->h, "</td>");
	doubt_origin(x->h, &n->d);
	notice_recipients(x, n);
	web_put(x->h, "<td class=\"why\">%t</td></tr>", words);
	g_free(words);
	return 0;
}

int
web_doubt_attention(struct web_html *h, struct store *st,
    const struct web_view *v, struct err *err)
{
	struct doubt_ctx x = { .h = h, .v = v, .st = st };
	long long total;

	web_put(h, "<h2 id=\"unverified\">Unverified notices</h2><p "
	    "class=\"muted\">One row per notice; accept a failure on its "
	    "contact's page or the notice's own page, one recipient at a "
	    "time.</p><table id=\"doubts\"><tr><th>arrived</th>"
	    "<th>notice</th><th>server named, read in</th><th>failures"
	    "</th><th>why it is not believed</th></tr>");
	if (store_notice_each(st, EV_ROWS, &total, notice_row, &x, err) < 0) {
		if (x.cb_err.msg[0] != '\0')
			*err = x.cb_err;
		return -1;
	}
	web_put(h, "</table>");
	if (total > x.rows)
		web_put(h, "<p class=\"muted\">%D more notices not shown "
		    "(report lists them)</p>", total - x.rows);
	else if (total == 0)
		web_put(h, "<p class=\"muted\">none</p>");
	return 0;
}

/* The notice's head: the first of its failures says what they share. */
static int
notice_head(void *ctx, const struct store_doubt_row *r)
{
	struct doubt_ctx *x = ctx;

	if (x->rows++ > 0)
		return 0;
	web_put(x->h, "<table id=\"notice\"><tr><th>arrived</th><td>%T"
	    "</td></tr><tr><th>notice</th><td>", r->date);
	doubt_sender(x->h, r);
	web_put(x->h, "</td></tr><tr><th>server named, read in</th>");
	doubt_origin(x->h, r);
	web_put(x->h, "</tr></table>");
	return 0;
}

int
web_notice(struct web_html *h, struct store *st, const struct web_view *v,
    const char *msg_key, struct err *err)
{
	struct doubt_ctx x = { .h = h, .v = v, .st = st };
	long long total;

	if (store_doubt_each(st, msg_key, 1, &total, notice_head, &x,
	    err) < 0)
		return -1;
	if (total == 0) {
		web_put(h, "<p>No failure of this notice waits for a "
		    "decision.</p>");
		return 0;
	}
	web_put(h, "<p id=\"notice-count\">%D %t not counted.  Accept one "
	    "only when you know that mail went to that address.</p><table "
	    "id=\"notice-failures\"><tr><th>contact</th><th>failure</th>"
	    "<th>why it is not believed</th><th>action</th></tr>", total,
	    total == 1 ? "failure" : "failures");
	x.rows = 0;
	if (store_doubt_each(st, msg_key, NOTICE_ROWS, &total, doubt_row, &x,
	    err) < 0) {
		if (x.cb_err.msg[0] != '\0')
			*err = x.cb_err;
		return -1;
	}
	web_put(h, "</table>");
	if (total > x.rows)
		web_put(h, "<p class=\"muted\">%D more not shown</p>",
		    total - x.rows);
	return 0;
}
