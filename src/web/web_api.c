/*
 * web_api: the JSON API (docs/review.md): the overview, a page of
 * contacts, one contact with its bounces and history, the attention
 * lists; actions go through web_page_action().  Same store reads as the
 * pages.
 */
#include <string.h>

#include <glib.h>

#include "json.h"
#include "store_alert.h"
#include "web_req.h"

struct api_ctx {
	GString		*j;
	int		 first;
	char		*last;
	long long	 last_since;
	int		 n;
	/* For the evidence of a bounce: where to look, why it failed. */
	struct store	*st;
	const char	*address;
	struct err	*err;		/* the callbacks' own */
};

static void
api_sep(struct api_ctx *x)
{
	if (!x->first)
		g_string_append_c(x->j, ',');
	x->first = 0;
}

static void
api_contact_obj(GString *j, const struct store_contact *c)
{
	int f = 1;

	g_string_append_c(j, '{');
	json_kv_str(j, &f, "address", c->address);
	json_kv_str(j, &f, "display", c->display);
	json_kv_str(j, &f, "source", c->source);
	json_kv_str(j, &f, "status", c->status);
	json_kv_str(j, &f, "reason", c->reason);
	json_kv_str(j, &f, "reason_words", web_reason_words(c->status,
	    c->reason));
	json_kv_str(j, &f, "review", c->review);
	json_kv_str(j, &f, "suggestion", c->suggestion);
	json_kv_int(j, &f, "since", c->since);
	json_kv_int(j, &f, "bounces", c->bounces);
	json_kv_int(j, &f, "last_bounce", c->last_bounce);
	g_string_append_c(j, '}');
}

static int
api_contact_row(void *ctx, const struct store_contact *c)
{
	struct api_ctx *x = ctx;

	api_sep(x);
	api_contact_obj(x->j, c);
	g_free(x->last);
	x->last = g_strdup(c->address);
	x->last_since = c->since;
	x->n++;
	return 0;
}

static void
api_fail(struct web_req *r, struct api_ctx *x, struct err *err)
{
	g_string_free(x->j, TRUE);
	g_free(x->last);
	web_reply_error(r, 500, x->err != NULL && x->err->msg[0] != '\0' ?
	    x->err->msg : err->msg);
}

void
web_api_contacts(struct web_req *r)
{
	struct api_ctx x = { .j = g_string_new("{\"contacts\":["),
	    .first = 1 };
	struct store_page p;
	struct err err;
	int f = 1;

	if (web_page_filter(r, &p) < 0) {
		g_string_free(x.j, TRUE);
		web_reply_error(r, 400, "unknown status or source");
		return;
	}
	if (store_page_each(r->st, &p, api_contact_row, &x, &err) < 0) {
		api_fail(r, &x, &err);
		return;
	}
	g_string_append(x.j, "],\"next\":");
	if (x.n == p.limit) {
		g_string_append_c(x.j, '{');
		json_kv_str(x.j, &f, "after", x.last);
		json_kv_int(x.j, &f, "after_since", x.last_since);
		g_string_append_c(x.j, '}');
	} else
		g_string_append(x.j, "null");
	g_string_append(x.j, "}\n");
	g_free(x.last);
	web_reply_json(r, 200, x.j);
}

/* The evidence members of a failure, after the others. */
static int
api_evidence(struct api_ctx *x, int *f, const char *address,
    const char *original_mid, long long date, struct web_evidence *e)
{
	char *words;

	if (web_evidence_get(x->st, address, original_mid, date, e,
	    x->err) < 0)
		return -1;
	words = web_evidence_words(e);
	json_kv_str(x->j, f, "evidence", e->evidence);
	json_kv_str(x->j, f, "held", e->held);
	json_kv_str(x->j, f, "evidence_words", words);
	g_free(words);
	return 0;
}

