/*
 * cmd_list: `bounce-harvester list`: contacts filtered by status, domain
 * and the date of their last status change, as an aligned table with a
 * header (name and company where the imported list has them, addresses
 * in Unicode) or as JSON lines.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include <glib.h>

#include "cli.h"
#include "cli_people.h"
#include "cli_store.h"
#include "json.h"
#include "log.h"
#include "store_addr.h"
#include "text.h"

enum list_col { LC_ADDR, LC_STATUS, LC_REASON, LC_SINCE, LC_NAME,
	LC_COMPANY, LC_N };

static const char *const list_head[LC_N] = { "ADDRESS", "STATUS", "REASON",
	"SINCE", "NAME", "COMPANY" };

struct list_ctx {
	int		 json;
	char		**want;		/* statuses, or NULL for any */
	struct cli_people *people;
	GPtrArray	*rows;		/* text: char *[LC_N] each */
	GString		*out;
	long		 n;
};

static int
list_wanted(const struct list_ctx *x, const char *status)
{
	size_t i;

	if (x->want == NULL)
		return 1;
	for (i = 0; x->want[i] != NULL; i++)
		if (strcmp(x->want[i], status) == 0)
			return 1;
	return 0;
}

static int
list_json(struct list_ctx *x, const struct store_contact *c,
    const char *uni, const char *name, const char *company)
{
	char d1[32], d2[32];
	int first = 1;

	g_string_truncate(x->out, 0);
	g_string_append_c(x->out, '{');
	json_kv_str(x->out, &first, "address", c->address);
	if (strcmp(uni, c->address) != 0)
		json_kv_str(x->out, &first, "address_unicode", uni);
	json_kv_str(x->out, &first, "status", c->status);
	json_kv_str(x->out, &first, "reason", c->reason);
	json_kv_str(x->out, &first, "since", cli_date_format(c->since, d1,
	    sizeof(d1)));
	json_kv_str(x->out, &first, "retry_after", cli_date_format(
	    c->retry_after, d2, sizeof(d2)));
	json_kv_int(x->out, &first, "bounces", c->bounces);
	json_kv_str(x->out, &first, "suggestion", c->suggestion);
	json_kv_str(x->out, &first, "name", name);
	json_kv_str(x->out, &first, "company", company);
	json_kv_str(x->out, &first, "source", c->source);
	g_string_append(x->out, "}\n");
	return fputs(x->out->str, stdout) < 0 ? -1 : 0;
}

static int
list_row(void *ctx, const struct store_contact *c)
{
	struct list_ctx *x = ctx;
	char *name, *company, *uni, **r, d[32];
	int rc = 0;

	if (!list_wanted(x, c->status))
		return 0;
	cli_people_get(x->people, c, &name, &company);
	uni = cli_addr_unicode(c->address);
	x->n++;
	if (x->json)
		rc = list_json(x, c, uni, name, company);
	else {
		/* Cells escaped (text.h): no value forges a row or a colour. */
		r = g_new0(char *, LC_N + 1);
		r[LC_ADDR] = text_escaped(uni);
		r[LC_STATUS] = text_escaped(c->status);
		r[LC_REASON] = text_escaped(c->reason != NULL ? c->reason : "-");
		r[LC_SINCE] = g_strndup(cli_date_format(c->since, d,
		    sizeof(d)) != NULL ? d : "-", 10);
		r[LC_NAME] = text_escaped(name != NULL ? name : "-");
		r[LC_COMPANY] = text_escaped(company != NULL ? company : "-");
		g_ptr_array_add(x->rows, r);
	}
	g_free(name);
	g_free(company);
	g_free(uni);
	return rc;
}

/* Terminal cells s takes: wide (CJK) characters two, marks none. */
static size_t
list_width(const char *s)
{
	size_t w = 0;

	for (; *s != '\0'; s = g_utf8_next_char(s)) {
		gunichar u = g_utf8_get_char(s);

		w += g_unichar_iszerowidth(u) ? 0 : g_unichar_iswide(u) ? 2 :
		    1;
	}
	return w;
}

static void
list_cell(GString *out, const char *s, size_t width, int last)
{
	size_t w;

	g_string_append(out, s);
	if (last)
		return;
	for (w = list_width(s); w < width + 2; w++)
		g_string_append_c(out, ' ');
}

