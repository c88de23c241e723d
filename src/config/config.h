/*
 * config: the configuration file (INI, read with GLib's GKeyFile), every
 * section of it: [database], [policy], [rules], [doctor], [serve] and the
 * [account NAME] groups (config_account.h).  Each key and its default is
 * defined here once (defaults a library applies itself, such as the IMAP
 * timeouts, are left 0 here and say so); config/bounce-harvester.conf
 * .example documents them all.  Every problem is reported as "file:line:
 * message" before a command does anything.  No network, no database.
 *
 * All memory in a struct config belongs to it until config_release().
 */
#ifndef BH_CONFIG_CONFIG_H
#define BH_CONFIG_CONFIG_H

#include <glib.h>

#include "config_account.h"
#include "err.h"
#include "store_policy.h"

/* [doctor]: NULL or 0 where the file says nothing. */
struct config_doctor {
	char		*domain;
	char		*dns;		/* server[:port] */
	char		**ips;
	char		**selectors;
	char		**dnsbls;
	char		**dbls;
	char		**canaries;
	int		 timeout_ms;
	int		 tries;
	int		 inflight;
	int		 deadline_s;
	int		 confirm_hours;
	int		 max_dead_percent;
};

/* [serve]: NULL where the file says nothing. */
struct config_serve {
	char		*view_token_file;
	char		*edit_token_file;
	int		 requests_per_minute;	/* default 600 */
};

struct config {
	char		*path;		/* NULL when no file was read */
	GKeyFile	*kf;		/* the file as read (empty without) */
	GHashTable	*lines;		/* "group\nkey" and "group" -> line */
	char		*db_path;	/* [database] path, or NULL */
	int		 busy_timeout_ms;	/* [database] busy_timeout */
	int		 cache_mb;	/* [database] cache_mb */
	struct store_policy policy;
	char		**rules_files;	/* [rules] files, or NULL */
	struct config_doctor doctor;
	struct config_serve serve;
	struct config_accounts accounts;
};

/* Fills cfg with the defaults (no file). */
void	config_init(struct config *cfg);
/*
 * Reads path into cfg.  Every problem is reported, one "file:line:
 * message" per line in err, before returning -1.
 */
int	config_load(struct config *cfg, const char *path, struct err *err);
/* The same from text in memory; name stands for the file in messages. */
int	config_load_data(struct config *cfg, const char *name,
	    const char *text, size_t len, struct err *err);
void	config_release(struct config *cfg);

/* The group names in file order (NULL-terminated; g_strfreev). */
char	**config_groups(const struct config *cfg);
/* The line of a group (key NULL) or key, or 0 when unknown. */
int	config_line(const struct config *cfg, const char *group,
	    const char *key);
/*
 * Reads [group] key as an integer from min to max into *out (left alone
 * when the key is absent).  0, or -1 with a file:line error added.
 */
int	config_int_get(struct config *cfg, const char *group, const char *key,
	    int min, int max, int *out, struct err *err);
/* Adds "file:line: message" to err (newline-separated); returns -1. */
int	config_error(const struct config *cfg, struct err *err,
	    const char *group, const char *key, const char *fmt, ...)
	    __attribute__((format(printf, 5, 6)));

/*
 * "; did you mean 'KEY'?" for the entry of keys (NULL-terminated) nearest
 * to a misspelt key, or "" when none is near.  Static storage.
 */
const char *config_did_you_mean(const char *key, const char *const *keys);

/*
 * The database path: [database] path, else $XDG_DATA_HOME/bounce-harvester
 * /bounces.db, else ~/.local/share/bounce-harvester/bounces.db.  g_free.
 */
char	*config_db_path(const struct config *cfg);
/* The config file to read when --config is not given, or NULL. g_free. */
char	*config_default_path(void);

#endif