static int
api_bounce(void *ctx, const struct store_bounce_row *br)
{
	struct api_ctx *x = ctx;
	const struct store_bounce *b = &br->b;
	struct web_evidence e = { b->category, br->evidence, br->held,
		b->original_subject, br->accepted, br->counts, 0, { 0 } };
	int f = 1;

	api_sep(x);
	g_string_append_c(x->j, '{');
	json_kv_int(x->j, &f, "date", b->date);
	json_kv_str(x->j, &f, "category", b->category);
	json_kv_str(x->j, &f, "reason", b->reason);
	json_kv_str(x->j, &f, "status", b->status);
	json_kv_str(x->j, &f, "diagnostic", b->diagnostic);
	json_kv_str(x->j, &f, "remote_mta", b->remote_mta);
	json_kv_str(x->j, &f, "original_subject", b->original_subject);
	json_kv_str(x->j, &f, "replacement", b->replacement);
	json_kv_str(x->j, &f, "advice", br->alert_advice ? br->alert_advice :
	    store_alert_category_advice(b->category));
	json_kv_str(x->j, &f, "msg_key", b->msg_key);
	json_kv_bool(x->j, &f, "counts", br->counts);
	json_kv_int(x->j, &f, "accepted", br->accepted);
	if (api_evidence(x, &f, x->address, b->original_message_id, b->date,
	    &e) < 0)
		return -1;
	g_string_append_c(x->j, '}');
	return 0;
}

static int
api_history(void *ctx, const struct store_history_row *h)
{
	struct api_ctx *x = ctx;
	int f = 1;

	api_sep(x);
	g_string_append_c(x->j, '{');
	json_kv_int(x->j, &f, "at", h->at);
	json_kv_str(x->j, &f, "old_status", h->old_status);
	json_kv_str(x->j, &f, "new_status", h->new_status);
	json_kv_str(x->j, &f, "reason", h->reason);
	json_kv_str(x->j, &f, "note", h->note);
	json_kv_int(x->j, &f, "manual", h->manual);
	g_string_append_c(x->j, '}');
	return 0;
}

static int
api_contact_one(void *ctx, const struct store_contact *c)
{
	struct api_ctx *x = ctx;

	x->n = 1;
	api_contact_obj(x->j, c);
	return 0;
}

void
web_api_contact(struct web_req *r)
{
	const char *a = web_arg(r, "a");
	struct err err, cb_err = { "" };
	struct api_ctx x = { .j = g_string_new("{\"contact\":"), .first = 1,
		.st = r->st, .address = a, .err = &cb_err };
	int rc;

	if (a == NULL || (rc = store_contact_get(r->st, a, api_contact_one,
	    &x, &err)) == 0) {
		g_string_free(x.j, TRUE);
		web_reply_error(r, 404, "no such contact");
		return;
	}
	g_string_append(x.j, ",\"bounces\":[");
	if (rc < 0 || store_bounce_each(r->st, a, api_bounce, &x, &err) < 0) {
		api_fail(r, &x, &err);
		return;
	}
	g_string_append(x.j, "],\"history\":[");
	x.first = 1;
	if (store_history_each(r->st, a, api_history, &x, &err) < 0) {
		api_fail(r, &x, &err);
		return;
	}
	g_string_append(x.j, "]}\n");
	web_reply_json(r, 200, x.j);
}

static int
api_count(void *ctx, const char *label, const char *extra, long long n)
{
	struct api_ctx *x = ctx;
	int f = 1;

	api_sep(x);
	g_string_append_c(x->j, '{');
	json_kv_str(x->j, &f, "label", label);
	if (extra != NULL)
		json_kv_str(x->j, &f, "extra", extra);
	json_kv_int(x->j, &f, "count", n);
	g_string_append_c(x->j, '}');
	return 0;
}

static int
api_daycat(void *ctx, const char *day, const char *cat, long long n)
{
	struct api_ctx *x = ctx;
	int f = 1;

	api_sep(x);
	g_string_append_c(x->j, '{');
	json_kv_str(x->j, &f, "day", day);
	json_kv_str(x->j, &f, "category", cat);
	json_kv_int(x->j, &f, "count", n);
	g_string_append_c(x->j, '}');
	return 0;
}

static int
api_run(void *ctx, const struct store_run_row *rr)
{
	struct api_ctx *x = ctx;
	int f = 1;

	api_sep(x);
	g_string_append_c(x->j, '{');
	json_kv_str(x->j, &f, "command", rr->command);
	json_kv_str(x->j, &f, "source", rr->source);
	json_kv_int(x->j, &f, "started", rr->started);
	json_kv_int(x->j, &f, "finished", rr->finished);
	json_kv_int(x->j, &f, "messages", rr->messages);
	json_kv_int(x->j, &f, "recipients", rr->recipients);
	json_kv_int(x->j, &f, "applied", rr->applied);
	json_kv_int(x->j, &f, "ok", rr->ok);
	g_string_append_c(x->j, '}');
	return 0;
}

