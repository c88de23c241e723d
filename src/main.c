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

static int cmd_help(int argc, char **argv);

const struct cli_cmd cli_commands[] = {
	{ "parse", "[--json] [--explain] [--rules FILE] PATH...",
	    "read bounces and print what each one says", cmd_parse },
	{ "ingest", "[--db FILE] [--config FILE] PATH...",
	    "apply bounces to the contact database", cmd_ingest },
	{ "harvest", "[--account NAME] [--dry-run] [--quiet] [--verbose] "
	    "[--syslog]",
	    "read new bounces from the IMAP accounts into the database",
	    cmd_harvest },
	{ "import", "[--email-column NAME] [--encoding E] [--delimiter SEP] "
	    "FILE.csv", "import a contact list (CSV, UTF-8 or UTF-16)",
	    cmd_import },
	{ "export", "[-o FILE[.xlsx]] [--status LIST] [--bom] "
	    "[--delimiter SEP]", "write the cleaned contact list (CSV or "
	    "XLSX)", cmd_export },
	{ "status", "[--json] ADDRESS...",
	    "show a contact's status and bounce history", cmd_status },
	{ "list", "[--status LIST] [--domain D] [--since DATE] [--json]",
	    "list contacts", cmd_list },
	{ "report", "[--since DATE] [--json]",
	    "counts, sender alerts and frequent diagnostics", cmd_report },
	{ "mark", "ADDRESS... STATUS --note TEXT [--create] | --clear "
	    "ADDRESS... | --accept ADDRESS...", "set a contact's status by "
	    "hand, take a mark back, accept a suggested address", cmd_mark },
	{ "forget", "ADDRESS...", "erase every trace of an address (a "
	    "person's erasure request)", cmd_forget },
	{ "doctor", "[--domain D] [--ip A.B.C.D] [--selector S] [--json] "
	    "[PATH...]", "check SPF, DKIM, DMARC, PTR and blocklists; "
	    "--recipients: MX", cmd_doctor },
	{ "serve", "[--listen ADDR:PORT] [--read-only]",
	    "review contacts in a browser", cmd_serve },
	{ "help", "", "list the commands", cmd_help },
	{ NULL, NULL, NULL, NULL },
};

static void
usage(FILE *fp)
{
	const struct cli_cmd *c;

	fprintf(fp, "usage: bounce-harvester COMMAND [OPTION...]\n\n");
	for (c = cli_commands; c->name != NULL; c++)
		fprintf(fp, "  %-8s %s\n           %s\n", c->name, c->args,
		    c->summary);
	fprintf(fp, "\n'bounce-harvester COMMAND --help' shows a command's "
	    "options.\n");
}

static int
cmd_help(int argc, char **argv)
{
	usage(stdout);
	return EXIT_OK;
}

int
main(int argc, char **argv)
{
	const struct cli_cmd *c;
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
	dsn_init();
	rc = c->run(argc - 1, argv + 1);
	dsn_shutdown();
	return rc;
}
