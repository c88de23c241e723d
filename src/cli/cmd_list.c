/*
 * cmd_list: `bounce-harvester list`: contacts filtered by status, domain
 * and the date of their last status change, as text or JSON lines.
 */
#include <stdio.h>
#include <string.h>

#include <glib.h>

#include "cli.h"
#include "cli_store.h"
#include "json.h"
#include "log.h"
#include "store_addr.h"

struct list_ctx {
	int	 json;
	GString	*out;
	long	 n;
};

static int
list_row(void *ctx, const struct store_contact *c)
{
	struct list_ctx *x = ctx;
	char d1[32], d2[32];
	int first = 1;

	g_string_truncate(x->out, 0);
	if (x->json) {
		g_string_append_c(x->out, '{');
		json_kv_str(x->out, &first, "address", c->address);
		json_kv_str(x->out, &first, "status", c->status);
		json_kv_str(x->out, &first, "reason", c->reason);
		json_kv_str(x->out, &first, "since", cli_date_format(c->since,
		    d1, sizeof(d1)));
		json_kv_str(x->out, &first, "retry_after", cli_date_format(
		    c->retry_after, d2, sizeof(d2)));
		json_kv_int(x->out, &first, "bounces", c->bounces);
		json_kv_str(x->out, &first, "suggestion", c->suggestion);
		g_string_append(x->out, "}\n");
	} else
		g_string_append_printf(x->out, "%-40s %-11s %-14s %s\n",
		    c->address, c->status, c->reason ? c->reason : "-",
		    cli_date_format(c->since, d1, sizeof(d1)));
	x->n++;
	return fputs(x->out->str, stdout) < 0 ? -1 : 0;
}

static int
list_main(struct cli_db *db, struct store_filter *f, int json)
{
	struct list_ctx x = { json, g_string_new(NULL), 0 };
	struct err err;
	char *dom = NULL, *key;
	int rc;

	if (f->domain != NULL) {
		key = g_strconcat("x@", f->domain, NULL);
		dom = store_addr_key(key);
		g_free(key);
		f->domain = dom != NULL ? store_addr_domain(dom) : f->domain;
	}
	rc = store_contact_each(db->st, f, list_row, &x, &err);
	g_string_free(x.out, TRUE);
	g_free(dom);
	if (rc < 0) {
		log_error("%s", err.msg);
		return EXIT_STORE;
	}
	return EXIT_OK;
}

int
cmd_list(int argc, char **argv)
{
	struct store_filter f = { 0 };
	struct cli_db db = { .mode = STORE_READ };
	char *status = NULL, *domain = NULL, *since = NULL;
	int json = 0, rc;
	GOptionEntry entries[] = {
		CLI_DB_OPTIONS(&db),
		{ "status", 0, 0, G_OPTION_ARG_STRING, &status,
		    "only contacts with this status", "S" },
		{ "domain", 0, 0, G_OPTION_ARG_STRING, &domain,
		    "only addresses at this domain", "D" },
		{ "since", 0, 0, G_OPTION_ARG_STRING, &since,
		    "only status changes on or after DATE (YYYY-MM-DD)",
		    "DATE" },
		{ "json", 0, 0, G_OPTION_ARG_NONE, &json,
		    "one JSON object per line", NULL },
		{ NULL, 0, 0, 0, NULL, NULL, NULL },
	};

	if (cli_parse_options("list", "", entries, &argc, &argv) < 0)
		return EXIT_USAGE;
	f.status = status;
	f.domain = domain;
	rc = EXIT_OK;
	if (since != NULL && (f.since = cli_date_parse(since)) < 0) {
		log_error("list: bad date '%s' (want YYYY-MM-DD)", since);
		rc = EXIT_USAGE;
	} else if (status != NULL && !store_status_valid(status)) {
		log_error("list: unknown status '%s'", status);
		rc = EXIT_USAGE;
	} else if ((rc = cli_db_open(&db)) == EXIT_OK)
		rc = list_main(&db, &f, json);
	cli_db_close(&db);
	g_free(status);
	g_free(domain);
	g_free(since);
	return rc;
}
