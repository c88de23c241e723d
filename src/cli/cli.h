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
	EXIT_RUNTIME = 5,	/* other failure: I/O, network */
	EXIT_UNCHECKED = 6,	/* doctor: could not check, nothing done */
	EXIT_TEMPFAIL = 75,	/* another run holds the lock: try later */
};

/* What a command needs opened before its work (cli_env_open()). */
enum cli_needs {
	CLI_NEEDS_NOTHING = 0,
	CLI_NEEDS_CONFIG = 1,		/* the configuration file */
	CLI_NEEDS_DB = 2,		/* ... and the database */
	CLI_NEEDS_DB_WRITE = 4,		/* ... to change it (else read) */
	CLI_NEEDS_DB_IF_EXISTS = 8,	/* ... only when there is one */
	CLI_NEEDS_DB_EXISTING = 16,	/* ... never created ("no database") */
};

struct cli_env;

/*
 * One row per command: its usage (the arguments after the options; the
 * options are listed by its --help) and what it needs.  The only place
 * either is written.
 */
struct cli_cmd {
	const char	*name;
	const char	*args;		/* positional arguments, or "" */
	const char	*summary;
	unsigned	 needs;		/* enum cli_needs, or'ed */
	int		(*run)(struct cli_env *env, int argc, char **argv);
};

/* Every command, in the order `help` lists them. */
extern const struct cli_cmd cli_commands[];

/*
 * Loads the built-in rules plus the files given (NULL-terminated, may be
 * NULL), printing errors.  Returns NULL on error.
 */
struct dsn_rules *cli_rules_load(char **files);

/*
 * Parses a command's options with GOptionContext, its usage from the
 * table, with --db and --config added when the command reads the
 * configuration; prints errors.  0 or -1.
 */
struct _GOptionEntry;
int	cli_parse_options(struct cli_env *env,
	    const struct _GOptionEntry *entries, int *argc, char ***argv);

int	cmd_parse(struct cli_env *env, int argc, char **argv);
int	cmd_ingest(struct cli_env *env, int argc, char **argv);
int	cmd_import(struct cli_env *env, int argc, char **argv);
int	cmd_export(struct cli_env *env, int argc, char **argv);
int	cmd_status(struct cli_env *env, int argc, char **argv);
int	cmd_list(struct cli_env *env, int argc, char **argv);
int	cmd_report(struct cli_env *env, int argc, char **argv);
int	cmd_mark(struct cli_env *env, int argc, char **argv);
int	cmd_forget(struct cli_env *env, int argc, char **argv);
int	cmd_doctor(struct cli_env *env, int argc, char **argv);
int	cmd_harvest(struct cli_env *env, int argc, char **argv);
int	cmd_serve(struct cli_env *env, int argc, char **argv);
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
