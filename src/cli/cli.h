/*
 * cli: the subcommands.  One file per command; each parses its own
 * arguments, calls the library modules and maps results to exit codes.
 * Only this layer prints results or exits.
 */
#ifndef BH_CLI_CLI_H
#define BH_CLI_CLI_H

#include "dsn.h"

/* Exit codes, documented in README.md. */
enum cli_exit {
	EXIT_OK = 0,		/* everything done */
	EXIT_PARTIAL = 1,	/* done, but some inputs/accounts failed */
	EXIT_USAGE = 2,		/* bad command line */
	EXIT_CONFIG = 3,	/* bad configuration or rules file */
	EXIT_STORE = 4,		/* database error (nothing half-written) */
	EXIT_RUNTIME = 5,	/* other failure: I/O, network, lock */
	EXIT_UNCHECKED = 6,	/* doctor: could not check, nothing done */
};

struct cli_cmd {
	const char	*name;
	const char	*args;		/* usage after the command name */
	const char	*summary;
	int		(*run)(int argc, char **argv);
};

/* Every command, in the order `help` lists them. */
extern const struct cli_cmd cli_commands[];

/*
 * Loads the built-in rules plus the files given (NULL-terminated, may be
 * NULL), printing errors.  Returns NULL on error.
 */
struct dsn_rules *cli_rules_load(char **files);

/* Parses options with GOptionContext; prints errors. 0 or -1. */
struct _GOptionEntry;
int	cli_parse_options(const char *cmd, const char *args,
	    const struct _GOptionEntry *entries, int *argc, char ***argv);

int	cmd_parse(int argc, char **argv);
int	cmd_ingest(int argc, char **argv);
int	cmd_import(int argc, char **argv);
int	cmd_export(int argc, char **argv);
int	cmd_status(int argc, char **argv);
int	cmd_list(int argc, char **argv);
int	cmd_report(int argc, char **argv);
int	cmd_mark(int argc, char **argv);
int	cmd_forget(int argc, char **argv);
int	cmd_doctor(int argc, char **argv);
int	cmd_harvest(int argc, char **argv);
int	cmd_serve(int argc, char **argv);
struct store;
/* report --html FILE: the self-contained page.  An exit code. */
int	cli_report_html(struct store *st, const char *path);
/*
 * The sender section of `report`: what the recorded sender-side bounces
 * say (sending IPs, blocklists), without DNS.  Appends to out, a JSON
 * member (",\"sender\":{...}") when json.  0 or -1 with err set.
 */
struct store;
struct _GString;
int	cli_doctor_section(struct store *st, long long since, int json,
	    struct _GString *out, struct err *err);

#endif
