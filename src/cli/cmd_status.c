/*
 * cmd_status: `bounce-harvester status ADDRESS...`: a contact's status,
 * reason, dates and bounce history with the advice for each bounce, as
 * text or one JSON object per address.
 */
#include <stdio.h>
#include <string.h>

#include <glib.h>

#include "cli.h"
#include "cli_people.h"
#include "cli_store.h"
#include "json.h"
#include "log.h"
#include "store_alert.h"
#include "text.h"

struct status_ctx {
	int		 json;
	int		 found;
	int		 nbounces;
	GString		*out;
	GString		*notices;	/* auto-replies, delivery reports */
	int		 nnotices;
	char		*replacement;	/* the latest a reply named */
	char		 replacement_on[32];
	struct cli_people *people;
};

/* Auto-replies and delivery reports: no failure, listed apart. */
static int
status_is_notice(const struct store_bounce *b)
{
	return strcmp(b->category, "autoreply") == 0 ||
	    strcmp(b->category, "delivered") == 0;
}

static const char *
status_advice(const struct store_bounce_row *r)
{
	if (r->alert_advice != NULL)
		return r->alert_advice;
	return store_alert_category_advice(r->b.category);
}

static void
status_json_date(GString *o, int *first, const char *key, long long t)
{
	char buf[32];

	json_kv_str(o, first, key, cli_date_format(t, buf, sizeof(buf)));
}

/* Domain evidence: its own kind, neither a bounce nor a manual mark. */
static void
status_domain_text(GString *o, const struct store_contact *c)
{
	char d1[32], d2[32];

	if (c->domain_state == NULL)
		return;
	g_string_append_printf(o, "  domain evidence (doctor --recipients): "
	    "%s (%s) seen since %s, ", c->domain_state, c->domain_detail ?
	    c->domain_detail : "-", cli_date_format(c->domain_first, d1,
	    sizeof(d1)));
	if (c->domain_confirmed != 0)
		g_string_append_printf(o, "confirmed %s\n", cli_date_format(
		    c->domain_confirmed, d2, sizeof(d2)));
	else
		g_string_append(o, "not confirmed yet (no effect)\n");
}

static void
status_domain_json(GString *o, int *first, const struct store_contact *c)
{
	int f2 = 1;

	json_key(o, first, "domain_evidence");
	if (c->domain_state == NULL) {
		g_string_append(o, "null");
		return;
	}
	g_string_append_c(o, '{');
	json_kv_str(o, &f2, "state", c->domain_state);
	json_kv_str(o, &f2, "detail", c->domain_detail);
	status_json_date(o, &f2, "first_seen", c->domain_first);
	status_json_date(o, &f2, "confirmed", c->domain_confirmed);
	g_string_append_c(o, '}');
}

static int
status_contact(void *ctx, const struct store_contact *c)
{
	struct status_ctx *x = ctx;
	GString *o = x->out;
	char d1[32], d2[32];
	int first = 1;

	x->found = 1;
	if (!x->json) {
		char *uni = cli_addr_unicode(c->address), *name, *company;

		text_printf(o, "%s: %s", uni, c->status);
		if (c->reason != NULL)
			text_printf(o, " (%s)", c->reason);
		text_printf(o, " since %s\n", cli_date_format(
		    c->since, d1, sizeof(d1)));
		if (strcmp(uni, c->address) != 0)
			text_printf(o, "  stored as: %s\n",
			    c->address);
		g_free(uni);
		cli_people_get(x->people, c, &name, &company);
		if (name != NULL || company != NULL)
			text_printf(o, "  who: %s%s%s\n",
			    name != NULL ? name : "", name != NULL &&
			    company != NULL ? ", " : "", company != NULL ?
			    company : "");
		g_free(name);
		g_free(company);
		if (c->retry_after != 0)
			text_printf(o, "  retry after: %s\n",
			    cli_date_format(c->retry_after, d2, sizeof(d2)));
		if (c->review != NULL)
			text_printf(o, "  review: %s\n", c->review);
		if (c->suggestion != NULL)
			text_printf(o, "  did you mean: %s (to take "
			    "it: mark --accept %s)\n", c->suggestion,
			    c->address);
		status_domain_text(o, c);
		return 0;
	}
	json_kv_str(o, &first, "address", c->address);
	{
		char *uni = cli_addr_unicode(c->address);

		if (strcmp(uni, c->address) != 0)
			json_kv_str(o, &first, "address_unicode", uni);
		g_free(uni);
	}
	json_kv_str(o, &first, "status", c->status);
	json_kv_str(o, &first, "reason", c->reason);
	status_json_date(o, &first, "since", c->since);
	status_json_date(o, &first, "retry_after", c->retry_after);
	json_kv_str(o, &first, "review", c->review);
	json_kv_str(o, &first, "suggestion", c->suggestion);
	json_kv_str(o, &first, "source", c->source);
	status_domain_json(o, &first, c);
	return 0;
}

