/*
 * cmd_forget: `bounce-harvester forget ADDRESS...`: an erasure request.
 * Every row that names the address goes (contact, bounces, history,
 * alerts); other rows' text that mentions it becomes "[erased]"; deleted
 * content is overwritten and the write-ahead log emptied, so the address
 * is nowhere in the database's files.  What remains are counts (runs).
 */
#include <stdio.h>

#include <glib.h>

#include "cli.h"
#include "cli_store.h"
#include "log.h"

static int
forget_main(struct cli_db *db, int n, char **addrs)
{
	struct err err;
	long long rows, all = 0;
	int i, rc = 0;

	if (store_begin(db->st, &err) < 0)
		rc = -1;
	for (i = 0; rc == 0 && i < n; i++) {
		rc = store_contact_forget(db->st, addrs[i], &rows, &err);
		all += rows;
		if (rc == 0 && rows == 0)
			log_info("forget: '%s' is not in the database",
			    addrs[i]);
	}
	if (rc == 0 && store_commit(db->st, &err) < 0)
		rc = -1;
	if (rc < 0) {
		store_rollback(db->st);
		log_error("forget: %s (nothing erased)", err.msg);
		return EXIT_STORE;
	}
	if (store_wal_empty(db->st, &err) < 0) {
		log_error("forget: erased, but %s: run forget again when no "
		    "other command uses the database", err.msg);
		return EXIT_PARTIAL;
	}
	printf("forget: %d address%s erased (%lld rows removed or "
	    "blanked)\n", n, n == 1 ? "" : "es", all);
	return EXIT_OK;
}

int
cmd_forget(struct cli_env *env, int argc, char **argv)
{
	GOptionEntry entries[] = {
		{ NULL, 0, 0, 0, NULL, NULL, NULL },
	};
	int rc;

	if (cli_parse_options(env, entries, &argc, &argv) < 0)
		return EXIT_USAGE;
	if (argc < 2) {
		log_error("forget: give the addresses to erase");
		rc = EXIT_USAGE;
	} else if ((rc = cli_env_open(env)) == EXIT_OK)
		rc = forget_main(&env->db, argc - 1, argv + 1);
	return rc;
}
