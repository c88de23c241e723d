/*
 * web_contact: one contact's page (status and its reason in words, every
 * bounce with diagnostic, remote server, original subject, advice and
 * evidence, the history, suggestion and replacement, the actions) and
 * the actions posted from the pages: mark, clear, accept, accept a
 * bounce not believed, forget.
 */
#include <string.h>

#include <glib.h>

#include "json.h"
#include "store_alert.h"
#include "web_req.h"

struct contact_ctx {
	struct web_html		*h;
	const struct web_view	*v;
	struct store		*st;
	const char		*address;
	struct err		 cb_err;	/* why a callback failed */
	int			 found;
	char			*suggestion, *replacement;
};

static int
contact_head(void *ctx, const struct store_contact *c)
{
	struct contact_ctx *x = ctx;

	x->found = 1;
	x->suggestion = g_strdup(c->suggestion);
	web_put(x->h, "<table id=\"summary\"><tr><th>address</th><td>%t</td>"
	    "</tr><tr><th>as written</th><td>%t</td></tr><tr><th>status</th>"
	    "<td id=\"status\">%t</td></tr><tr><th>why</th><td>%t%t%t%t</td>"
	    "</tr><tr><th>since</th><td>%T</td></tr><tr><th>source</th>"
	    "<td>%t</td></tr><tr><th>bounces</th><td>%d (first %T, last %T)"
	    "</td></tr>", c->address, c->display, c->status,
	    web_reason_words(c->status, c->reason), c->reason ? " (" : "",
	    c->reason ? c->reason : "", c->reason ? ")" : "", c->since,
	    c->source, c->bounces, c->first_bounce, c->last_bounce);
	if (c->columns != NULL)
		web_put(x->h, "<tr><th>imported row</th><td>%t</td></tr>",
		    c->columns);
	if (c->domain_state != NULL)
		web_put(x->h, "<tr><th>domain</th><td>%t %t (seen %T, "
		    "confirmed %T)</td></tr>", c->domain_state,
		    c->domain_detail, c->domain_first, c->domain_confirmed);
	if (c->review != NULL)
		web_put(x->h, "<tr><th>review</th><td>%t</td></tr>", c->review);
	if (c->retry_after != 0)
		web_put(x->h, "<tr><th>retry after</th><td>%T</td></tr>",
		    c->retry_after);
	web_put(x->h, "</table>");
	return 0;
}

/* The failure's evidence in words, and its accept button if it needs one. */
static int
contact_evidence(struct contact_ctx *x, const struct store_bounce_row *r)
{
	const struct store_bounce *b = &r->b;
	struct web_evidence e = { b->category, r->evidence, r->held,
		b->original_subject, r->accepted, r->counts, 0, { 0 } };
	char *words;

	if (web_evidence_get(x->st, x->address, b->original_message_id,
	    b->date, &e, &x->cb_err) < 0)
		return -1;
	words = web_evidence_words(&e);
	web_put(x->h, "<td class=\"%a\">%t", r->counts ? "evidence" :
	    "evidence bad", words);
	if (b->sender != NULL)
		web_put(x->h, "<br><span class=\"notice-from\">notice from "
		    "%t</span>", b->sender);
	if (words != NULL && !r->counts) {
		web_put(x->h, " ");
		web_action_button_msg(x->h, x->v, x->address,
		    "accept-bounce", "Accept this bounce", b->msg_key);
		if (x->v->serve)
			web_put(x->h, " <a href=\"/notice?key=%u\">the "
			    "notice's other recipients</a>", b->msg_key);
	}
	web_put(x->h, "</td>");
	g_free(words);
	return 0;
}

static int
contact_bounce(void *ctx, const struct store_bounce_row *r)
{
	struct contact_ctx *x = ctx;
	const struct store_bounce *b = &r->b;
	const char *advice = r->alert_advice;

	if (advice == NULL)
		advice = store_alert_category_advice(b->category);
	if (b->replacement != NULL) {
		g_free(x->replacement);
		x->replacement = g_strdup(b->replacement);
	}
	web_put(x->h, "<tr><td>%T</td><td>%t</td><td>%t</td><td>%t %t</td>"
	    "<td><pre>%t</pre></td><td>%t</td><td>%t</td><td>%t</td>",
	    b->date, b->category, b->reason, b->status, b->code,
	    b->diagnostic, b->remote_mta, b->original_subject,
	    advice ? advice : "");
	if (contact_evidence(x, r) < 0)
		return -1;
	web_put(x->h, "</tr>");
	return 0;
}

