/*
 * cmd_ingest: `bounce-harvester ingest PATH...`: reads bounces like
 * `parse` and applies them to the contact database, one transaction per
 * batch.  Reading twice changes nothing.  What we sent (--sent mail,
 * --sent-log CSV) is read first, so that the bounces are checked
 * against it.
 */
#include <stdio.h>

#include <glib.h>

#include "cli.h"
#include "cli_proof.h"
#include "cli_store.h"
#include "ingest_job.h"
#include "ingest_sent.h"
#include "log.h"
#include "mbox.h"

struct ingest_opts {
	struct cli_db	*db;
	char		**rules;
	char		**sent, **sent_log;
	int		 batch;
	int		 quiet;
	int		 accept_unverified;
};

static int
ingest_sent_mail(struct ingest_opts *o, struct ingest_sent_stats *ss,
    struct err *err)
{
	struct source src;
	int rc;

	if (mbox_source_open(&src, o->sent, g_strv_length(o->sent), 0,
	    err) < 0)
		return -1;
	rc = ingest_sent_run(&src, o->db->st, o->batch, ss, err);
	src.ops->close(src.ctx);
	return rc;
}

/*
 * --sent and --sent-log, before any bounce.  A log that cannot be read
 * stops the run (exit 5, nothing of it kept); skipped messages or rows
 * make it partial.
 */
static int
ingest_sent_inputs(struct ingest_opts *o, int *partial)
{
	enum ingest_sent_status rc = INGEST_SENT_OK;
	struct ingest_sent_stats ss = { 0 };
	struct err err;
	char **p;

	if (o->sent != NULL && ingest_sent_mail(o, &ss, &err) < 0)
		rc = INGEST_SENT_STORE;
	for (p = o->sent_log; rc == 0 && p != NULL && *p != NULL; p++)
		rc = ingest_sent_log(*p, o->db->st, &ss, &err);
	if (rc != INGEST_SENT_OK) {
		log_error("ingest: %s", err.msg);
		return rc == INGEST_SENT_INPUT ? EXIT_RUNTIME : EXIT_STORE;
	}
	if (!o->quiet)
		fprintf(stderr, "ingest: sent: %ld messages, %ld recipients, "
		    "%ld new, %ld skipped\n", ss.messages, ss.recipients,
		    ss.added, ss.skipped);
	*partial = ss.skipped > 0;
	return EXIT_OK;
}

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
	long unproven = store_unproven(o->db->st);
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
	cli_proof_say(o->db->st, &o->db->cfg.accounts, "ingest", NULL,
	    store_unproven(o->db->st) - unproven);
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
		{ "sent", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &o.sent,
		    "mail we sent (file, maildir, mbox): headers only",
		    "PATH" },
		{ "sent-log", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &o.sent_log,
		    "a mailing tool's sent log (CSV: address, date, "
		    "Message-ID)", "FILE" },
		{ "accept-unverified", 0, 0, G_OPTION_ARG_NONE,
		    &o.accept_unverified, "notices that answer no mail we "
		    "sent change statuses too", NULL },
		{ NULL, 0, 0, 0, NULL, NULL, NULL },
	};
	int rc, partial = 0;

	if (cli_parse_options(env, entries, &argc, &argv) < 0)
		return EXIT_USAGE;
	if ((argc < 2 && o.sent == NULL && o.sent_log == NULL) ||
	    o.batch < 1) {
		log_error("ingest: no PATH given (see 'bounce-harvester ingest "
		    "--help')");
		return EXIT_USAGE;
	}
	if ((rc = cli_env_open(env)) == EXIT_OK && o.accept_unverified) {
		o.db->cfg.policy.accept_unverified = 1;
		store_policy_set(o.db->st, &o.db->cfg.policy);
	}
	if (rc == EXIT_OK && (o.sent != NULL || o.sent_log != NULL))
		rc = ingest_sent_inputs(&o, &partial);
	if (rc == EXIT_OK && argc > 1)
		rc = ingest_main(&o, argv + 1, (size_t)argc - 1);
	if (rc == EXIT_OK && partial)
		rc = EXIT_PARTIAL;
	g_strfreev(o.rules);
	g_strfreev(o.sent);
	g_strfreev(o.sent_log);
	return rc;
}
