/*
 * cli_store: configuration and database setup for the database commands,
 * and the date formats they print and read.
 */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include <glib.h>

#include "cli.h"
#include "cli_store.h"
#include "log.h"

static int
cli_db_config(struct cli_db *db)
{
	struct err err;
	char *path;

	config_init(&db->cfg);
	path = db->config_opt != NULL ? g_strdup(db->config_opt) :
	    config_default_path();
	if (path != NULL && config_load(&db->cfg, path, &err) < 0) {
		log_error("%s", err.msg);
		g_free(path);
		return EXIT_CONFIG;
	}
	g_free(path);
	return EXIT_OK;
}

static int
cli_db_store(struct cli_db *db)
{
	struct err err;

	db->path = db->db_opt != NULL ? g_strdup(db->db_opt) :
	    config_db_path(&db->cfg);
	if (store_open(db->path, db->cfg.busy_timeout_ms, &db->st, &err) < 0) {
		log_error("%s", err.msg);
		return EXIT_STORE;
	}
	store_policy_set(db->st, &db->cfg.policy);
	if (store_cache_set(db->st, db->cfg.cache_mb, &err) < 0) {
		log_error("%s", err.msg);
		return EXIT_STORE;
	}
	return EXIT_OK;
}

/* --db FILE, or the configured database if it exists. */
static int
cli_db_exists(const struct cli_db *db)
{
	char *path;
	int exists;

	if (db->db_opt != NULL)
		return 1;
	path = config_db_path(&db->cfg);
	exists = g_file_test(path, G_FILE_TEST_EXISTS);
	g_free(path);
	return exists;
}

int
cli_env_config(struct cli_env *env)
{
	if (env->db.cfg.kf != NULL)
		return EXIT_OK;
	return cli_db_config(&env->db);
}

int
cli_env_open(struct cli_env *env)
{
	unsigned needs = env->cmd->needs;
	int rc;

	if (!(needs & CLI_NEEDS_CONFIG) || env->db.cfg.kf != NULL)
		return EXIT_OK;
	if ((rc = cli_db_config(&env->db)) != EXIT_OK ||
	    !(needs & CLI_NEEDS_DB))
		return rc;
	if ((needs & CLI_NEEDS_DB_IF_EXISTS) && !cli_db_exists(&env->db))
		return EXIT_OK;
	return cli_db_store(&env->db);
}

void
cli_db_close(struct cli_db *db)
{
	store_close(db->st);
	db->st = NULL;
	config_release(&db->cfg);
	g_free(db->path);
	g_free(db->db_opt);
	g_free(db->config_opt);
}

static int
cli_global_width(char **argv, int i, int argc)
{
	if (strncmp(argv[i], "--db=", 5) == 0 ||
	    strncmp(argv[i], "--config=", 9) == 0)
		return 1;
	if ((strcmp(argv[i], "--db") == 0 || strcmp(argv[i], "--config") ==
	    0) && i + 1 < argc)
		return 2;
	return 0;
}

void
cli_global_options(int argc, char **argv)
{
	char *tmp;
	int i, j, w;

	for (i = 1; i < argc && (w = cli_global_width(argv, i, argc)) > 0;
	    i += w)
		;
	if (i == 1 || i >= argc)
		return;
	/* Rotate argv[1..i) past the command name at argv[i]. */
	tmp = argv[i];
	for (j = i; j > 1; j--)
		argv[j] = argv[j - 1];
	argv[1] = tmp;
}

long long
cli_date_parse(const char *s)
{
	GDateTime *dt;
	long long t;
	int y, m, d;
	char tail;

	if (sscanf(s, "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3)
		return -1;
	if ((dt = g_date_time_new_utc(y, m, d, 0, 0, 0)) == NULL)
		return -1;
	t = g_date_time_to_unix(dt);
	g_date_time_unref(dt);
	return t;
}

const char *
cli_date_format(long long t, char *buf, size_t len)
{
	time_t tt = (time_t)t;
	struct tm tm;

	if (t == 0 || gmtime_r(&tt, &tm) == NULL)
		return NULL;
	strftime(buf, len, "%Y-%m-%dT%H:%M:%SZ", &tm);
	return buf;
}