static int
list_print(struct list_ctx *x)
{
	size_t width[LC_N] = { 0 }, c;
	guint i;

	for (c = 0; c < LC_N; c++)
		width[c] = list_width(list_head[c]);
	for (i = 0; i < x->rows->len; i++)
		for (c = 0; c < LC_N; c++)
			width[c] = MAX(width[c], list_width(((char **)
			    x->rows->pdata[i])[c]));
	g_string_truncate(x->out, 0);
	for (c = 0; c < LC_N; c++)
		list_cell(x->out, list_head[c], width[c], c == LC_N - 1);
	g_string_append_c(x->out, '\n');
	for (i = 0; i < x->rows->len; i++) {
		for (c = 0; c < LC_N; c++)
			list_cell(x->out, ((char **)x->rows->pdata[i])[c],
			    width[c], c == LC_N - 1);
		g_string_append_c(x->out, '\n');
		if (x->out->len > 65536) {
			if (fputs(x->out->str, stdout) < 0)
				return -1;
			g_string_truncate(x->out, 0);
		}
	}
	return fputs(x->out->str, stdout) < 0 ? -1 : 0;
}

static int
list_main(struct cli_db *db, struct store_filter *f, char **want, int json)
{
	struct list_ctx x = { json, want, NULL, NULL, g_string_new(NULL), 0 };
	struct err err;
	char *dom = NULL, *key;
	int rc = -1;

	x.rows = g_ptr_array_new_with_free_func((GDestroyNotify)g_strfreev);
	if (f->domain != NULL) {
		key = g_strconcat("x@", f->domain, NULL);
		dom = store_addr_key(key);
		g_free(key);
		f->domain = dom != NULL ? store_addr_domain(dom) : f->domain;
	}
	if ((x.people = cli_people_new(db->st, &err)) != NULL)
		rc = store_contact_each(db->st, f, list_row, &x, &err);
	if (rc == 0 && !json && x.n > 0 && list_print(&x) < 0)
		log_error("list: cannot write: %s", g_strerror(errno));
	cli_people_free(x.people);
	g_ptr_array_free(x.rows, TRUE);
	g_string_free(x.out, TRUE);
	g_free(dom);
	if (rc < 0) {
		log_error("%s", err.msg);
		return EXIT_STORE;
	}
	return EXIT_OK;
}

/* --status LIST: comma-separated statuses; NULL if one is unknown. */
static char **
list_statuses(const char *list, int *bad)
{
	char **v = g_strsplit(list, ",", -1);
	size_t i;

	*bad = 0;
	for (i = 0; v[i] != NULL; i++) {
		g_strstrip(v[i]);
		if (!store_status_valid(v[i])) {
			log_error("list: unknown status '%s'", v[i]);
			*bad = 1;
		}
	}
	return v;
}

int
cmd_list(struct cli_env *env, int argc, char **argv)
{
	struct store_filter f = { 0 };
	char *status = NULL, *domain = NULL, *since = NULL, **want = NULL;
	int json = 0, bad = 0, rc;
	GOptionEntry entries[] = {
		{ "status", 0, 0, G_OPTION_ARG_STRING, &status,
		    "only contacts with these statuses (comma-separated)",
		    "LIST" },
		{ "domain", 0, 0, G_OPTION_ARG_STRING, &domain,
		    "only addresses at this domain", "D" },
		{ "since", 0, 0, G_OPTION_ARG_STRING, &since,
		    "only status changes on or after DATE (YYYY-MM-DD)",
		    "DATE" },
		{ "json", 0, 0, G_OPTION_ARG_NONE, &json,
		    "one JSON object per line", NULL },
		{ NULL, 0, 0, 0, NULL, NULL, NULL },
	};

	if (cli_parse_options(env, entries, &argc, &argv) < 0)
		return EXIT_USAGE;
	f.domain = domain;
	rc = EXIT_OK;
	if (status != NULL)
		want = list_statuses(status, &bad);
	if (since != NULL && (f.since = cli_date_parse(since)) < 0) {
		log_error("list: bad date '%s' (want YYYY-MM-DD)", since);
		rc = EXIT_USAGE;
	} else if (bad)
		rc = EXIT_USAGE;
	else if ((rc = cli_env_open(env)) == EXIT_OK) {
		/* One status is filtered by the query itself. */
		if (want != NULL && want[0] != NULL && want[1] == NULL)
			f.status = want[0];
		rc = list_main(&env->db, &f, want, json);
	}
	g_strfreev(want);
	g_free(status);
	g_free(domain);
	g_free(since);
	return rc;
}
