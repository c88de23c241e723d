/*
 * cli: helpers shared by the commands: option parsing and rules loading.
 */
#include <glib.h>

#include "cli.h"
#include "cli_store.h"
#include "log.h"

int
cli_parse_options(struct cli_env *env, const struct _GOptionEntry *entries,
    int *argc, char ***argv)
{
	const char *cmd = env->cmd->name;
	GOptionEntry db[] = { CLI_DB_OPTIONS(&env->db),
	    { NULL, 0, 0, 0, NULL, NULL, NULL } };
	GOptionContext *ctx;
	GError *gerr = NULL;
	char *param;
	int rc = 0;

	param = g_strdup_printf("%s %s", cmd, env->cmd->args);
	ctx = g_option_context_new(param);
	g_option_context_set_summary(ctx, env->cmd->summary);
	g_option_context_add_main_entries(ctx, entries, NULL);
	if (env->cmd->needs & CLI_NEEDS_CONFIG)
		g_option_context_add_main_entries(ctx, db, NULL);
	if (!g_option_context_parse(ctx, argc, argv, &gerr)) {
		log_error("%s: %s (see 'bounce-harvester %s --help')", cmd,
		    gerr->message, cmd);
		g_error_free(gerr);
		rc = -1;
	}
	g_option_context_free(ctx);
	g_free(param);
	return rc;
}

struct dsn_rules *
cli_rules_load(char **files)
{
	struct dsn_rules *rules;
	struct err err;

	rules = dsn_rules_load((const char *const *)files, &err);
	if (rules == NULL)
		log_error("%s", err.msg);
	return rules;
}
