/*
 * config_account: the [account NAME] groups of the configuration file,
 * one per mailbox to harvest; part of the config module, read by
 * config_load().  No network, no secrets read here (only where they come
 * from).  Numbers left 0 take the IMAP module's defaults (imap.h).
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
	/*
	 * The Sent folders, read before folders: NULL (auto, the default)
	 * for those the server marks \Sent or names as usual; empty
	 * (none) for no Sent folder at all.
	 */
	char		**sent_folders;
	enum config_after after;
	char		*after_arg;	/* NULL: none, or the default keyword */
	unsigned	 timeout;	/* seconds; 0: the default */
	unsigned	 command_timeout; /* seconds, password/token command */
	unsigned	 deadline;	/* seconds, the whole account's run */
	size_t		 max_message;	/* bytes; 0: the default */
	unsigned	 batch;		/* 0: the default */
	unsigned	 scan_connections;	/* 1 or 2; 0: the default */
	char		**search_from;	/* extra criteria, or NULL */
	char		**search_subject;
	enum config_search search;	/* where the criteria are applied */
	/*
	 * Whether the account's unverified notices change statuses: -1 as
	 * [policy] accept_unverified says, else 0 or 1.
	 */
	int		 accept_unverified;
};

struct config_accounts {
	struct config_account	*v;
	size_t			 n;
};

struct config;
/*
 * Reads every [account NAME] group of cfg's file into cfg->accounts,
 * adding each problem to err as "file:line: message" (config_error()).
 * For config_load().  0, or -1 when there was any (no accounts then).
 */
int	config_accounts_read(struct config *cfg, struct err *err);
/*
 * Checks that each account's ca_file can be read (it would only fail at
 * the TLS handshake, after connecting), for `harvest`.  0, or -1 with
 * every problem added to err as "file:line: message".
 */
int	config_account_files(struct config *cfg, struct err *err);
/* The account called name, or NULL. */
const struct config_account *config_account_find(
	    const struct config_accounts *accts, const char *name);
void	config_accounts_release(struct config_accounts *accts);

#endif
