/*
 * web_pages: the HTML pages of `serve`: overview, contacts (filters and
 * keyset paging), one contact, needs attention, and the actions posted
 * from them.  Each reads through the store's functions; none runs SQL.
 */
#include <stdio.h>
#include <string.h>

#include <glib.h>

#include "store_alert.h"
#include "json.h"
#include "web_req.h"

#define PAGE_SIZE	50

static const char *const page_statuses[] = { "active", "invalid", "full",
	"retry-later", "complained", "suspect", NULL };
static const char *const page_sources[] = { "import", "bounce", "manual",
	NULL };

const char *
web_arg(const struct web_req *r, const char *name)
{
	const char *v = g_hash_table_lookup(r->args, name);

	return v != NULL && v[0] != '\0' ? v : NULL;
}

void
web_reply_html(struct web_req *r, int status, struct web_html *h)
{
	r->status = status;
	r->type = "text/html; charset=utf-8";
	g_free(r->body);
	r->body = web_html_steal(h, &r->len);
}

void
web_reply_json(struct web_req *r, int status, GString *j)
{
	r->status = status;
	r->type = "application/json";
	g_free(r->body);
	r->len = j->len;
	r->body = g_string_free(j, FALSE);
}

void
web_reply_error(struct web_req *r, int status, const char *msg)
{
	struct web_html *h;

	if (g_str_has_prefix(r->path, "/api")) {
		GString *j = g_string_new("{\"error\":");

		json_str(j, msg);
		g_string_append(j, "}\n");
		web_reply_json(r, status, j);
		return;
	}
	h = web_html_new();
	web_page_begin(h, &r->view, "Error", "");
	web_put(h, "<p class=\"bad\">%t</p>", msg);
	web_page_end(h);
	web_reply_html(r, status, h);
}

void
web_redirect(struct web_req *r, const char *path, const char *address)
{
	char *a = address ? web_escape(address, WEB_CTX_URL) : NULL;

	r->status = 303;
	r->location = a ? g_strconcat(path, "?a=", a, NULL) : g_strdup(path);
	g_free(a);
}

static int
page_in(const char *v, const char *const *list)
{
	size_t i;

	for (i = 0; list[i] != NULL; i++)
		if (strcmp(v, list[i]) == 0)
			return 1;
	return 0;
}

