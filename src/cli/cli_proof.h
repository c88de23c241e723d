/*
 * cli_proof: plain words when notices count for nothing because no mail
 * we sent is known that could prove them, with what to do about it: for
 * `ingest`, each account of `harvest`, and `report`.
 */
#ifndef BH_CLI_PROOF_H
#define BH_CLI_PROOF_H

#include "config.h"
#include "store.h"

/*
 * n notices read from account (NULL: from files) count for nothing for
 * want of proof.  When no mail we sent is known that could prove them
 * (none from the account's own folders, none from files or logs; for
 * files, none at all), says so once on stderr, after who ("ingest",
 * "report"), with what to do.  Nothing when n is 0.  A database error
 * is logged.
 */
void	cli_proof_say(struct store *st, const struct config_accounts *accts,
	    const char *who, const char *account, long n);

#endif
