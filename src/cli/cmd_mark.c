/*
 * cmd_mark: `bounce-harvester mark ADDRESS STATUS --note TEXT`: a manual
 * status, kept in the history; `mark ADDRESS active` undoes a status.
 */
#include <stdio.h>

#include <glib.h>

#include "cli.h"
#include "cli_store.h"
#include "log.h"

static int
mark_main(struct cli_db *db, const char *addr, const char *status,
    const char *note)
{
	struct err err;

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
cmd_mark(struct cli_env *env, int argc, char **argv)
{
	char *note = NULL;
	int rc;
	GOptionEntry entries[] = {
		{ "note", 0, 0, G_OPTION_ARG_STRING, &note,
		    "why (kept in the history; required)", "TEXT" },
		{ NULL, 0, 0, 0, NULL, NULL, NULL },
	};

	if (cli_parse_options(env, entries, &argc, &argv) < 0)
		return EXIT_USAGE;
	if (argc != 3 || note == NULL || note[0] == '\0') {
		log_error("mark: want ADDRESS STATUS --note TEXT");
		rc = EXIT_USAGE;
	} else if (!store_status_valid(argv[2])) {
		log_error("mark: unknown status '%s' (active, invalid, full, "
		    "retry-later, complained, suspect)", argv[2]);
		rc = EXIT_USAGE;
	} else if ((rc = cli_env_open(env)) == EXIT_OK)
		rc = mark_main(&env->db, argv[1], argv[2], note);
	g_free(note);
	return rc;
}