/* How far a notice's Date may be from its arrival before status says so. */
#define STATUS_DATE_GAP	3600

/*
 * The notice's own Date (stored as it read, ISO 8601 when it could be
 * read) when it is more than STATUS_DATE_GAP away from the time it
 * counts from, its arrival; 0 otherwise.
 */
static long long
status_claimed(const struct store_bounce *b)
{
	GDateTime *dt;
	long long t;

	if (b->date_text == NULL ||
	    (dt = g_date_time_new_from_iso8601(b->date_text, NULL)) == NULL)
		return 0;
	t = g_date_time_to_unix(dt);
	g_date_time_unref(dt);
	return t > b->date + STATUS_DATE_GAP ||
	    t < b->date - STATUS_DATE_GAP ? t : 0;
}

static void
status_bounce_text(GString *o, const struct store_bounce_row *r)
{
	const struct store_bounce *b = &r->b;
	const char *advice = status_advice(r);
	long long claimed = status_claimed(b);
	char d[32], c[32];

	text_printf(o, "    %s  %-11s %-14s %-7s %s\n",
	    cli_date_format(b->date, d, sizeof(d)), b->category,
	    b->reason ? b->reason : "-", b->status ? b->status : "-",
	    b->file ? b->file : b->account ? b->account : "-");
	if (claimed != 0)
		text_printf(o, "      dated %s, arrived %s\n",
		    cli_date_format(claimed, c, sizeof(c)), d);
	if (b->diagnostic != NULL)
		text_printf(o, "      %.300s\n", b->diagnostic);
	if (advice != NULL)
		text_printf(o, "      advice: %s\n", advice);
	if (r->held != NULL && !r->counts)
		text_printf(o, "      held (%s), %s: changes no status (mark "
		    "--accept-bounce counts it)\n", r->held, r->evidence);
	else if (r->evidence != NULL && !r->counts)
		text_printf(o, "      %s: changes no status (mark --accept-"
		    "bounce counts it)\n", r->evidence);
	else if (r->evidence != NULL)
		text_printf(o, "      evidence: %s%s\n", r->evidence,
		    r->accepted == 1 ? ", accepted by hand" : r->accepted == 2 ?
		    ", counted by accept_unverified" : "");
}

static void
status_bounce_json(GString *o, const struct store_bounce_row *r)
{
	const struct store_bounce *b = &r->b;
	int first = 1;

	g_string_append_c(o, '{');
	status_json_date(o, &first, "date", b->date);
	json_kv_bool(o, &first, "date_known", r->date_known);
	json_kv_bool(o, &first, "date_in_future", r->date_known == 2);
	json_kv_str(o, &first, "dated", b->date_text);
	json_kv_str(o, &first, "category", b->category);
	json_kv_str(o, &first, "reason", b->reason);
	json_kv_str(o, &first, "status", b->status);
	json_kv_str(o, &first, "code", b->code);
	json_kv_str(o, &first, "diagnostic", b->diagnostic);
	json_kv_str(o, &first, "remote_mta", b->remote_mta);
	json_kv_str(o, &first, "original_message_id", b->original_message_id);
	json_kv_str(o, &first, "file", b->file);
	json_kv_str(o, &first, "account", b->account);
	json_kv_str(o, &first, "folder", b->folder);
	json_kv_str(o, &first, "evidence", r->evidence);
	json_kv_bool(o, &first, "counts", r->counts);
	json_kv_str(o, &first, "accepted", r->accepted == 1 ? "by hand" :
	    r->accepted == 2 ? "accept_unverified" : NULL);
	json_kv_str(o, &first, "held", r->held);
	json_kv_str(o, &first, "alert", r->alert_kind);
	json_kv_str(o, &first, "blocklist", r->alert_list);
	json_kv_str(o, &first, "advice", status_advice(r));
	g_string_append_c(o, '}');
}

static int
status_bounce(void *ctx, const struct store_bounce_row *r)
{
	struct status_ctx *x = ctx;

	/* A forged "has left" reply names no replacement. */
	if (r->b.replacement != NULL && r->counts) {
		g_free(x->replacement);
		x->replacement = g_strdup(r->b.replacement);
		cli_date_format(r->b.date, x->replacement_on,
		    sizeof(x->replacement_on));
	}
	if (!x->json && status_is_notice(&r->b)) {
		if (x->nnotices++ == 0)
			g_string_append(x->notices, "  other notices "
			    "(auto-replies, delivery reports; they mark "
			    "nobody):\n");
		status_bounce_text(x->notices, r);
		return 0;
	}
	if (x->json) {
		if (x->nbounces > 0)
			g_string_append_c(x->out, ',');
		status_bounce_json(x->out, r);
	} else {
		if (x->nbounces == 0)
			g_string_append(x->out, "  bounces:\n");
		status_bounce_text(x->out, r);
	}
	x->nbounces++;
	return 0;
}

