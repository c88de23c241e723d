/*
 * web_doctor: the overview's "Latest doctor check" block (serve and
 * report --html) and its JSON twin, GET /api/doctor: when doctor last
 * checked the sender's setup and the recipient domains, what failed with
 * what to do about it first, what could not be checked, and how many
 * checks passed.  A check never run or too old says so, with the command
 * to run.  Reads the runs `doctor` recorded (store_doctor.h); asks no
 * DNS.  Findings carry zone names and texts that bounces named: every
 * value is escaped by the page writer's directives or the JSON writer.
 */
#include <glib.h>

#include "json.h"
#include "store_doctor.h"
#include "web_req.h"

/* A check older than this is stale: the page says to run it again. */
#define DOCTOR_STALE_SECS	(2 * 86400LL)
/* Findings shown of each verdict; the rest are counted. */
#define DOCTOR_ROWS		25

struct doctor_kind {
	const char	*kind, *title, *command;
	int		 required;	/* "never run" is a warning */
};

static const struct doctor_kind doctor_kinds[] = {
	{ "sender", "Sender checkup (SPF, DKIM, DMARC, reverse DNS, "
	    "blocklists)", "bounce-harvester doctor", 1 },
	{ "recipients", "Recipient domains (MX)",
	    "bounce-harvester doctor --recipients", 0 },
};

static const char *const doctor_outcome_words[] = {
	[STORE_DOCTOR_FINE] = "checked, no problem",
	[STORE_DOCTOR_PROBLEMS] = "checked, problems found",
	[STORE_DOCTOR_COULD_NOT] = "could not check",
};

/* The findings of one verdict, as table rows. */
struct doctor_rows {
	struct web_html	*h;
	long		 shown;
};

struct doctor_view {
	struct web_html		*h;
	const struct web_view	*v;
	const struct doctor_kind *k;
	struct doctor_rows	 fails, unknown;
	long			 nfails, nunknown, npassed;
	enum store_doctor_outcome outcome;
};

static void
doctor_run_head(struct doctor_view *x, const struct store_doctor_run *r)
{
	long long age = x->v->now - r->started;

	web_put(x->h, "<p>Ran %T UTC, took ", r->started);
	if (r->took_ms < 1000)
		web_put(x->h, "%D ms", r->took_ms);
	else
		web_put(x->h, "%D.%D s", r->took_ms / 1000,
		    r->took_ms % 1000 / 100);
	web_put(x->h, ": <b class=\"%a\">%t</b></p>", r->outcome ==
	    STORE_DOCTOR_FINE ? "ok" : "bad",
	    doctor_outcome_words[r->outcome]);
	if (age > DOCTOR_STALE_SECS)
		web_put(x->h, "<p class=\"bad doctor-stale\">This check is %D "
		    "days old: what it says may no longer be true.  Run "
		    "<code>%t</code> to check again.</p>", age / 86400,
		    x->k->command);
	if (r->outcome == STORE_DOCTOR_COULD_NOT)
		web_put(x->h, "<p class=\"bad\">It could not check: %t.  "
		    "Nothing it did not answer is known to be fine; run "
		    "<code>%t</code> again once DNS works.</p>",
		    r->note != NULL ? r->note : "DNS did not answer",
		    x->k->command);
}

static int
doctor_run_row(void *ctx, const struct store_doctor_run *r)
{
	struct doctor_view *x = ctx;

	doctor_run_head(x, r);
	x->nfails = r->failed;
	x->nunknown = r->unchecked;
	x->npassed = r->passed;
	x->outcome = r->outcome;
	return 0;
}

static int
doctor_finding_row(void *ctx, const struct store_doctor_finding *f)
{
	struct doctor_view *x = ctx;
	struct doctor_rows *to;
	int fail = f->verdict == STORE_DOCTOR_FAIL;

	if (f->verdict == STORE_DOCTOR_OK)
		return 0;
	to = fail ? &x->fails : &x->unknown;
	if (to->shown++ >= DOCTOR_ROWS)
		return 0;
	web_put(to->h, "<tr><td>%t</td><td class=\"%a\">%t</td><td>%t</td>"
	    "<td>%t</td><td>%t</td></tr>", f->advice != NULL ? f->advice :
	    "-", fail ? "bad" : "muted", fail ? "failed" : "could not tell",
	    f->check, f->subject, f->summary);
	return 0;
}

/* The table of what failed, then what could not be told, then passes. */
static void
doctor_findings_table(struct doctor_view *x)
{
	long rows = MIN(x->fails.shown, DOCTOR_ROWS) +
	    MIN(x->unknown.shown, DOCTOR_ROWS);
	long more = x->nfails + x->nunknown - rows;

	if (rows > 0) {
		web_put(x->h, "<table class=\"doctor-findings\"><tr><th>what "
		    "to do</th><th>result</th><th>check</th><th>subject</th>"
		    "<th>what was found</th></tr>");
		web_html_take(x->h, x->fails.h);
		web_html_take(x->h, x->unknown.h);
		web_put(x->h, "</table>");
	}
	if (more > 0)
		web_put(x->h, "<p class=\"muted\">%D more not shown (%t "
		    "--json lists them)</p>", (long long)more, x->k->command);
	/* A run that asked nothing passed nothing: no "0 checks passed". */
	if (x->npassed > 0 || x->outcome != STORE_DOCTOR_COULD_NOT)
		web_put(x->h, "<p class=\"ok doctor-passed\">%D check%t "
		    "passed.</p>", (long long)x->npassed, x->npassed == 1 ?
		    "" : "s");
}

