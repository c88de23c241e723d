/*
 * cli_proof: says when notices count for nothing because no mail we sent
 * is known that could prove them.  The harvest learns what an account
 * sent from its Sent folders (sent rows whose source is "ACCOUNT/FOLDER"),
 * `ingest` from --sent and --sent-log (their paths).  Reads the database,
 * never changes it.
 */
#include <string.h>

#include <glib.h>

#include "cli_proof.h"
#include "log.h"

/*
 * The sent rows that could prove what account (NULL: files) read: every
 * row for files; for an account, all but those of other accounts'
 * folders (its own Sent, files and logs).  0 or -1.
 */
static int
proof_rows(struct store *st, const struct config_accounts *accts,
    const char *account, long long *n, struct err *err)
{
	long long other;
	char *prefix;
	size_t i;
	int rc;

	rc = store_sent_count(st, n, err);
	for (i = 0; rc == 0 && account != NULL && i < accts->n; i++) {
		if (strcmp(accts->v[i].name, account) == 0)
			continue;
		prefix = g_strconcat(accts->v[i].name, "/", NULL);
		rc = store_sent_count_from(st, prefix, &other, err);
		g_free(prefix);
		*n -= other;
	}
	return rc;
}

static void
proof_say_files(const char *who, long n)
{
	log_warn("%s: %ld notice(s) changed no status: no mail we sent is "
	    "known, so none can be shown to answer a message of ours (a "
	    "forged one looks the same).\n"
	    "  Read what you sent with `ingest --sent PATH` (mbox, maildir or "
	    "files) or a mailing tool's log with `ingest --sent-log FILE`: "
	    "the notices it proves count at once.  `mark ADDRESS "
	    "--accept-bounce` counts one by hand.\n"
	    "  `ingest --accept-unverified` (or accept_unverified = 1) counts "
	    "the notices read from then on without proof: anyone who can mail "
	    "you can then make any contact invalid.", who, n);
}

static void
proof_say_account(const char *who, const char *account, long n)
{
	log_warn("%s: account '%s': %ld notice(s) changed no status: no mail "
	    "sent from this account is known, so none can be shown to answer "
	    "a message of ours (a forged one looks the same).\n"
	    "  The harvest learns what you sent from the account's Sent "
	    "folder.  If you send from elsewhere (a CRM, a mailing service), "
	    "read that mail with `ingest --sent PATH` or its log with "
	    "`ingest --sent-log FILE`: the notices it proves count at once.\n"
	    "  Or set accept_unverified = 1 in [account %s]: its notices read "
	    "from then on count without proof, and anyone who can mail this "
	    "mailbox can make any contact invalid.", who, account, n,
	    account);
}

void
cli_proof_say(struct store *st, const struct config_accounts *accts,
    const char *who, const char *account, long n)
{
	struct err err;
	long long rows;

	if (n <= 0)
		return;
	if (proof_rows(st, accts, account, &rows, &err) < 0) {
		log_error("%s: %s", who, err.msg);
		return;
	}
	if (rows > 0)
		return;
	if (account == NULL)
		proof_say_files(who, n);
	else
		proof_say_account(who, account, n);
}