static int
api_counts(struct api_ctx *x, struct store *st, const char *key,
    enum store_count_by by, long long since, int limit, struct err *err)
{
	g_string_append_printf(x->j, "%s\"%s\":[", x->j->len > 1 ? "," : "",
	    key);
	x->first = 1;
	if (store_count_each(st, by, since, limit, api_count, x, err) < 0)
		return -1;
	g_string_append_c(x->j, ']');
	return 0;
}

/* The unverified and held failures since, and what to do about them. */
static int
api_doubt_counts(struct api_ctx *x, struct store *st, long long since,
    struct err *err)
{
	struct store_doubt_counts c;
	int f = 1;

	if (store_doubt_count(st, since, &c, err) < 0)
		return -1;
	g_string_append(x->j, ",\"doubts\":{");
	json_kv_int(x->j, &f, "since", since);
	json_kv_int(x->j, &f, "unverified", c.unverified);
	json_kv_int(x->j, &f, "held", c.held);
	json_kv_int(x->j, &f, "counted_by_setting", c.by_setting);
	json_kv_bool(x->j, &f, "sent_known", c.sent_known);
	json_kv_str(x->j, &f, "advice", web_doubt_advice(&c));
	g_string_append_c(x->j, '}');
	return 0;
}

void
web_api_overview(struct web_req *r)
{
	struct api_ctx x = { .j = g_string_new("{"), .first = 1 };
	long long since = r->view.now - 90 * 86400LL;
	struct err err;

	if (api_counts(&x, r->st, "contacts_by_status", STORE_BY_STATUS, 0, 0,
	    &err) < 0 || api_counts(&x, r->st, "top_domains",
	    STORE_BY_DOMAIN, since, 15, &err) < 0 || api_counts(&x, r->st,
	    "sender_alerts", STORE_BY_ALERT, 0, 0, &err) < 0) {
		api_fail(r, &x, &err);
		return;
	}
	g_string_append(x.j, ",\"by_day_category\":[");
	x.first = 1;
	if (store_day_category_each(r->st, since, api_daycat, &x, &err) < 0) {
		api_fail(r, &x, &err);
		return;
	}
	g_string_append(x.j, "],\"runs\":[");
	x.first = 1;
	if (store_run_each(r->st, 5, api_run, &x, &err) < 0) {
		api_fail(r, &x, &err);
		return;
	}
	g_string_append_c(x.j, ']');
	if (api_doubt_counts(&x, r->st, since, &err) < 0) {
		api_fail(r, &x, &err);
		return;
	}
	g_string_append(x.j, "}\n");
	web_reply_json(r, 200, x.j);
}

static const char *const api_att_keys[STORE_ATT_N] = { "typo",
	"replacement", "review", "full", "complaint" };

static int
api_att(void *ctx, enum store_attention why, const struct store_contact *c,
    const char *extra)
{
	struct api_ctx *x = ctx;

	api_sep(x);
	g_string_append(x->j, "{\"contact\":");
	api_contact_obj(x->j, c);
	g_string_append(x->j, ",\"detail\":");
	json_str(x->j, extra);
	g_string_append_c(x->j, '}');
	return 0;
}

static int
api_doubt(void *ctx, const struct store_doubt_row *d)
{
	struct api_ctx *x = ctx;
	struct web_evidence e = { d->category, d->evidence, d->held,
		d->original_subject, 0, 0, 0, { 0 } };
	int f = 1;

	api_sep(x);
	g_string_append_c(x->j, '{');
	json_kv_str(x->j, &f, "address", d->address);
	json_kv_str(x->j, &f, "contact_status", d->status);
	json_kv_str(x->j, &f, "msg_key", d->msg_key);
	json_kv_int(x->j, &f, "date", d->date);
	json_kv_str(x->j, &f, "category", d->category);
	json_kv_str(x->j, &f, "reason", d->reason);
	json_kv_str(x->j, &f, "reporting_mta", d->reporting_mta);
	json_kv_str(x->j, &f, "account", d->account);
	json_kv_str(x->j, &f, "folder", d->folder);
	json_kv_str(x->j, &f, "file", d->file);
	json_kv_str(x->j, &f, "original_subject", d->original_subject);
	json_kv_str(x->j, &f, "notice_from", d->notice_from);
	json_kv_str(x->j, &f, "notice_subject", d->notice_subject);
	if (api_evidence(x, &f, d->address, d->original_message_id, d->date,
	    &e) < 0)
		return -1;
	g_string_append_c(x->j, '}');
	return 0;
}

