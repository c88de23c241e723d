/*
 * cli_store: what the commands share: the --db and --config options,
 * reading the configuration and opening the database as the command
 * table says (cli_env_open()), once.
 */
#ifndef BH_CLI_STORE_H
#define BH_CLI_STORE_H

#include "config.h"
#include "store.h"

struct cli_db {
	char		*db_opt;	/* --db FILE, or NULL */
	char		*config_opt;	/* --config FILE, or NULL */
	struct config	 cfg;
	struct store	*st;
	char		*path;		/* the database in use */
	enum store_mode	 mode;		/* STORE_CREATE unless set before */
};

/* The harvest's lock file: the database's path and this. */
#define CLI_HARVEST_LOCK	".harvest.lock"

/* What a command runs with: its row of the table, and what it opened. */
struct cli_env {
	const struct cli_cmd	*cmd;
	struct cli_db		 db;
};

/*
 * Opens what env->cmd needs (the configuration, the database), once, when
 * the command has checked its arguments; printing errors.  EXIT_OK,
 * EXIT_CONFIG or EXIT_STORE.  main() closes it all (cli_db_close()).
 */
int	cli_env_open(struct cli_env *env);
/*
 * The same in a mode the command's options decide (mark --create,
 * doctor --no-mark) rather than the table's.
 */
int	cli_env_open_as(struct cli_env *env, enum store_mode mode);
/* Only the configuration, for a command run that needs no database. */
int	cli_env_config(struct cli_env *env);

/* The two option entries (cli_parse_options() adds them). */
#define CLI_DB_OPTIONS(db) \
	{ "db", 0, 0, G_OPTION_ARG_FILENAME, &(db)->db_opt, \
	    "the contact database (default: see README)", "FILE" }, \
	{ "config", 0, 0, G_OPTION_ARG_FILENAME, &(db)->config_opt, \
	    "the configuration file", "FILE" }

/* Closes the database and releases the configuration and options. */
void	cli_db_close(struct cli_db *db);
/*
 * 1 if path names the database in use or a file beside it that belongs to
 * it (SQLite's -wal, -shm and -journal, the harvest's lock), by name or
 * as the same file.
 */
int	cli_db_owns(const struct cli_db *db, const char *path);
/*
 * Moves --db FILE / --config FILE given before the command name after it,
 * so `bounce-harvester --db x.db list` works like `list --db x.db`.
 * argv is rearranged in place.
 */
void	cli_global_options(int argc, char **argv);
/* Parses YYYY-MM-DD (UTC) into seconds; -1 if malformed. */
long long cli_date_parse(const char *s);
/* Formats seconds as YYYY-MM-DDTHH:MM:SSZ into buf (at least 32 bytes). */
const char *cli_date_format(long long t, char *buf, size_t len);

#endif