static int
contact_history(void *ctx, const struct store_history_row *r)
{
	struct contact_ctx *x = ctx;

	web_put(x->h, "<tr><td>%T</td><td>%t</td><td>%t</td><td>%t</td>"
	    "<td>%t</td><td>%t</td></tr>", r->at, r->old_status,
	    r->new_status, r->reason, r->manual == 1 ? "mark" : r->manual ==
	    2 ? "reviewer" : "policy", r->note);
	return 0;
}

static void
contact_actions(struct web_html *h, const struct web_view *v,
    const char *addr, const struct contact_ctx *x)
{
	static const char *const st[] = { "active", "invalid", "full",
		"retry-later", "complained", "suspect", NULL };
	size_t i;

	if (x->suggestion != NULL) {
		web_put(h, "<p>typo suggestion: <b id=\"suggestion\">%t</b> ",
		    x->suggestion);
		web_action_button(h, v, addr, "accept-suggestion", "accept");
		web_put(h, "</p>");
	}
	if (x->replacement != NULL) {
		web_put(h, "<p>replacement address: <b id=\"replacement\">%t"
		    "</b> ", x->replacement);
		web_action_button(h, v, addr, "accept-replacement", "accept");
		web_put(h, "</p>");
	}
	if (!v->edit)
		return;
	web_put(h, "<form method=\"post\" action=\"/action\" id=\"mark\">"
	    "<input type=\"hidden\" name=\"csrf\" value=\"%a\">"
	    "<input type=\"hidden\" name=\"a\" value=\"%a\">"
	    "<input type=\"hidden\" name=\"do\" value=\"mark\">mark as "
	    "<select name=\"status\">", v->csrf, addr);
	for (i = 0; st[i] != NULL; i++)
		web_put(h, "<option>%t</option>", st[i]);
	web_put(h, "</select> note <input name=\"note\" required> "
	    "<button type=\"submit\">mark</button></form><p>");
	web_action_button(h, v, addr, "clear", "clear marks");
	web_put(h, " ");
	web_action_button(h, v, addr, "forget", "forget this contact");
	web_put(h, "</p>");
}

static int
contact_body(struct web_html *h, struct web_req *r, const char *addr,
    struct contact_ctx *x, struct err *err)
{
	int rc = store_contact_get(r->st, addr, contact_head, x, err);

	if (rc <= 0)
		return rc;
	web_put(h, "<h2>Bounces</h2><table id=\"bounces\"><tr><th>date</th>"
	    "<th>category</th><th>reason</th><th>status</th>"
	    "<th>diagnostic</th><th>remote server</th>"
	    "<th>original subject</th><th>advice</th><th>evidence</th>"
	    "</tr>");
	if (store_bounce_each(r->st, addr, contact_bounce, x, err) < 0)
		return -1;
	web_put(h, "</table>");
	contact_actions(h, &r->view, addr, x);
	web_put(h, "<h2>History</h2><table id=\"history\"><tr>"
	    "<th>at</th><th>from</th><th>to</th><th>reason</th><th>by</th>"
	    "<th>note</th></tr>");
	if (store_history_each(r->st, addr, contact_history, x, err) < 0)
		return -1;
	web_put(h, "</table>");
	return 1;
}

void
web_page_contact(struct web_req *r)
{
	struct web_html *h = web_html_new();
	const char *addr = web_arg(r, "a");
	struct err err;
	struct contact_ctx x = { .h = h, .v = &r->view, .st = r->st,
		.address = addr };
	int rc = 0;

	web_page_begin(h, &r->view, "Contact", "/contacts");
	if (addr != NULL)
		rc = contact_body(h, r, addr, &x, &err);
	g_free(x.suggestion);
	g_free(x.replacement);
	if (rc < 0) {
		web_html_free(h);
		web_reply_error(r, 500, x.cb_err.msg[0] != '\0' ?
		    x.cb_err.msg : err.msg);
		return;
	}
	if (rc == 0) {
		web_html_free(h);
		web_reply_error(r, 404, "no such contact");
		return;
	}
	web_page_end(h);
	web_reply_html(r, 200, h);
}

