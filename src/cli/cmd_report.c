/*
 * cmd_report: `bounce-harvester report`: bounce counts by category,
 * recipient domain and day, sender alerts with their advice, the most
 * frequent remote diagnostics, contacts by status, and the recipient
 * domains found dead (doctor --recipients), evidence of their own kind.
 * On stderr, for the notices that count for nothing because no mail we
 * sent is known, what to do about it.
 */
#include <stdio.h>
#include <string.h>

#include <glib.h>

#include "cli.h"
#include "cli_proof.h"
#include "cli_store.h"
#include "json.h"
#include "log.h"
#include "store_alert.h"
#include "text.h"

struct report_section {
	enum store_count_by by;
	const char	*key;		/* JSON key */
	const char	*title;		/* text heading */
	int		 limit;
};

static const struct report_section report_sections[] = {
	{ STORE_BY_STATUS, "contacts_by_status", "contacts by status", 0 },
	{ STORE_BY_CATEGORY, "by_category", "bounces by category", 0 },
	{ STORE_BY_DOMAIN, "by_domain", "failures by recipient domain", 20 },
	{ STORE_BY_DAY, "by_day", "failures by day", 0 },
	{ STORE_BY_ALERT, "sender_alerts", "sender alerts", 0 },
	{ STORE_BY_DIAGNOSTIC, "top_diagnostics", "most frequent diagnostics",
	    10 },
	{ STORE_BY_EVIDENCE, "by_evidence", "failures by evidence that they "
	    "answer our mail (unverified: recorded, change no status)", 0 },
	{ STORE_BY_UNVERIFIED, "unverified", "unverified failures, not "
	    "counted (mark ADDRESS --accept-bounce to count them)", 50 },
	{ STORE_BY_HELD, "held", "failures held, by notice (mark ADDRESS "
	    "--accept-bounce --message ID counts them)", 20 },
	{ STORE_BY_SKIPPED, "skipped_messages",
	    "messages skipped (not applied; table skipped_messages)", 0 },
};

struct report_ctx {
	int	 json;
	int	 first;
	GString	*out;
	enum store_count_by by;
	long	 rows;		/* of the current section */
};

static int
report_row_json(struct report_ctx *x, const char *label, const char *extra,
    long long n)
{
	int first = 1;

	if (!x->first)
		g_string_append_c(x->out, ',');
	x->first = 0;
	g_string_append_c(x->out, '{');
	json_kv_str(x->out, &first, x->by == STORE_BY_ALERT ||
	    x->by == STORE_BY_SKIPPED ? "kind" : "label", label);
	if (x->by == STORE_BY_SKIPPED)
		json_kv_str(x->out, &first, "source", extra);
	if (x->by == STORE_BY_EVIDENCE || x->by == STORE_BY_UNVERIFIED ||
	    x->by == STORE_BY_HELD)
		json_kv_str(x->out, &first, "state", extra);
	if (x->by == STORE_BY_ALERT) {
		json_kv_str(x->out, &first, "blocklist", extra);
		json_kv_str(x->out, &first, "advice",
		    store_alert_advice(label));
	}
	json_kv_int(x->out, &first, "count", n);
	g_string_append_c(x->out, '}');
	return 0;
}

static int
report_row(void *ctx, const char *label, const char *extra, long long n)
{
	struct report_ctx *x = ctx;
	const char *advice;

	x->rows++;
	if (label == NULL)
		label = "(none)";
	if (x->json)
		return report_row_json(x, label, extra, n);
	text_printf(x->out, "  %8lld  %.160s", n, label);
	if (extra != NULL)
		text_printf(x->out, " (%s)", extra);
	g_string_append_c(x->out, '\n');
	if (x->by == STORE_BY_ALERT &&
	    (advice = store_alert_advice(label)) != NULL)
		text_printf(x->out, "            %s\n", advice);
	return 0;
}

static int
report_domain(void *ctx, const struct store_domain_row *r)
{
	struct report_ctx *x = ctx;
	char d1[32], d2[32];
	int first = 1;

	x->rows++;
	if (!x->json) {
		g_string_append_printf(x->out, "  %8lld  %s: %s, seen since "
		    "%s, %s%s\n", r->contacts, r->domain, r->state,
		    cli_date_format(r->first_seen, d1, sizeof(d1)),
		    r->confirmed != 0 ? "confirmed " : "not confirmed yet (no "
		    "effect)", r->confirmed != 0 ? cli_date_format(r->confirmed,
		    d2, sizeof(d2)) : "");
		return 0;
	}
	g_string_append(x->out, x->rows > 1 ? ",{" : "{");
	json_kv_str(x->out, &first, "domain", r->domain);
	json_kv_str(x->out, &first, "state", r->state);
	json_kv_str(x->out, &first, "detail", r->detail);
	json_kv_str(x->out, &first, "first_seen", cli_date_format(
	    r->first_seen, d1, sizeof(d1)));
	json_kv_str(x->out, &first, "confirmed", cli_date_format(
	    r->confirmed, d2, sizeof(d2)));
	json_kv_int(x->out, &first, "contacts", r->contacts);
	g_string_append_c(x->out, '}');
	return 0;
}

