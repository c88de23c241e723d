/*
 * config_account: the [account NAME] groups of the configuration file,
 * one per mailbox to harvest.  Checks every key and reports every problem
 * as "file:line: message" before anything connects.  No network, no
 * secrets read here (only where they come from).
 *
 * All memory in a struct config_accounts belongs to it until
 * config_accounts_release().
 */
#ifndef BH_CONFIG_ACCOUNT_H
#define BH_CONFIG_ACCOUNT_H

#include <stddef.h>

#include <glib.h>

#include "err.h"

enum config_tls {
	CONFIG_TLS_IMPLICIT,
	CONFIG_TLS_STARTTLS,
	CONFIG_TLS_NONE,
};

enum config_auth {
	CONFIG_AUTH_PLAIN,
	CONFIG_AUTH_LOGIN,
	CONFIG_AUTH_XOAUTH2,
};

enum config_search {
	CONFIG_SEARCH_AUTO,
	CONFIG_SEARCH_SERVER,
	CONFIG_SEARCH_CLIENT,
};

enum config_after {
	CONFIG_AFTER_NONE,
	CONFIG_AFTER_FLAG,	/* after_arg: the keyword */
	CONFIG_AFTER_MOVE,	/* after_arg: the target folder */
};

struct config_account {
	char		*name;
	char		*host;
	unsigned	 port;		/* default 993, or 143 unless implicit */
	enum config_tls	 tls;
	int		 allow_plaintext;
	char		*ca_file;	/* NULL: the system store */
	char		*username;
	enum config_auth auth;
	char		*password_env;
	char		*password_file;
	char		*password_command;
	char		*oauth2_token_command;
	char		**folders;	/* NULL-terminated; default INBOX */
	enum config_after after;
	char		*after_arg;	/* NULL for none */
	unsigned	 timeout;	/* seconds */
	unsigned	 command_timeout; /* seconds, password/token command */
	unsigned	 deadline;	/* seconds, the whole account's run */
	size_t		 max_message;	/* bytes */
	unsigned	 batch;
	unsigned	 scan_connections;	/* 1 or 2 */
	char		**search_from;	/* extra criteria, or NULL */
	char		**search_subject;
	enum config_search search;	/* where the criteria are applied */
};

struct config_accounts {
	struct config_account	*v;
	size_t			 n;
};

/* Where a group (key NULL) or key starts in the file; 0 when unknown. */
typedef int (*config_account_line_fn)(const void *ctx, const char *group,
	    const char *key);

/*
 * Reads every [account NAME] group of kf (read from file).  line gives
 * line numbers for messages (may be NULL).  Every problem is added to err
 * as "file:line: message", newline-separated; returns 0, or -1 when there
 * was any (out is then empty).
 */
int	config_account_load(GKeyFile *kf, const char *file,
	    config_account_line_fn line, const void *line_ctx,
	    struct config_accounts *out, struct err *err);
/* The account called name, or NULL. */
const struct config_account *config_account_find(
	    const struct config_accounts *accts, const char *name);
void	config_accounts_release(struct config_accounts *accts);

#endif