/* One action posted from a page or the API (strings borrowed). */
struct action {
	const char	*act, *addr, *status, *note;
	const char	*msg;		/* accept-bounce: one notice, or all */
	long		 accepted;	/* accept-bounce: failures accepted */
};

static int
action_accept(struct store *st, const char *addr, struct err *err)
{
	char *to = NULL;
	int rc = store_contact_accept(st, addr, &to, err);

	g_free(to);
	if (rc == 0)
		return err_set(err, "'%s' has no suggestion or replacement",
		    addr);
	return rc < 0 ? -1 : 0;
}

/* As mark --accept-bounce: the same store function, the same history. */
static int
action_accept_bounce(struct store *st, struct action *a, struct err *err)
{
	if (store_bounce_accept(st, a->addr, a->msg, &a->accepted, err) < 0)
		return -1;
	if (a->accepted == 0)
		return err_set(err, "no unverified bounce of '%s'%s%s to "
		    "accept", a->addr, a->msg ? " from " : "",
		    a->msg ? a->msg : "");
	return 0;
}

static int
action_do(struct store *st, struct action *a, struct err *err)
{
	const char *act = a->act, *addr = a->addr, *note = a->note;
	long long rows;
	int cleared;

	if (strcmp(act, "mark") == 0)
		return store_contact_mark(st, 0, addr, a->status, note, err);
	if (strcmp(act, "mark-invalid") == 0)
		return store_contact_mark(st, 0, addr, "invalid", note ? note :
		    "marked from the attention list", err);
	if (strcmp(act, "clear") == 0)
		return store_contact_clear(st, addr, note, &cleared, err);
	if (strcmp(act, "accept-suggestion") == 0 ||
	    strcmp(act, "accept-replacement") == 0)
		return action_accept(st, addr, err);
	if (strcmp(act, "accept-bounce") == 0)
		return action_accept_bounce(st, a, err);
	if (strcmp(act, "forget") == 0)
		return store_contact_forget(st, addr, &rows, err);
	return err_set(err, "unknown action '%s'", act);
}

/* Runs one action in a transaction. */
static int
action_run(struct store *st, struct action *a, struct err *err)
{
	if (strcmp(a->act, "mark") == 0 && (a->status == NULL ||
	    a->note == NULL))
		return err_set(err, "a mark needs a status and a note");
	if (store_begin(st, err) < 0)
		return -1;
	if (action_do(st, a, err) < 0 || store_commit(st, err) < 0) {
		store_rollback(st);
		return -1;
	}
	/* A forgotten address leaves no old page in the log either. */
	if (strcmp(a->act, "forget") == 0)
		return store_wal_empty(st, err);
	return 0;
}

void
web_page_action(struct web_req *r, int json)
{
	struct action a = { web_arg(r, "do"), web_arg(r, "a"),
		web_arg(r, "status"), web_arg(r, "note"), web_arg(r, "msg"),
		0 };
	struct err err;
	GString *j;

	if (r->read_only) {
		web_reply_error(r, 403, "the server is read-only");
		return;
	}
	if (a.act == NULL || a.addr == NULL) {
		web_reply_error(r, 400, "an action needs 'do' and 'a'");
		return;
	}
	if (action_run(r->st, &a, &err) < 0) {
		web_reply_error(r, 400, err.msg);
		return;
	}
	if (!json) {
		web_redirect(r, strcmp(a.act, "forget") == 0 ? "/attention" :
		    "/contact", strcmp(a.act, "forget") == 0 ? NULL : a.addr);
		return;
	}
	j = g_string_new("{\"ok\":true");
	if (strcmp(a.act, "accept-bounce") == 0)
		g_string_append_printf(j, ",\"accepted\":%ld", a.accepted);
	g_string_append(j, "}\n");
	web_reply_json(r, 200, j);
}
