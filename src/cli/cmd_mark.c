/*
 * cmd_mark: `bounce-harvester mark ADDRESS STATUS --note TEXT`: a manual
 * status, kept in the history; `mark ADDRESS active` undoes a status.
 * An address not in the database is refused (a typo would otherwise
 * become a contact) unless --create is given.
 */
#include <stdio.h>

#include <glib.h>

#include "cli.h"
#include "cli_store.h"
#include "log.h"

static int
mark_found(void *ctx, const struct store_contact *c)
{
	return 0;
}

static int
mark_main(struct cli_db *db, const char *addr, const char *status,
    const char *note, int create)
{
	struct err err;
	int found;

	found = store_contact_get(db->st, addr, mark_found, NULL, &err);
	if (found < 0) {
		log_error("mark: %s", err.msg);
		return EXIT_STORE;
	}
	if (found == 0 && !create) {
		log_error("mark: '%s' is not in the database; nothing changed "
		    "(give --create to add it)", addr);
		return EXIT_PARTIAL;
	}
	if (store_begin(db->st, &err) < 0 ||
	    store_contact_mark(db->st, 0, addr, status, note, &err) < 0 ||
	    store_commit(db->st, &err) < 0) {
		store_rollback(db->st);
		log_error("mark: %s", err.msg);
		return EXIT_STORE;
	}
	printf("%s: %s\n", addr, status);
	return EXIT_OK;
}

int
cmd_mark(int argc, char **argv)
{
	struct cli_db db = { 0 };
	char *note = NULL;
	int rc, create = 0;
	GOptionEntry entries[] = {
		CLI_DB_OPTIONS(&db),
		{ "note", 0, 0, G_OPTION_ARG_STRING, &note,
		    "why (kept in the history; required)", "TEXT" },
		{ "create", 0, 0, G_OPTION_ARG_NONE, &create,
		    "add the address if it is not in the database (and the "
		    "database if there is none)", NULL },
		{ NULL, 0, 0, 0, NULL, NULL, NULL },
	};

	if (cli_parse_options("mark", "ADDRESS STATUS --note TEXT [--create]",
	    entries, &argc, &argv) < 0)
		return EXIT_USAGE;
	if (argc != 3 || note == NULL || note[0] == '\0') {
		log_error("mark: want ADDRESS STATUS --note TEXT");
		rc = EXIT_USAGE;
	} else if (!store_status_valid(argv[2])) {
		log_error("mark: unknown status '%s' (active, invalid, full, "
		    "retry-later, complained, suspect)", argv[2]);
		rc = EXIT_USAGE;
	} else {
		db.mode = create ? STORE_CREATE : STORE_EXISTING;
		if ((rc = cli_db_open(&db)) == EXIT_OK)
			rc = mark_main(&db, argv[1], argv[2], note, create);
	}
	cli_db_close(&db);
	g_free(note);
	return rc;
}
