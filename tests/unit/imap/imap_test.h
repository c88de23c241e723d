/*
 * imap_test: what the imap tests share.  The private Dovecot started by
 * scripts/dovecot-start.sh (its folder in $BH_DOVECOT_DIR), maildir
 * seeding and inspection behind its back, and the scripted fake server
 * (tests/unit/imap/fake_imap.py, path in $BH_FAKE_IMAP).
 */
#ifndef BH_TEST_IMAP_TEST_H
#define BH_TEST_IMAP_TEST_H

#include <stddef.h>
#include <sys/types.h>

#include "imap.h"

/* A value from $BH_DOVECOT_DIR/env (static storage), or fails the test. */
const char *dv_env(const char *key);
unsigned dv_port(const char *key);
/* An account for user on the IMAPS port, LOGIN, password from the env. */
void	dv_account(struct imap_account *a, const char *user);

/* Writes messages into user's folder (created) as new maildir files. */
void	dv_seed(const char *user, const char *folder, const char *const *msgs,
	    size_t n);
/*
 * The same, each file's modification time at (seconds since the epoch):
 * Dovecot's INTERNALDATE of a maildir message.
 */
void	dv_seed_at(const char *user, const char *folder,
	    const char *const *msgs, size_t n, long long at);
/* Names of the folder's message files, sorted, joined with '\n'. */
char	*dv_files(const char *user, const char *folder);
/* Messages in the folder (cur + new). */
int	dv_count(const char *user, const char *folder);
/* Messages in the folder whose file flags carry the keyword. */
int	dv_count_keyword(const char *user, const char *folder,
	    const char *keyword);

/* Opens and closes a session: the status and err of the attempt. */
enum imap_status try_open(struct imap_account *a, struct err *err);

struct fake {
	pid_t		pid;
	unsigned	port;
	char		log[256];
};

/*
 * Starts fake_imap.py with a scenario; cert_name (NULL for none) is a
 * certificate of the Dovecot fixture: "server" or "expired".
 */
void	fake_start(struct fake *f, const char *scenario,
	    const char *cert_name);
void	fake_stop(struct fake *f);
/* Group teardown: stops every fake a failed test left running. */
int	fake_reap(void **state);
/* 1 if the fake's log has a command containing word (case-insensitive). */
int	fake_saw(const struct fake *f, const char *word);
/* How many times word occurs in the fake's log (case-insensitive). */
int	fake_count(const struct fake *f, const char *word);

#endif
