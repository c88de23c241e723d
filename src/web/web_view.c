/*
 * web_view: the overview (contacts by status, failures per day, top
 * domains, sender alerts, the latest doctor check, unverified and held
 * notices, last runs) and the attention list, written the same for
 * `serve` and for `report --html`; plus the page frame.
 */
#include <string.h>

#include <glib.h>

#include "store_alert.h"
#include "web_int.h"

#define VIEW_DAYS	90
#define VIEW_ROWS	50

const char web_style[] =
    "body{font:14px/1.45 system-ui,sans-serif;margin:0;color:#222}"
    "header{background:#1f3a5f;color:#fff;padding:.5em 1em}"
    "header a{color:#fff;margin-right:1.2em;text-decoration:none}"
    "header a.on{text-decoration:underline}"
    "main{padding:1em;max-width:1200px}"
    "table{border-collapse:collapse;margin:.5em 0 1.5em}"
    "th,td{border-bottom:1px solid #ddd;padding:.25em .6em;"
    "text-align:left;vertical-align:top}"
    "td.n{text-align:right}"
    "h2{margin-top:1.4em;font-size:1.15em}"
    ".bad{color:#b03a2e}.ok{color:#1e8449}"
    ".legend{font-size:12px}"
    "form.inline{display:inline}"
    "pre{white-space:pre-wrap;margin:0;max-width:60em}"
    ".muted{color:#777}";

const char *
web_style_hash(void)
{
	static char *hash;
	GChecksum *c;
	guint8 d[32];
	gsize n = sizeof(d);
	char *b;

	if (hash != NULL)
		return hash;
	c = g_checksum_new(G_CHECKSUM_SHA256);
	g_checksum_update(c, (const guchar *)web_style, strlen(web_style));
	g_checksum_get_digest(c, d, &n);
	g_checksum_free(c);
	b = g_base64_encode(d, n);
	hash = g_strdup_printf("'sha256-%s'", b);
	g_free(b);
	return hash;
}

static const char *const view_nav[][2] = {
	{ "/", "Overview" }, { "/contacts", "Contacts" },
	{ "/attention", "Needs attention" }, { "/api", "API" },
};

void
web_page_begin(struct web_html *h, const struct web_view *v,
    const char *title, const char *nav)
{
	size_t i;

	web_put(h, "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\""
	    "utf-8\"><meta name=\"viewport\" content=\"width=device-width\">");
	if (!v->serve)
		web_put(h, "<meta http-equiv=\"Content-Security-Policy\" "
		    "content=\"default-src 'none'; style-src %a\">",
		    web_style_hash());
	else
		web_put(h, "<link rel=\"icon\" href=\"/favicon.svg\">");
	web_put(h, "<title>%t: bounce-harvester</title><style>", title);
	/* web-const: the style sheet is ours, constant, with no '%'. */
	web_put(h, web_style);
	web_put(h, "</style></head><body><header><b>bounce-harvester</b> ");
	for (i = 0; v->serve && i < G_N_ELEMENTS(view_nav); i++)
		web_put(h, "<a href=\"%a\"%t>%t</a>", view_nav[i][0],
		    strcmp(nav, view_nav[i][0]) == 0 ? " class=on" : "",
		    view_nav[i][1]);
	web_put(h, "</header><main><h1>%t</h1>", title);
}

void
web_page_end(struct web_html *h)
{
	web_put(h, "</main></body></html>\n");
}

void
web_contact_link(struct web_html *h, const struct web_view *v,
    const char *address)
{
	if (v->serve)
		web_put(h, "<a href=\"/contact?a=%u\">%t</a>", address,
		    address);
	else
		web_put(h, "%t", address);
}

void
web_action_button_msg(struct web_html *h, const struct web_view *v,
    const char *address, const char *act, const char *label,
    const char *msg)
{
	if (!v->serve || !v->edit)
		return;
	web_put(h, "<form class=\"inline\" method=\"post\" action=\"/action\">"
	    "<input type=\"hidden\" name=\"csrf\" value=\"%a\">"
	    "<input type=\"hidden\" name=\"a\" value=\"%a\">"
	    "<input type=\"hidden\" name=\"do\" value=\"%a\">", v->csrf,
	    address, act);
	if (msg != NULL)
		web_put(h, "<input type=\"hidden\" name=\"msg\" value=\"%a\">",
		    msg);
	web_put(h, "<button type=\"submit\">%t</button></form>", label);
}