static void
doctor_never(struct doctor_view *x)
{
	if (x->k->required)
		web_put(x->h, "<p class=\"bad doctor-never\">Never checked: "
		    "nothing is known about your SPF, DKIM, DMARC, reverse "
		    "DNS and blocklist listings.  Run <code>%t</code>.</p>",
		    x->k->command);
	else
		web_put(x->h, "<p class=\"muted\">Never checked; "
		    "<code>%t</code> checks that the contacts' domains can "
		    "receive mail.</p>", x->k->command);
}

static int
doctor_kind_block(struct web_html *h, struct store *st,
    const struct web_view *v, const struct doctor_kind *k, struct err *err)
{
	struct doctor_view x = { h, v, k, { web_html_new(), 0 },
	    { web_html_new(), 0 }, 0, 0, 0, STORE_DOCTOR_FINE };
	int rc;

	web_put(h, "<h3>%t</h3>", k->title);
	rc = store_doctor_latest(st, k->kind, doctor_run_row,
	    doctor_finding_row, &x, err);
	if (rc == 0)
		doctor_never(&x);
	else if (rc > 0)
		doctor_findings_table(&x);
	web_html_free(x.fails.h);
	web_html_free(x.unknown.h);
	return rc < 0 ? -1 : 0;
}

int
web_doctor_block(struct web_html *h, struct store *st,
    const struct web_view *v, struct err *err)
{
	size_t i;

	web_put(h, "<section id=\"doctor\"><h2>Latest doctor check</h2>");
	for (i = 0; i < G_N_ELEMENTS(doctor_kinds); i++)
		if (doctor_kind_block(h, st, v, &doctor_kinds[i], err) < 0)
			return -1;
	web_put(h, "</section>");
	return 0;
}

/* ---- GET /api/doctor ---------------------------------------------------- */

struct doctor_json {
	GString		*j;
	long long	 now;
	int		 nfindings;
};

static int
doctor_json_run(void *ctx, const struct store_doctor_run *r)
{
	struct doctor_json *x = ctx;
	int f = 1;

	g_string_append_c(x->j, '{');
	json_kv_int(x->j, &f, "started", r->started);
	json_kv_int(x->j, &f, "took_ms", r->took_ms);
	json_kv_str(x->j, &f, "outcome", store_doctor_outcome_name(
	    r->outcome));
	json_kv_str(x->j, &f, "note", r->note);
	json_kv_bool(x->j, &f, "stale", x->now - r->started >
	    DOCTOR_STALE_SECS);
	json_kv_int(x->j, &f, "passed", r->passed);
	json_kv_int(x->j, &f, "failed", r->failed);
	json_kv_int(x->j, &f, "unchecked", r->unchecked);
	g_string_append(x->j, ",\"findings\":[");
	x->nfindings = 0;
	return 0;
}

static int
doctor_json_finding(void *ctx, const struct store_doctor_finding *fd)
{
	struct doctor_json *x = ctx;
	int f = 1;

	g_string_append(x->j, x->nfindings++ > 0 ? ",{" : "{");
	json_kv_str(x->j, &f, "check", fd->check);
	json_kv_str(x->j, &f, "subject", fd->subject);
	json_kv_str(x->j, &f, "verdict", store_doctor_verdict_name(
	    fd->verdict));
	json_kv_str(x->j, &f, "level", fd->level);
	json_kv_str(x->j, &f, "summary", fd->summary);
	json_kv_str(x->j, &f, "advice", fd->advice);
	g_string_append_c(x->j, '}');
	return 0;
}

void
web_api_doctor(struct web_req *r)
{
	struct doctor_json x = { g_string_new("{"), r->view.now, 0 };
	struct err err;
	size_t i;
	int rc;

	for (i = 0; i < G_N_ELEMENTS(doctor_kinds); i++) {
		g_string_append_printf(x.j, "%s\"%s\":", i > 0 ? "," : "",
		    doctor_kinds[i].kind);
		rc = store_doctor_latest(r->st, doctor_kinds[i].kind,
		    doctor_json_run, doctor_json_finding, &x, &err);
		if (rc < 0) {
			g_string_free(x.j, TRUE);
			web_reply_error(r, 500, err.msg);
			return;
		}
		g_string_append(x.j, rc > 0 ? "]}" : "null");
	}
	g_string_append_printf(x.j, ",\"stale_after_s\":%lld}\n",
	    DOCTOR_STALE_SECS);
	web_reply_json(r, 200, x.j);
}
