/*
 * cmd_mark: `bounce-harvester mark`: a contact's status set by hand (kept
 * in the history, winning over the bounces until cleared), for one
 * address, several, or a file of them; `--clear` takes marks back so the
 * computed status returns; `--accept` takes the address suggested for a
 * typo or named by an "I have left" reply; `--accept-bounce` lets the
 * address's unverified (or held) bounces count, all of them or those of
 * one message (--message).  All of one call in one
 * transaction: a bad address changes nothing.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include <glib.h>

#include "cli.h"
#include "cli_store.h"
#include "log.h"
#include "store_addr.h"
#include "text.h"

enum mark_mode { MARK_SET, MARK_CLEAR, MARK_ACCEPT, MARK_ACCEPT_BOUNCE };

struct mark_opts {
	enum mark_mode	 mode;
	const char	*status;	/* MARK_SET */
	char		*note, *from;
	char		*message;	/* --accept-bounce: one notice */
	int		 create;
	GPtrArray	*addrs;		/* char * */
};

/* Adds the addresses of a file (one a line; '#' comments) to o->addrs. */
static int
mark_read_file(struct mark_opts *o)
{
	FILE *fp = strcmp(o->from, "-") == 0 ? stdin : fopen(o->from, "r");
	char line[1024];

	if (fp == NULL) {
		log_error("mark: cannot open '%s': %s", o->from,
		    strerror(errno));
		return -1;
	}
	while (fgets(line, sizeof(line), fp) != NULL) {
		char *a = g_strstrip(line);

		if (a[0] != '\0' && a[0] != '#')
			g_ptr_array_add(o->addrs, g_strdup(a));
	}
	if (fp != stdin)
		fclose(fp);
	return 0;
}

static int
mark_found(void *ctx, const struct store_contact *c)
{
	(void)ctx;
	(void)c;
	return 0;
}

/* 1 if the address is a contact, 0 if not, -1 on a store error. */
static int
mark_exists(struct cli_db *db, const char *addr, struct err *err)
{
	return store_contact_get(db->st, addr, mark_found, NULL, err);
}

/* mark_one()'s answer when the address, not the database, is the problem. */
#define MARK_REFUSED	(-2)

static int
mark_accept_bounce(struct cli_db *db, const struct mark_opts *o,
    const char *addr, GString *said, struct err *err)
{
	long n;

	if (store_bounce_accept(db->st, addr, o->message, &n, err) < 0)
		return -1;
	if (n == 0) {
		err_set(err, "no unverified bounce of '%s'%s%s to accept",
		    addr, o->message ? " from " : "",
		    o->message ? o->message : "");
		return MARK_REFUSED;
	}
	text_printf(said, "%s: %ld bounce%s accepted by hand\n", addr, n,
	    n == 1 ? "" : "s");
	return 0;
}

static int
mark_one(struct cli_db *db, const struct mark_opts *o, const char *addr,
    GString *said, struct err *err)
{
	char *to = NULL, *key;
	int rc, done;

	if ((key = store_addr_key(addr)) == NULL) {
		err_set(err, "'%s' is not an address", addr);
		return MARK_REFUSED;
	}
	g_free(key);
	/* Accepting a bounce may make its contact, as the bounce would. */
	if (o->mode != MARK_ACCEPT_BOUNCE && (o->mode == MARK_SET ||
	    !o->create)) {
		if ((rc = mark_exists(db, addr, err)) < 0)
			return -1;
		if (rc == 0 && !(o->mode == MARK_SET && o->create)) {
			err_set(err, "no contact '%s' (mark --create adds "
			    "one)", addr);
			return MARK_REFUSED;
		}
	}
	switch (o->mode) {
	case MARK_SET:
		if (store_contact_mark(db->st, 0, addr, o->status, o->note,
		    err) < 0)
			return -1;
		text_printf(said, "%s: %s (by hand)\n", addr,
		    o->status);
		return 0;
	case MARK_CLEAR:
		if (store_contact_clear(db->st, addr, o->note, &done, err) < 0)
			return -1;
		text_printf(said, "%s: %s\n", addr, done ?
		    "mark cleared" : "no mark to clear");
		return 0;
	case MARK_ACCEPT:
		if ((rc = store_contact_accept(db->st, addr, &to, err)) < 0)
			return -1;
		if (rc == 0) {
			err_set(err, "nothing is suggested for '%s'", addr);
			return MARK_REFUSED;
		}
		text_printf(said, "%s: replaced by %s\n", addr, to);
		g_free(to);
		return 0;
	case MARK_ACCEPT_BOUNCE:
		return mark_accept_bounce(db, o, addr, said, err);
	}
	return 0;
}