static int
status_history(void *ctx, const struct store_history_row *h)
{
	struct status_ctx *x = ctx;
	char d[32];

	text_printf(x->out, "    %s  %s -> %s%s%s%s%s\n",
	    cli_date_format(h->at, d, sizeof(d)),
	    h->old_status ? h->old_status : "-", h->new_status,
	    h->reason ? " (" : "", h->reason ? h->reason : "",
	    h->reason ? ")" : "", h->manual == 1 ? " by hand" :
	    h->manual == 2 ? " by hand, since cleared" : "");
	if (h->note != NULL)
		text_printf(x->out, "      note: %s\n", h->note);
	return 0;
}

static int
status_one_json(struct status_ctx *x, struct store *st, const char *addr,
    struct err *err)
{
	int first = 1;

	g_string_append_c(x->out, '{');
	if (store_contact_get(st, addr, status_contact, x, err) < 0)
		return -1;
	if (!x->found) {
		json_kv_str(x->out, &first, "address", addr);
		json_kv_null(x->out, &first, "status");
		json_kv_null(x->out, &first, "reason");
		json_kv_null(x->out, &first, "retry_after");
	}
	g_string_append(x->out, ",\"bounces\":[");
	if (store_bounce_each(st, addr, status_bounce, x, err) < 0)
		return -1;
	g_string_append(x->out, "]");
	first = 0;
	json_kv_str(x->out, &first, "replacement", x->replacement);
	g_string_append(x->out, "}\n");
	return 0;
}

static int
status_one_text(struct status_ctx *x, struct store *st, const char *addr,
    struct err *err)
{
	if (store_contact_get(st, addr, status_contact, x, err) < 0)
		return -1;
	if (!x->found)
		text_printf(x->out, "%s: not in the database\n",
		    addr);
	if (store_bounce_each(st, addr, status_bounce, x, err) < 0)
		return -1;
	g_string_append_len(x->out, x->notices->str, x->notices->len);
	if (x->replacement != NULL)
		text_printf(x->out, "  replacement: %s (named by a "
		    "reply of %.10s; to take it: mark --accept %s)\n",
		    x->replacement, x->replacement_on, addr);
	if (x->found)
		g_string_append(x->out, "  history:\n");
	return store_history_each(st, addr, status_history, x, err);
}

static int
status_main(struct cli_db *db, int json, char **addrs, int n)
{
	struct status_ctx x = { 0 };
	int i, missing = 0, rc = 0;
	struct err err;

	x.json = json;
	x.out = g_string_new(NULL);
	x.notices = g_string_new(NULL);
	if ((x.people = cli_people_new(db->st, &err)) == NULL)
		rc = -1;
	for (i = 0; i < n && rc == 0; i++) {
		x.found = x.nbounces = x.nnotices = 0;
		g_string_truncate(x.out, 0);
		g_string_truncate(x.notices, 0);
		g_clear_pointer(&x.replacement, g_free);
		rc = json ? status_one_json(&x, db->st, addrs[i], &err) :
		    status_one_text(&x, db->st, addrs[i], &err);
		missing += !x.found;
		fputs(x.out->str, stdout);
	}
	g_string_free(x.out, TRUE);
	g_string_free(x.notices, TRUE);
	g_free(x.replacement);
	cli_people_free(x.people);
	if (rc < 0) {
		log_error("%s", err.msg);
		return EXIT_STORE;
	}
	return missing > 0 ? EXIT_PARTIAL : EXIT_OK;
}

int
cmd_status(struct cli_env *env, int argc, char **argv)
{
	int json = 0, rc;
	GOptionEntry entries[] = {
		{ "json", 0, 0, G_OPTION_ARG_NONE, &json,
		    "one JSON object per address", NULL },
		{ NULL, 0, 0, 0, NULL, NULL, NULL },
	};

	if (cli_parse_options(env, entries, &argc, &argv) < 0)
		return EXIT_USAGE;
	if (argc < 2) {
		log_error("status: no ADDRESS given");
		rc = EXIT_USAGE;
	} else if ((rc = cli_env_open(env)) == EXIT_OK)
		rc = status_main(&env->db, json, argv + 1, argc - 1);
	return rc;
}
