/*
 * cmd_parse: `bounce-harvester parse`, prints what each message says about
 * each recipient, as a table or as JSON lines.  Reads and prints only.
 */
#include <errno.h>
#include <stdio.h>

#include <glib.h>

#include "cli.h"
#include "ingest.h"
#include "json.h"
#include "log.h"
#include "mbox.h"
#include "text.h"

struct parse_out {
	int	 json;
	int	 explain;
	GString	*line;
};

/* Appends the JSON object for one recipient of one message. */
static void
parse_json_rcpt(GString *o, const struct source_msg *m,
    const struct dsn_report *rep, const struct dsn_recipient *r)
{
	int first = 1;

	g_string_append_c(o, '{');
	json_kv_str(o, &first, "file", m->path);
	json_kv_int(o, &first, "message", m->index);
	json_kv_str(o, &first, "kind", dsn_kind_name(rep->kind));
	json_kv_str(o, &first, "recipient", r->addr);
	json_kv_str(o, &first, "category", dsn_category_name(r->category));
	json_kv_str(o, &first, "reason", r->reason);
	json_kv_str(o, &first, "status", r->status);
	json_kv_str(o, &first, "code", r->code);
	json_kv_str(o, &first, "action", r->action);
	json_kv_bool(o, &first, "hard", r->hard);
	json_kv_str(o, &first, "diagnostic", r->diagnostic);
	json_kv_str(o, &first, "remote_mta", r->remote_mta);
	json_kv_str(o, &first, "command", r->command);
	json_kv_str(o, &first, "reporting_mta", rep->reporting_mta);
	json_kv_str(o, &first, "date", rep->date);
	json_kv_str(o, &first, "original_message_id",
	    rep->original_message_id);
	json_kv_str(o, &first, "original_subject", rep->original_subject);
	json_kv_str(o, &first, "replacement", r->replacement);
	json_kv_str(o, &first, "feedback_type", r->feedback_type);
	json_kv_str(o, &first, "rule", r->rule);
	g_string_append(o, "}\n");
}

static void
parse_text_rcpt(GString *o, const struct source_msg *m,
    const struct dsn_recipient *r)
{
	text_printf(o, "%s", m->path);
	if (m->index > 0)
		text_printf(o, "#%ld", m->index);
	text_printf(o, "\n  %-40s %-11s %-16s %-7s %s\n",
	    r->addr, dsn_category_name(r->category),
	    r->reason ? r->reason : "-", r->status ? r->status : "-",
	    r->code ? r->code : "-");
	if (r->diagnostic != NULL)
		text_printf(o, "  %.300s\n", r->diagnostic);
	if (r->replacement != NULL)
		text_printf(o, "  new address: %s\n",
		    r->replacement);
}

static int
parse_report(void *ctx, const struct source_msg *m,
    const struct dsn_report *rep, struct err *err)
{
	struct parse_out *out = ctx;
	size_t i;

	g_string_truncate(out->line, 0);
	if (out->explain) {
		text_printf(out->line, "# %s#%ld: %s\n", m->path,
		    m->index, dsn_kind_name(rep->kind));
		for (i = 0; i < rep->nexplain; i++)
			text_printf(out->line, "#   %s\n",
			    rep->explain[i]);
	}
	for (i = 0; i < rep->nrcpt; i++) {
		if (out->json)
			parse_json_rcpt(out->line, m, rep, &rep->rcpt[i]);
		else
			parse_text_rcpt(out->line, m, &rep->rcpt[i]);
	}
	if (fwrite(out->line->str, 1, out->line->len, stdout) !=
	    out->line->len)
		return err_set(err, "cannot write output: %s",
		    g_strerror(errno));
	return 0;
}

static int
parse_unreadable(void *ctx, const struct source_msg *m, const char *why,
    struct err *err)
{
	if (m->index > 0)
		log_error("'%s' message %ld: unreadable: %s", m->path,
		    m->index, why);
	else
		log_error("'%s': unreadable: %s", m->path, why);
	return 0;
}

int
cmd_parse(struct cli_env *env, int argc, char **argv)
{
	struct parse_out out = { 0 };
	char **rules_files = NULL;
	GOptionEntry entries[] = {
		{ "json", 0, 0, G_OPTION_ARG_NONE, &out.json,
		    "one JSON object per line", NULL },
		{ "explain", 0, 0, G_OPTION_ARG_NONE, &out.explain,
		    "show which parts were read and which rule decided", NULL },
		{ "rules", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &rules_files,
		    "extra rules file (tried before the built-in rules)",
		    "FILE" },
		{ NULL, 0, 0, 0, NULL, NULL, NULL },
	};
	struct ingest_sink sink = { parse_report, parse_unreadable, NULL,
	    &out };
	struct ingest_stats st;
	struct dsn_rules *rules;
	struct source src;
	struct err err;
	int rc;

	if (cli_parse_options(env, entries, &argc, &argv) < 0)
		return EXIT_USAGE;
	if (argc < 2) {
		log_error("parse: no PATH given (use - for standard input)");
		return EXIT_USAGE;
	}
	if ((rules = cli_rules_load(rules_files)) == NULL) {
		g_strfreev(rules_files);
		return EXIT_CONFIG;
	}
	out.line = g_string_sized_new(4096);
	mbox_source_open(&src, argv + 1, (size_t)argc - 1, 0, &err);
	mbox_source_no_keys(&src);	/* nothing is stored */
	rc = ingest_run(&src, rules, out.explain, &sink, 0, &st, &err);
	src.ops->close(src.ctx);
	fflush(stdout);
	if (rc < 0)
		log_error("%s", err.msg);
	g_string_free(out.line, TRUE);
	dsn_rules_free(rules);
	g_strfreev(rules_files);
	if (rc < 0)
		return EXIT_RUNTIME;
	return st.unreadable > 0 ? EXIT_PARTIAL : EXIT_OK;
}
