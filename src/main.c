/*
 * bounce-harvester: finds the command in the table, sets up what every
 * command shares, and returns its exit code.
 */
#include <stdio.h>
#include <string.h>

#include <glib.h>

#include "cli.h"
#include "cli_store.h"
#include "dsn.h"
#include "log.h"

static int cmd_help(struct cli_env *env, int argc, char **argv);

#define READ	(CLI_NEEDS_CONFIG | CLI_NEEDS_DB)
#define WRITE	(READ | CLI_NEEDS_DB_WRITE)
#define CHANGE	(WRITE | CLI_NEEDS_DB_EXISTING)

const struct cli_cmd cli_commands[] = {
	{ "parse", "PATH...", "read bounces and print what each one says",
	    CLI_NEEDS_NOTHING, cmd_parse },
	{ "ingest", "[--sent PATH] [--sent-log FILE] PATH...", "apply "
	    "bounces to the contact database",
	    WRITE, cmd_ingest },
	{ "harvest", "", "read new bounces from the IMAP accounts into the "
	    "database", WRITE, cmd_harvest },
	{ "import", "FILE.csv", "import a contact list (CSV, UTF-8 or "
	    "UTF-16)", WRITE, cmd_import },
	{ "export", "", "write the cleaned contact list (CSV or XLSX)", READ,
	    cmd_export },
	{ "status", "ADDRESS...", "show a contact's status and bounce "
	    "history", READ, cmd_status },
	{ "list", "", "list contacts", READ, cmd_list },
	{ "report", "", "counts, sender alerts and frequent diagnostics",
	    READ, cmd_report },
	{ "mark", "ADDRESS... STATUS --note TEXT [--create] | --clear "
	    "ADDRESS... | --accept ADDRESS... | --accept-bounce [--message "
	    "ID] ADDRESS...", "set a contact's status by hand, take a mark "
	    "back, accept a suggested address or an unverified bounce",
	    CHANGE, cmd_mark },
	{ "forget", "ADDRESS...", "erase every trace of an address (a "
	    "person's erasure request)", CHANGE, cmd_forget },
	{ "doctor", "[PATH...]", "check SPF, DKIM, DMARC, PTR and "
	    "blocklists; --recipients: MX", READ | CLI_NEEDS_DB_IF_EXISTS,
	    cmd_doctor },
	{ "serve", "", "review contacts in a browser", CHANGE, cmd_serve },
	{ "help", "", "list the commands", CLI_NEEDS_NOTHING, cmd_help },
	{ NULL, NULL, NULL, 0, NULL },
};

#undef READ
#undef WRITE
#undef CHANGE

static void
usage(FILE *fp)
{
	const struct cli_cmd *c;

	fprintf(fp, "usage: bounce-harvester COMMAND [OPTION...]\n\n");
	for (c = cli_commands; c->name != NULL; c++) {
		if (c->run == cmd_help)
			fprintf(fp, "  %s\n", c->name);
		else
			fprintf(fp, "  %-8s [OPTION...]%s%s\n", c->name,
			    c->args[0] != '\0' ? " " : "", c->args);
		fprintf(fp, "           %s\n", c->summary);
	}
	fprintf(fp, "\n'bounce-harvester COMMAND --help' shows a command's "
	    "options.\n");
}

static int
cmd_help(struct cli_env *env, int argc, char **argv)
{
	usage(stdout);
	return EXIT_OK;
}

int
main(int argc, char **argv)
{
	const struct cli_cmd *c;
	struct cli_env env = { 0 };
	int rc;

	log_init("bounce-harvester", LOG_LVL_WARN, 0);
	/* --help's usage line: "bounce-harvester [OPTION...] harvest". */
	g_set_prgname("bounce-harvester");
	cli_global_options(argc, argv);
	if (argc < 2) {
		usage(stderr);
		return EXIT_USAGE;
	}
	if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0) {
		usage(stdout);
		return EXIT_OK;
	}
	if (strcmp(argv[1], "--version") == 0) {
		printf("bounce-harvester %s\n", BH_VERSION);
		return EXIT_OK;
	}
	for (c = cli_commands; c->name != NULL; c++)
		if (strcmp(c->name, argv[1]) == 0)
			break;
	if (c->name == NULL) {
		log_error("unknown command '%s'", argv[1]);
		usage(stderr);
		return EXIT_USAGE;
	}
	env.cmd = c;
	dsn_init();
	rc = c->run(&env, argc - 1, argv + 1);
	cli_db_close(&env.db);
	dsn_shutdown();
	return rc;
}