void
web_action_button(struct web_html *h, const struct web_view *v,
    const char *address, const char *act, const char *label)
{
	web_action_button_msg(h, v, address, act, label, NULL);
}

struct view_ctx {
	struct web_html		*h;
	const struct web_view	*v;
	enum store_count_by	 by;
	long			 rows;
};

static int
view_count_row(void *ctx, const char *label, const char *extra,
    long long n)
{
	struct view_ctx *x = ctx;
	const char *advice;

	x->rows++;
	web_put(x->h, "<tr><td>");
	if (x->by == STORE_BY_STATUS && x->v->serve)
		web_put(x->h, "<a href=\"/contacts?status=%u\">%t</a>", label,
		    label);
	else
		web_put(x->h, "%t", label != NULL ? label : "(none)");
	web_put(x->h, "</td><td class=\"n\">%D</td>", n);
	if (x->by == STORE_BY_ALERT) {
		advice = store_alert_advice(label);
		web_put(x->h, "<td>%t</td><td>%t</td>", extra ? extra : "",
		    advice ? advice : "");
	}
	web_put(x->h, "</tr>");
	return 0;
}

static int
view_counts(struct web_html *h, struct store *st, const struct web_view *v,
    enum store_count_by by, long long since, int limit, const char *title,
    const char *head, struct err *err)
{
	struct view_ctx x = { h, v, by, 0 };
	int rc;

	web_put(h, "<h2>%t</h2><table><tr>", title);
	/* web-const: head names the columns, text of the callers'. */
	web_put(h, head);
	web_put(h, "</tr>");
	rc = store_count_each(st, by, since, limit, view_count_row, &x, err);
	web_put(h, "</table>");
	if (x.rows == 0)
		web_put(h, "<p class=\"muted\">none</p>");
	return rc;
}

/* The first n characters of s (ingest's source names every path). */
static char *
view_short(const char *s, long n)
{
	char *v, *head, *out;

	if (s == NULL)
		return g_strdup("-");
	v = g_utf8_make_valid(s, -1);
	if (g_utf8_strlen(v, -1) <= n)
		return v;
	head = g_utf8_substring(v, 0, n);
	out = g_strconcat(head, "...", NULL);
	g_free(head);
	g_free(v);
	return out;
}

static int
view_run_row(void *ctx, const struct store_run_row *r)
{
	struct view_ctx *x = ctx;
	long long took = r->finished > 0 ? r->finished - r->started : 0;
	char *src = view_short(r->source, 80);

	x->rows++;
	web_put(x->h, "<tr><td>%t</td><td>%t</td><td>%T</td><td class=\"n\">"
	    "%D s</td><td class=\"n\">%D</td><td class=\"n\">%D</td>"
	    "<td class=\"n\">%D</td><td class=\"n\">%D</td><td class=\"%a\">"
	    "%t</td></tr>", src, r->command,
	    r->started, took, (long long)r->messages,
	    (long long)r->unreadable, (long long)r->recipients,
	    (long long)r->applied, r->ok == 1 ? "ok" : "bad",
	    r->ok == 1 ? "ok" : r->ok == 0 ? "failed" : "unfinished");
	g_free(src);
	return 0;
}

static int
view_runs(struct web_html *h, struct store *st, const struct web_view *v,
    struct err *err)
{
	struct view_ctx x = { h, v, 0, 0 };
	int rc;

	web_put(h, "<h2>Last runs of every account</h2><table><tr>"
	    "<th>source</th><th>command</th><th>started (UTC)</th>"
	    "<th>took</th><th>messages</th><th>unreadable</th>"
	    "<th>recipients</th><th>new bounces</th><th>result</th></tr>");
	rc = store_run_each(st, 5, view_run_row, &x, err);
	web_put(h, "</table>");
	if (x.rows == 0)
		web_put(h, "<p class=\"muted\">no run recorded</p>");
	return rc;
}

int
web_overview(struct web_html *h, struct store *st, const struct web_view *v,
    struct err *err)
{
	long long since = v->now - VIEW_DAYS * 86400LL;

