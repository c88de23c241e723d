/*
 * cli: helpers shared by the commands: option parsing and rules loading.
 */
#include <stdlib.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include <glib.h>

#include "cli.h"
#include "cli_store.h"
#include "log.h"

/*
 * GOption converts string values from the locale's character set, which
 * is ASCII under the C locale (and before setlocale()): "Adresse
 * bestätigt" or a column named 邮箱 failed as "Invalid byte sequence".
 * Every string is taken as bytes instead (the filename kinds) and must
 * be valid UTF-8, whatever the locale.
 */
static GOptionEntry *
cli_entries_bytes(const GOptionEntry *entries)
{
	GOptionEntry *copy;
	size_t n;

	for (n = 0; entries[n].long_name != NULL; n++)
		;
	copy = g_memdup2(entries, (n + 1) * sizeof *entries);
	for (n = 0; copy[n].long_name != NULL; n++) {
		if (copy[n].arg == G_OPTION_ARG_STRING)
			copy[n].arg = G_OPTION_ARG_FILENAME;
		else if (copy[n].arg == G_OPTION_ARG_STRING_ARRAY)
			copy[n].arg = G_OPTION_ARG_FILENAME_ARRAY;
	}
	return copy;
}

static int
cli_value_utf8(const char *cmd, const char *opt, const char *v)
{
	if (v == NULL || g_utf8_validate(v, -1, NULL))
		return 0;
	log_error("%s: --%s: the value is not valid UTF-8", cmd, opt);
	return -1;
}

/* 0 if every string value given is UTF-8, else -1 (printed). */
static int
cli_values_utf8(const char *cmd, const GOptionEntry *e)
{
	char **v;

	for (; e->long_name != NULL; e++) {
		if (e->arg == G_OPTION_ARG_STRING &&
		    cli_value_utf8(cmd, e->long_name,
		    *(char **)e->arg_data) < 0)
			return -1;
		if (e->arg != G_OPTION_ARG_STRING_ARRAY)
			continue;
		for (v = *(char ***)e->arg_data; v != NULL && *v != NULL; v++)
			if (cli_value_utf8(cmd, e->long_name, *v) < 0)
				return -1;
	}
	return 0;
}

/*
 * Frees the values parsed for every string entry: a command that stops
 * at a refused option returns without reading them.
 */
static void
cli_values_free(const GOptionEntry *e)
{
	for (; e->long_name != NULL; e++)
		switch (e->arg) {
		case G_OPTION_ARG_STRING:
		case G_OPTION_ARG_FILENAME:
			g_clear_pointer((char **)e->arg_data, g_free);
			break;
		case G_OPTION_ARG_STRING_ARRAY:
		case G_OPTION_ARG_FILENAME_ARRAY:
			g_clear_pointer((char ***)e->arg_data, g_strfreev);
			break;
		default:
			break;
		}
}

int
cli_parse_options(struct cli_env *env, const struct _GOptionEntry *entries,
    int *argc, char ***argv)
{
	const char *cmd = env->cmd->name;
	GOptionEntry db[] = { CLI_DB_OPTIONS(&env->db),
	    { NULL, 0, 0, 0, NULL, NULL, NULL } };
	GOptionContext *ctx;
	GOptionEntry *bytes;
	GError *gerr = NULL;
	char *param;
	int rc = 0;

	param = g_strdup_printf("%s %s", cmd, env->cmd->args);
	ctx = g_option_context_new(param);
	g_option_context_set_summary(ctx, env->cmd->summary);
	bytes = cli_entries_bytes(entries);
	g_option_context_add_main_entries(ctx, bytes, NULL);
	if (env->cmd->needs & CLI_NEEDS_CONFIG)
		g_option_context_add_main_entries(ctx, db, NULL);
	if (!g_option_context_parse(ctx, argc, argv, &gerr)) {
		log_error("%s: %s (see 'bounce-harvester %s --help')", cmd,
		    gerr->message, cmd);
		g_error_free(gerr);
		rc = -1;
	} else
		rc = cli_values_utf8(cmd, entries);
	if (rc < 0)
		cli_values_free(entries);
	g_option_context_free(ctx);
	g_free(bytes);
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
#ifdef __GLIBC__
	/*
	 * Compiling the rules leaves the heap with free pages between the
	 * live ones (the trie the automaton is made from, the arrays that
	 * grew by doubling): give them back, or they stay in the process's
	 * size beside a large message.
	 */
	malloc_trim(0);
#endif
	return rules;
}