static int
mark_main(struct cli_db *db, const struct mark_opts *o)
{
	GString *said = g_string_new(NULL);
	struct err err;
	guint i;
	int rc = 0;

	if (store_begin(db->st, &err) < 0)
		rc = -1;
	for (i = 0; rc == 0 && i < o->addrs->len; i++)
		rc = mark_one(db, o, o->addrs->pdata[i], said, &err);
	if (rc == 0 && store_commit(db->st, &err) < 0)
		rc = -1;
	if (rc < 0) {
		store_rollback(db->st);
		log_error("mark: %s (nothing changed)", err.msg);
		g_string_free(said, TRUE);
		return rc == MARK_REFUSED ? EXIT_USAGE : EXIT_STORE;
	}
	fputs(said->str, stdout);
	g_string_free(said, TRUE);
	return EXIT_OK;
}

/* Sorts the words after the options into addresses and a status. */
static int
mark_args(struct mark_opts *o, int argc, char **argv)
{
	int i, last = argc;

	if (o->mode == MARK_SET) {
		if (argc < 2) {
			log_error("mark: want ADDRESS... STATUS --note TEXT");
			return -1;
		}
		o->status = argv[--last];
		if (!store_status_valid(o->status)) {
			log_error("mark: unknown status '%s' (active, invalid, "
			    "full, retry-later, complained, suspect)",
			    o->status);
			return -1;
		}
		if (o->note == NULL || o->note[0] == '\0') {
			log_error("mark: say why with --note TEXT");
			return -1;
		}
	}
	for (i = 1; i < last; i++)
		g_ptr_array_add(o->addrs, g_strdup(argv[i]));
	if (o->from != NULL && mark_read_file(o) < 0)
		return -1;
	if (o->addrs->len == 0) {
		log_error("mark: no address given");
		return -1;
	}
	return 0;
}

int
cmd_mark(struct cli_env *env, int argc, char **argv)
{
	struct mark_opts o = { 0 };
	int clear = 0, accept = 0, accept_bounce = 0, rc;
	GOptionEntry entries[] = {
		{ "note", 0, 0, G_OPTION_ARG_STRING, &o.note,
		    "why (kept in the history; required to set a status)",
		    "TEXT" },
		{ "from", 0, 0, G_OPTION_ARG_FILENAME, &o.from,
		    "also the addresses in FILE, one a line (- for standard "
		    "input)", "FILE" },
		{ "create", 0, 0, G_OPTION_ARG_NONE, &o.create,
		    "add addresses that are not contacts yet", NULL },
		{ "clear", 0, 0, G_OPTION_ARG_NONE, &clear,
		    "take the manual marks back: the status the bounces give "
		    "returns", NULL },
		{ "accept", 0, 0, G_OPTION_ARG_NONE, &accept,
		    "accept the suggested address (a typo's correction or "
		    "the replacement a reply named)", NULL },
		{ "accept-bounce", 0, 0, G_OPTION_ARG_NONE, &accept_bounce,
		    "let bounces that answer no mail we sent (unverified, "
		    "or held by max_per_message) count", NULL },
		{ "message", 0, 0, G_OPTION_ARG_STRING, &o.message,
		    "with --accept-bounce: only the bounces of this message "
		    "(its Message-ID, or the one it returns)", "ID" },
		{ NULL, 0, 0, 0, NULL, NULL, NULL },
	};

	if (cli_parse_options(env, entries, &argc, &argv) < 0)
		return EXIT_USAGE;
	o.addrs = g_ptr_array_new_with_free_func(g_free);
	o.mode = clear ? MARK_CLEAR : accept ? MARK_ACCEPT : accept_bounce ?
	    MARK_ACCEPT_BOUNCE : MARK_SET;
	if (clear + accept + accept_bounce > 1) {
		log_error("mark: one of --clear, --accept, --accept-bounce");
		rc = EXIT_USAGE;
	} else if (mark_args(&o, argc, argv) < 0)
		rc = EXIT_USAGE;
	else {
		/* A typo in --db must not become a new database. */
		if ((rc = cli_env_open_as(env, o.create ? STORE_CREATE :
		    STORE_EXISTING)) == EXIT_OK)
			rc = mark_main(&env->db, &o);
	}
	g_ptr_array_free(o.addrs, TRUE);
	g_free(o.note);
	g_free(o.from);
	g_free(o.message);
	return rc;
}