	if (view_counts(h, st, v, STORE_BY_STATUS, 0, 0,
	    "Contacts by status", "<th>status</th><th>contacts</th>",
	    err) < 0)
		return -1;
	web_put(h, "<h2>Failures per day by category, last %d days</h2>",
	    VIEW_DAYS);
	if (web_chart_days(h, st, v->now, VIEW_DAYS, err) < 0 ||
	    view_counts(h, st, v, STORE_BY_DOMAIN, since, 15,
	    "Top recipient domains (last 90 days)",
	    "<th>domain</th><th>failures</th>", err) < 0 ||
	    view_counts(h, st, v, STORE_BY_ALERT, 0, 0, "Sender alerts",
	    "<th>kind</th><th>bounces</th><th>blocklist</th><th>advice</th>",
	    err) < 0 || web_doctor_block(h, st, v, err) < 0 ||
	    web_doubt_overview(h, st, v, err) < 0)
		return -1;
	return view_runs(h, st, v, err);
}

struct att_kind {
	const char	*title, *act, *label;
};

static const struct att_kind att_kinds[STORE_ATT_N] = {
	[STORE_ATT_TYPO] = { "Typo suggestions", "accept-suggestion",
	    "accept suggestion" },
	[STORE_ATT_REPLACEMENT] = { "Replacement addresses",
	    "accept-replacement", "accept replacement" },
	[STORE_ATT_REVIEW] = { "Still failing after 24 hours", NULL, NULL },
	[STORE_ATT_FULL] = { "Full mailboxes close to being given up", NULL,
	    NULL },
	[STORE_ATT_COMPLAINT] = { "Complaints", NULL, NULL },
};

static int
att_row(void *ctx, enum store_attention why, const struct store_contact *c,
    const char *extra)
{
	struct view_ctx *x = ctx;
	const struct att_kind *k = &att_kinds[why];

	x->rows++;
	web_put(x->h, "<tr><td>");
	web_contact_link(x->h, x->v, c->address);
	web_put(x->h, "</td><td>%t</td><td>%t</td><td>%T</td><td>%t</td><td>",
	    c->status, web_reason_words(c->status, c->reason), c->since,
	    extra ? extra : (c->review ? c->review : ""));
	if (k->act != NULL)
		web_action_button(x->h, x->v, c->address, k->act, k->label);
	else
		web_action_button(x->h, x->v, c->address, "mark-invalid",
		    "mark invalid");
	web_put(x->h, "</td></tr>");
	return 0;
}

int
web_attention(struct web_html *h, struct store *st, const struct web_view *v,
    struct err *err)
{
	struct view_ctx x = { h, v, 0, 0 };
	long long total;
	int why;

	for (why = 0; why < STORE_ATT_N; why++) {
		web_put(h, "<h2 id=\"att-%d\">%t</h2><table><tr>"
		    "<th>contact</th>"		    "<th>status</th><th>why</th><th>since</th><th>detail</th>"
		    "<th>action</th></tr>", why, att_kinds[why].title);
		x.rows = 0;
		if (store_attention_each(st, (enum store_attention)why,
		    VIEW_ROWS, &total, att_row, &x, err) < 0)
			return -1;
		web_put(h, "</table>");
		if (total > x.rows)
			web_put(h, "<p class=\"muted\">%D more not shown</p>",
			    total - x.rows);
		else if (total == 0)
			web_put(h, "<p class=\"muted\">none</p>");
	}
	return web_doubt_attention(h, st, v, err);
}

char *
web_report_html(struct store *st, long long now, size_t *len,
    struct err *err)
{
	struct web_view v = { 0, 0, NULL, now };
	struct web_html *h = web_html_new();

	web_page_begin(h, &v, "Bounce report", "/");
	web_put(h, "<p class=\"muted\">written %T UTC</p>", now);
	if (web_overview(h, st, &v, err) < 0) {
		web_html_free(h);
		return NULL;
	}
	web_put(h, "<h1>Needs attention</h1>");
	if (web_attention(h, st, &v, err) < 0) {
		web_html_free(h);
		return NULL;
	}
	web_page_end(h);
	return web_html_steal(h, len);
}
