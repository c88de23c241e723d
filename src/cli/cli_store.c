/*
 * cli_store: configuration and database setup for the database commands,
 * and the date formats they print and read.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <glib.h>

#include "cli.h"
#include "cli_store.h"
#include "export_list.h"
#include "log.h"

/* 1 if some account of cfg runs a command that prints its secret. */
static int
cli_config_runs_secret(const struct config *cfg)
{
	const struct config_account *a;
	size_t i;

	for (i = 0; i < cfg->accounts.n; i++) {
		a = &cfg->accounts.v[i];
		if (a->password_command != NULL ||
		    a->oauth2_token_command != NULL)
			return 1;
	}
	return 0;
}

/*
 * Others may change the commands harvest runs and where it connects, or
 * read a command that may hold a password: said, not refused.
 */
static void
cli_config_mode(const struct config *cfg)
{
	struct stat st;

	if (cfg->path == NULL || stat(cfg->path, &st) < 0)
		return;
	if ((st.st_mode & (S_IWGRP | S_IWOTH)) != 0)
		log_warn("configuration '%s' is writable by group or others "
		    "(mode %04o): they can change the commands it runs; "
		    "chmod 600 it", cfg->path, (unsigned)(st.st_mode & 07777));
	else if ((st.st_mode & (S_IRGRP | S_IROTH)) != 0 &&
	    cli_config_runs_secret(cfg))
		log_warn("configuration '%s' is readable by group or others "
		    "(mode %04o) and holds a password or token command; "
		    "chmod 600 it", cfg->path, (unsigned)(st.st_mode & 07777));
}

/*
 * The database holds a company's contacts: one that anyone may write is
 * refused (-1), one that others may read or that another user owns is
 * used with a warning.
 */
static int
cli_db_mode(const char *path)
{
	struct stat st;
	unsigned mode;

	if (stat(path, &st) < 0)
		return 0;
	mode = (unsigned)(st.st_mode & 07777);
	if ((st.st_mode & S_IWOTH) != 0) {
		log_error("database '%s' is writable by others (mode %04o): "
		    "refused; chmod 600 it", path, mode);
		return -1;
	}
	if ((st.st_mode & (S_IRWXG | S_IROTH)) != 0)
		log_warn("database '%s' is open to group or others (mode "
		    "%04o); chmod 600 it", path, mode);
	if (st.st_uid != geteuid())
		log_warn("database '%s' belongs to another user (uid %u)",
		    path, (unsigned)st.st_uid);
	return 0;
}

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
	cli_config_mode(&db->cfg);
	return EXIT_OK;
}

static int
cli_db_store(struct cli_db *db)
{
	struct err err;

	db->path = db->db_opt != NULL ? g_strdup(db->db_opt) :
	    config_db_path(&db->cfg);
	if (cli_db_mode(db->path) < 0)
		return EXIT_STORE;
	if (store_open_mode(db->path, db->cfg.busy_timeout_ms, db->mode,
	    &db->st, &err) < 0) {
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
cli_env_open_as(struct cli_env *env, enum store_mode mode)
{
	unsigned needs = env->cmd->needs;
	int rc;

	if (!(needs & CLI_NEEDS_CONFIG))
		return EXIT_OK;
	if ((rc = cli_env_config(env)) != EXIT_OK ||
	    !(needs & CLI_NEEDS_DB) || env->db.st != NULL)
		return rc;
	if ((needs & CLI_NEEDS_DB_IF_EXISTS) && !cli_db_exists(&env->db))
		return EXIT_OK;
	env->db.mode = mode;
	return cli_db_store(&env->db);
}

/* The table's mode: read, change, or change but never create. */
static enum store_mode
cli_env_mode(unsigned needs)
{
	if (needs & CLI_NEEDS_DB_EXISTING)
		return STORE_EXISTING;
	if (needs & CLI_NEEDS_DB_WRITE)
		return STORE_CREATE;
	return STORE_READ;
}

int
cli_env_open(struct cli_env *env)
{
	return cli_env_open_as(env, cli_env_mode(env->cmd->needs));
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

static const char *const cli_db_files[] = { "", "-wal", "-shm", "-journal",
	CLI_HARVEST_LOCK, NULL };

/* path with its folder resolved (links, ..), or NULL. */
static char *
cli_path_canon(const char *path)
{
	char *dir = g_path_get_dirname(path), *base = g_path_get_basename(path);
	char *rdir = realpath(dir, NULL), *out = NULL;

	if (rdir != NULL)
		out = g_build_filename(rdir, base, NULL);
	free(rdir);
	g_free(dir);
	g_free(base);
	return out;
}

static int
cli_same_file(const char *a, const char *b)
{
	char *ca = cli_path_canon(a), *cb = cli_path_canon(b);
	struct stat sa, sb;
	int same;

	same = (ca != NULL && cb != NULL && strcmp(ca, cb) == 0) ||
	    (stat(a, &sa) == 0 && stat(b, &sb) == 0 &&
	    sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino);
	g_free(ca);
	g_free(cb);
	return same;
}

int
cli_db_owns(const struct cli_db *db, const char *path)
{
	char *f;
	int i, hit = 0;

	for (i = 0; cli_db_files[i] != NULL && !hit; i++) {
		f = g_strconcat(db->path, cli_db_files[i], NULL);
		hit = cli_same_file(path, f);
		g_free(f);
	}
	return hit;
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
	return export_date(t, buf, len);
}