/* A notice not believed, with its first recipients: one per report. */
static int
api_notice(void *ctx, const struct store_notice_row *n)
{
	struct api_ctx *x = ctx;
	const struct store_doubt_row *d = &n->d;
	int i, f = 1;

	api_sep(x);
	g_string_append_c(x->j, '{');
	json_kv_str(x->j, &f, "msg_key", d->msg_key);
	json_kv_int(x->j, &f, "date", d->date);
	json_kv_str(x->j, &f, "notice_from", d->notice_from);
	json_kv_str(x->j, &f, "notice_subject", d->notice_subject);
	json_kv_str(x->j, &f, "reporting_mta", d->reporting_mta);
	json_kv_str(x->j, &f, "account", d->account);
	json_kv_str(x->j, &f, "folder", d->folder);
	json_kv_str(x->j, &f, "file", d->file);
	json_kv_str(x->j, &f, "evidence", d->evidence);
	json_kv_str(x->j, &f, "held", d->held);
	json_kv_int(x->j, &f, "recipients", n->recipients);
	g_string_append(x->j, ",\"first\":[");
	for (i = 0; i < n->nfirst; i++) {
		if (i > 0)
			g_string_append_c(x->j, ',');
		json_str(x->j, n->first[i]);
	}
	g_string_append(x->j, "]}");
	return 0;
}

void
web_api_attention(struct web_req *r)
{
	struct api_ctx x = { .j = g_string_new("{"), .first = 1 };
	struct err err, cb_err = { "" };
	long long total;
	int why;

	for (why = 0; why < STORE_ATT_N; why++) {
		g_string_append_printf(x.j, "%s\"%s\":{\"items\":[", why ? "," :
		    "", api_att_keys[why]);
		x.first = 1;
		if (store_attention_each(r->st, (enum store_attention)why, 500,
		    &total, api_att, &x, &err) < 0) {
			api_fail(r, &x, &err);
			return;
		}
		g_string_append_printf(x.j, "],\"total\":%lld}", total);
	}
	g_string_append(x.j, ",\"unverified\":{\"items\":[");
	x.first = 1;
	x.st = r->st;
	x.err = &cb_err;
	if (store_doubt_each(r->st, web_arg(r, "notice"), 500, &total,
	    api_doubt, &x, &err) < 0) {
		api_fail(r, &x, &err);
		return;
	}
	g_string_append_printf(x.j, "],\"total\":%lld},\"notices\":"
	    "{\"items\":[", total);
	x.first = 1;
	if (store_notice_each(r->st, 500, &total, api_notice, &x, &err) < 0) {
		api_fail(r, &x, &err);
		return;
	}
	g_string_append_printf(x.j, "],\"total\":%lld}}\n", total);
	web_reply_json(r, 200, x.j);
}

void
web_page_api(struct web_req *r)
{
	struct web_html *h = web_html_new();

	web_page_begin(h, &r->view, "JSON API", "/api");
	web_put(h, "<p>Every page has a JSON twin; the reference is "
	    "docs/review.md in the source.</p><table><tr><th>GET</th><th>"
	    "returns</th></tr><tr><td>/api/overview</td><td>contacts by "
	    "status, top domains, sender alerts, failures by day and "
	    "category, runs</td></tr><tr><td>/api/contacts?q=&amp;status=&amp;"
	    "domain=&amp;source=&amp;since=&amp;until=&amp;sort=&amp;"
	    "after=</td>"
	    "<td>a page of 50 contacts and the cursor of the next</td></tr>"
	    "<tr><td>/api/contact?a=ADDRESS</td><td>a contact, its bounces "
	    "and history</td></tr><tr><td>/api/attention</td><td>the "
	    "attention lists, unverified notices among them</td></tr>"
	    "<tr><td>/api/doctor</td><td>the latest doctor run of each kind "
	    "and its findings</td></tr></table>"
	    "<p>POST /api/action with do, a, status, note, msg (accept-bounce: "
	    "the notice) and the CSRF token (header X-CSRF-Token):</p>"
	    "<p><code id=\"csrf\">%t</code></p>", r->view.edit ? r->view.csrf :
	    "(view role: no actions)");
	web_page_end(h);
	web_reply_html(r, 200, h);
}