static long long
page_date(const char *s)
{
	int y, m, d;
	char tail;
	GDateTime *dt;
	long long t;

	if (s == NULL || sscanf(s, "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3 ||
	    (dt = g_date_time_new_utc(y, m, d, 0, 0, 0)) == NULL)
		return 0;
	t = g_date_time_to_unix(dt);
	g_date_time_unref(dt);
	return t;
}

int
web_page_filter(const struct web_req *r, struct store_page *p)
{
	const char *v;

	memset(p, 0, sizeof(*p));
	p->q = web_arg(r, "q");
	p->domain = web_arg(r, "domain");
	p->status = web_arg(r, "status");
	p->source = web_arg(r, "source");
	if ((p->status != NULL && !page_in(p->status, page_statuses)) ||
	    (p->source != NULL && !page_in(p->source, page_sources)))
		return -1;
	p->since = page_date(web_arg(r, "since"));
	p->until = page_date(web_arg(r, "until"));
	if (p->until != 0)
		p->until += 86400;
	v = web_arg(r, "sort");
	p->sort = v != NULL && strcmp(v, "changed") == 0 ?
	    STORE_SORT_CHANGED : STORE_SORT_ADDRESS;
	p->after_address = web_arg(r, "after");
	if ((v = web_arg(r, "after_since")) != NULL)
		p->after_since = g_ascii_strtoll(v, NULL, 10);
	p->limit = PAGE_SIZE;
	return 0;
}

static void
page_frame(struct web_req *r, struct web_html *h, const char *title,
    const char *nav)
{
	web_page_begin(h, &r->view, title, nav);
	if (r->read_only)
		web_put(h, "<p class=\"muted\">read-only: actions are off</p>");
}

static void
page_store_error(struct web_req *r, struct web_html *h, struct err *err)
{
	web_html_free(h);
	web_reply_error(r, 500, err->msg);
}

void
web_page_overview(struct web_req *r)
{
	struct web_html *h = web_html_new();
	struct err err;

	page_frame(r, h, "Overview", "/");
	if (web_overview(h, r->st, &r->view, &err) < 0) {
		page_store_error(r, h, &err);
		return;
	}
	web_page_end(h);
	web_reply_html(r, 200, h);
}

void
web_page_attention(struct web_req *r)
{
	struct web_html *h = web_html_new();
	struct err err;

	page_frame(r, h, "Needs attention", "/attention");
	if (web_attention(h, r->st, &r->view, &err) < 0) {
		page_store_error(r, h, &err);
		return;
	}
	web_page_end(h);
	web_reply_html(r, 200, h);
}

void
web_page_notice(struct web_req *r)
{
	const char *key = web_arg(r, "key");
	struct web_html *h;
	struct err err;

	if (key == NULL || key[0] == '\0') {
		web_reply_error(r, 400, "no notice named (key=)");
		return;
	}
	h = web_html_new();
	page_frame(r, h, "Notice", "/attention");
	if (web_notice(h, r->st, &r->view, key, &err) < 0) {
		page_store_error(r, h, &err);
		return;
	}
	web_page_end(h);
	web_reply_html(r, 200, h);
}

static void
page_select(struct web_html *h, const char *name, const char *const *list,
    const char *cur)
{
	size_t i;

	web_put(h, "<select name=\"%a\"><option value=\"\">any %t</option>",
	    name, name);
	for (i = 0; list[i] != NULL; i++)
		web_put(h, "<option%t>%t</option>", cur && strcmp(cur,
		    list[i]) == 0 ? " selected" : "", list[i]);
	web_put(h, "</select> ");
}

static void
page_filter_form(struct web_html *h, const struct web_req *r,
    const struct store_page *p)
{
	web_put(h, "<form method=\"get\" action=\"/contacts\" id=\"filter\">"
	    "<input name=\"q\" placeholder=\"address, name or company\" "
	    "value=\"%a\"> ", p->q);
	page_select(h, "status", page_statuses, p->status);
	page_select(h, "source", page_sources, p->source);
	web_put(h, "<input name=\"domain\" placeholder=\"domain\" "
	    "value=\"%a\"> changed from <input type=\"date\" name=\"since\" "
	    "value=\"%a\"> to <input type=\"date\" name=\"until\" "
	    "value=\"%a\"> <select name=\"sort\"><option value=\"address\">"
	    "by address</option><option value=\"changed\"%t>newest change "
	    "first</option></select> <button type=\"submit\">show</button>"
	    "</form>", p->domain, web_arg(r, "since"), web_arg(r, "until"),
	    p->sort == STORE_SORT_CHANGED ? " selected" : "");
}

/* The filter as a query string (no cursor), for links. */
static void
page_query(struct web_html *h, const struct web_req *r)
{
	static const char *const keys[] = { "q", "status", "source", "domain",
		"since", "until", "sort", NULL };
	size_t i;

	for (i = 0; keys[i] != NULL; i++)
		if (web_arg(r, keys[i]) != NULL)
			web_put(h, "&amp;%u=%u", keys[i], web_arg(r, keys[i]));
}

struct list_ctx {
	struct web_html		*h;
	const struct web_view	*v;
	int			 n;
	char			*last;
	long long		 last_since;
};

static int
list_row(void *ctx, const struct store_contact *c)
{
	struct list_ctx *x = ctx;

	x->n++;
	g_free(x->last);
	x->last = g_strdup(c->address);
	x->last_since = c->since;
	web_put(x->h, "<tr><td>");
	web_contact_link(x->h, x->v, c->address);
	web_put(x->h, "</td><td>%t</td><td>%t</td><td>%t</td><td>%T</td>"
	    "<td class=\"n\">%d</td><td>%T</td></tr>", c->status,
	    c->reason ? c->reason : "", c->source, c->since, c->bounces,
	    c->last_bounce);
	return 0;
}

static void
page_next(struct web_html *h, const struct web_req *r,
    const struct list_ctx *x, const struct store_page *p)
{
	web_put(h, "<p><a href=\"/contacts?x=1");
	page_query(h, r);
	web_put(h, "\">first page</a>");
	if (x->n == p->limit) {
		web_put(h, " · <a id=\"next\" href=\"/contacts?after=%u&amp;"
		    "after_since=%D", x->last, x->last_since);
		page_query(h, r);
		web_put(h, "\">next page</a>");
	}
	web_put(h, " · this list as <a id=\"csv\" href=\"/download.csv?x=1");
	page_query(h, r);
	web_put(h, "\">CSV</a> or <a id=\"xlsx\" href=\"/download.xlsx?x=1");
	page_query(h, r);
	web_put(h, "\">XLSX</a></p>");
}

void
web_page_contacts(struct web_req *r)
{
	struct web_html *h = web_html_new();
	struct list_ctx x = { h, &r->view, 0, NULL, 0 };
	struct store_page p;
	struct err err;

	if (web_page_filter(r, &p) < 0) {
		web_html_free(h);
		web_reply_error(r, 400, "unknown status or source");
		return;
	}
	page_frame(r, h, "Contacts", "/contacts");
	page_filter_form(h, r, &p);
	web_put(h, "<table id=\"contacts\"><tr><th>address</th><th>status</th>"
	    "<th>reason</th><th>source</th><th>changed</th><th>bounces</th>"
	    "<th>last bounce</th></tr>");
	if (store_page_each(r->st, &p, list_row, &x, &err) < 0) {
		g_free(x.last);
		page_store_error(r, h, &err);
		return;
	}
	web_put(h, "</table>");
	if (x.n == 0)
		web_put(h, "<p class=\"muted\">no contact matches</p>");
	page_next(h, r, &x, &p);
	g_free(x.last);
	web_page_end(h);
	web_reply_html(r, 200, h);
}
