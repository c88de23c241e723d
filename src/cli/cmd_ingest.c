/*
 * cmd_ingest: `bounce-harvester ingest PATH...`: reads bounces like
 * `parse` and applies them to the contact database, one transaction per
 * batch.  Reading twice changes nothing.
 */
#include <stdio.h>

#include <glib.h>

#include "cli.h"
#include "cli_store.h"
#include "ingest_job.h"
#include "log.h"
#include "mbox.h"

struct ingest_opts {
	struct cli_db	*db;
	char		**rules;
	int		 batch;
	int		 quiet;
};

static int
ingest_main(struct ingest_opts *o, char **paths, size_t n)
{
	struct ingest_job_opts jo = { .command = "ingest",
	    .batch = o->batch };
	struct ingest_counts c = { 0 };
	struct ingest_job job;
	struct dsn_rules *rules;
	struct source src;
	struct err err;
	char *source;
	int rc;

	if ((rules = cli_rules_load(o->rules != NULL ? o->rules :
	    o->db->cfg.rules_files)) == NULL)
		return EXIT_CONFIG;
	source = g_strjoinv(" ", paths);
	jo.source = source;
	rc = ingest_job_begin(&job, o->db->st, rules, &jo, &err);
	g_free(source);
	if (rc == 0 && (rc = mbox_source_open(&src, paths, n, 0, &err)) == 0)
		rc = ingest_job_files(&job, &src, &c, &err);
	if (rc < 0)
		log_error("%s", err.msg);
	if (ingest_job_end(&job, rc == 0, &err) < 0 && rc == 0) {
		log_error("%s", err.msg);
		rc = -1;
	}
	dsn_rules_free(rules);
	if (rc < 0)
		fprintf(stderr, "ingest: stopped; %ld new bounces were saved, "
		    "the batch in progress was rolled back\n", c.new_bounces);
	else if (!o->quiet)
		fprintf(stderr, "ingest: %ld messages, %ld recipients, %ld "
		    "new, %ld unreadable\n", c.messages, c.recipients,
		    c.new_bounces, c.unreadable);
	if (rc < 0)
		return EXIT_STORE;
	return c.unreadable > 0 ? EXIT_PARTIAL : EXIT_OK;
}

int
cmd_ingest(struct cli_env *env, int argc, char **argv)
{
	struct ingest_opts o = { .db = &env->db, .batch = 500 };
	GOptionEntry entries[] = {
		{ "rules", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &o.rules,
		    "extra rules file (instead of [rules] files)", "FILE" },
		{ "batch", 0, 0, G_OPTION_ARG_INT, &o.batch,
		    "messages per transaction (default 500)", "N" },
		{ "quiet", 'q', 0, G_OPTION_ARG_NONE, &o.quiet,
		    "no summary line", NULL },
		{ NULL, 0, 0, 0, NULL, NULL, NULL },
	};
	int rc;

	if (cli_parse_options(env, entries, &argc, &argv) < 0)
		return EXIT_USAGE;
	if (argc < 2 || o.batch < 1) {
		log_error("ingest: no PATH given (see 'bounce-harvester ingest "
		    "--help')");
		return EXIT_USAGE;
	}
	if ((rc = cli_env_open(env)) == EXIT_OK)
		rc = ingest_main(&o, argv + 1, (size_t)argc - 1);
	g_strfreev(o.rules);
	return rc;
}