/* The dead-domain evidence, apart from the bounces: not a bounce count. */
static int
report_domains(struct store *st, struct report_ctx *x, struct err *err)
{
	int rc;

	x->rows = 0;
	g_string_append(x->out, x->json ? ",\"dead_domains\":[" :
	    "\nrecipient domains found dead (doctor --recipients; contacts "
	    "invalid, reason hostunknown, once confirmed):\n");
	rc = store_domain_each(st, report_domain, x, err);
	if (x->json)
		g_string_append_c(x->out, ']');
	else if (x->rows == 0)
		g_string_append(x->out, "  none\n");
	return rc;
}

static int
report_main(struct cli_db *db, long long since, int json)
{
	struct report_ctx x = { json, 1, g_string_new(NULL), 0, 0 };
	const struct report_section *s;
	struct err err;
	size_t i;
	int rc = 0;

	if (json)
		g_string_append_c(x.out, '{');
	for (i = 0; i < G_N_ELEMENTS(report_sections) && rc == 0; i++) {
		s = &report_sections[i];
		x.by = s->by;
		x.first = 1;
		if (json)
			g_string_append_printf(x.out, "%s\"%s\":[",
			    i > 0 ? "," : "", s->key);
		else
			text_printf(x.out, i > 0 ? "\n%s:\n" : "%s:\n",
			    s->title);
		x.rows = 0;
		rc = store_count_each(db->st, s->by, since, s->limit,
		    report_row, &x, &err);
		if (json)
			g_string_append_c(x.out, ']');
		else if (x.rows == 0)
			g_string_append(x.out, "  none\n");
	}
	if (rc == 0)
		rc = report_domains(db->st, &x, &err);
	if (rc == 0)
		rc = cli_doctor_section(db->st, since, json, x.out, &err);
	if (json)
		g_string_append(x.out, "}\n");
	if (rc == 0)
		fputs(x.out->str, stdout);
	g_string_free(x.out, TRUE);
	if (rc < 0) {
		log_error("%s", err.msg);
		return EXIT_STORE;
	}
	return EXIT_OK;
}

static int
report_proof_row(void *ctx, const char *account, const char *extra,
    long long n)
{
	struct cli_db *db = ctx;

	cli_proof_say(db->st, &db->cfg.accounts, "report", account, (long)n);
	return 0;
}

/* Per account (and for files): unproven notices, and no proof known. */
static void
report_proof(struct cli_db *db, long long since)
{
	struct err err;

	if (store_count_each(db->st, STORE_BY_UNPROVEN, since, 0,
	    report_proof_row, db, &err) < 0)
		log_error("report: %s", err.msg);
}

int
cmd_report(struct cli_env *env, int argc, char **argv)
{
	char *since = NULL, *html = NULL;
	long long t = 0;
	int json = 0, rc;
	GOptionEntry entries[] = {
		{ "since", 0, 0, G_OPTION_ARG_STRING, &since,
		    "only bounces dated on or after DATE (YYYY-MM-DD)",
		    "DATE" },
		{ "json", 0, 0, G_OPTION_ARG_NONE, &json,
		    "one JSON object", NULL },
		{ "html", 0, 0, G_OPTION_ARG_FILENAME, &html,
		    "write the overview and the attention list as one "
		    "self-contained HTML file", "FILE" },
		{ NULL, 0, 0, 0, NULL, NULL, NULL },
	};

	if (cli_parse_options(env, entries, &argc, &argv) < 0)
		return EXIT_USAGE;
	if (since != NULL && (t = cli_date_parse(since)) < 0) {
		log_error("report: bad date '%s' (want YYYY-MM-DD)", since);
		rc = EXIT_USAGE;
	} else if ((rc = cli_env_open(env)) == EXIT_OK)
		rc = html != NULL ? cli_report_html(env->db.st, html) :
		    report_main(&env->db, t, json);
	if (rc == EXIT_OK)
		report_proof(&env->db, t);
	g_free(since);
	g_free(html);
	return rc;
}
