/*
 * store: opening the database, migrations, transactions and the shared
 * statement helpers.  Nothing here knows about bounces or CSV.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "store_int.h"
#include "store_schema.h"

sqlite3_stmt *
store_stmt(struct store *st, const char *sql, struct err *err)
{
	sqlite3_stmt *s;

	st->wait_start = g_get_monotonic_time();
	s = g_hash_table_lookup(st->stmts, sql);
	if (s != NULL) {
		sqlite3_reset(s);
		sqlite3_clear_bindings(s);
		return s;
	}
	/* lint-sql: the caller's SQL, checked at each call. */
	if (sqlite3_prepare_v3(st->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &s,
	    NULL) != SQLITE_OK) {
		store_sql_err(st, "cannot prepare a statement", err);
		return NULL;
	}
	g_hash_table_insert(st->stmts, (gpointer)sql, s);
	return s;
}

int
store_sql_err(struct store *st, const char *what, struct err *err)
{
	int code = sqlite3_extended_errcode(st->db) & 0xff;

	if (code == SQLITE_BUSY)
		return err_set(err, "database '%s' is busy: another run holds "
		    "it (waited %lld ms)", st->path, store_waited_ms(st));
	if (code == SQLITE_FULL)
		return err_set(err, "database '%s': %s: disk full", st->path,
		    what);
	if (code == SQLITE_IOERR)
		return err_set(err, "database '%s': %s: cannot write (disk "
		    "full, file too large or I/O error): %s", st->path, what,
		    sqlite3_errmsg(st->db));
	if (code == SQLITE_READONLY)
		return err_set(err, "database '%s': %s: read-only", st->path,
		    what);
	return err_set(err, "database '%s': %s: %s", st->path, what,
	    sqlite3_errmsg(st->db));
}

int
store_step_done(struct store *st, sqlite3_stmt *s, const char *what,
    struct err *err)
{
	int rc = sqlite3_step(s);

	sqlite3_reset(s);
	if (rc != SQLITE_DONE && rc != SQLITE_ROW)
		return store_sql_err(st, what, err);
	return 0;
}

int
store_query_int(struct store *st, const char *sql, const char *arg,
    long long *n, const char *what, struct err *err)
{
	sqlite3_stmt *s;
	int rc;

	/* lint-sql: callers pass their static sql_* constants. */
	if ((s = store_stmt(st, sql, err)) == NULL)
		return -1;
	if (arg != NULL)
		store_bind_text(s, 1, arg);
	rc = sqlite3_step(s);
	*n = rc == SQLITE_ROW ? sqlite3_column_int64(s, 0) : 0;
	sqlite3_reset(s);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 :
	    store_sql_err(st, what, err);
}

void
store_bind_text(sqlite3_stmt *s, int i, const char *v)
{
	if (v == NULL)
		sqlite3_bind_null(s, i);
	else
		sqlite3_bind_text(s, i, v, -1, SQLITE_STATIC);
}

void
store_bind_int0(sqlite3_stmt *s, int i, long long v)
{
	if (v == 0)
		sqlite3_bind_null(s, i);
	else
		sqlite3_bind_int64(s, i, v);
}

const char *
store_col_text(sqlite3_stmt *s, int i)
{
	return (const char *)sqlite3_column_text(s, i);
}

long long
store_now(struct store *st)
{
	return st->clock != 0 ? st->clock : (long long)time(NULL);
}

void
store_clock_set(struct store *st, long long now)
{
	st->clock = now;
}

void
store_policy_set(struct store *st, const struct store_policy *p)
{
	st->policy = *p;
}

/*
 * How long the statement in progress has waited, measured: SQLite returns
 * some SQLITE_BUSY at once without calling the busy handler, so the
 * configured timeout is not what a failure waited.
 */
long long
store_waited_ms(const struct store *st)
{
	return (g_get_monotonic_time() - st->wait_start) / 1000;
}

int
store_exec(struct store *st, const char *sql, const char *what,
    struct err *err)
{
	if (st->open_start == 0)
		st->wait_start = g_get_monotonic_time();
	/* lint-sql: the caller's SQL, checked at each call. */
	if (sqlite3_exec(st->db, sql, NULL, NULL, NULL) != SQLITE_OK)
		return store_sql_err(st, what, err);
	return 0;
}

int
store_cache_set(struct store *st, int mb, struct err *err)
{
	char sql[64];

	snprintf(sql, sizeof(sql), "PRAGMA cache_size = %d", -1024 * mb);
	/* lint-sql: an integer printed into the PRAGMA. */
	return store_exec(st, sql, "cannot set the cache size", err);
}

int
store_begin(struct store *st, struct err *err)
{
	return store_exec(st, "BEGIN IMMEDIATE", "cannot begin a transaction",
	    err);
}

int
store_commit(struct store *st, struct err *err)
{
	if (store_exec(st, "COMMIT", "cannot commit", err) < 0) {
		store_rollback(st);
		return -1;
	}
	return 0;
}

void
store_rollback(struct store *st)
{
	if (!sqlite3_get_autocommit(st->db))
		sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
}

int
store_in_tx(struct store *st)
{
	return !sqlite3_get_autocommit(st->db);
}

long long
store_pragma_int(struct store *st, const char *pragma)
{
	sqlite3_stmt *s;
	long long v = -1;

	/* lint-sql: the callers' PRAGMA constants. */
	if (sqlite3_prepare_v2(st->db, pragma, -1, &s, NULL) != SQLITE_OK)
		return -1;
	if (sqlite3_step(s) == SQLITE_ROW)
		v = sqlite3_column_int64(s, 0);
	sqlite3_finalize(s);
	return v;
}

int
store_version(struct store *st)
{
	return (int)store_pragma_int(st, "PRAGMA user_version");
}

static int
store_migrate_one(struct store *st, const struct store_migration *m,
    struct err *err)
{
	char pragma[64];

	if (store_begin(st, err) < 0)
		return -1;
	/* Another process may have migrated while we waited for the lock. */
	if (store_version(st) >= m->version) {
		store_rollback(st);
		return 0;
	}
	snprintf(pragma, sizeof(pragma), "PRAGMA user_version = %d",
	    m->version);
	/* lint-sql: the migration is compiled in, from schema/. */
	if (store_exec(st, m->sql, m->name, err) < 0 ||
	    /* lint-sql: an integer printed into the PRAGMA. */
	    store_exec(st, pragma, m->name, err) < 0) {
		store_rollback(st);
		return -1;
	}
	return store_commit(st, err);
}

/* The version of the last migration compiled in. */
static int
store_last_version(void)
{
	const struct store_migration *m;
	int last = 0;

	for (m = store_migrations; m->sql != NULL; m++)
		last = m->version;
	return last;
}

/* 0 if the database's version v is not newer than this program's. */
static int
store_not_newer(struct store *st, int v, struct err *err)
{
	if (v < 0)
		return store_sql_err(st, "cannot read the schema version", err);
	if (v > store_last_version())
		return err_set(err, "database '%s' has schema version %d, "
		    "newer than this program's %d", st->path, v,
		    store_last_version());
	return 0;
}

static int
store_migrate(struct store *st, struct err *err)
{
	const struct store_migration *m;
	int v = store_version(st);

	if (store_not_newer(st, v, err) < 0)
		return -1;
	for (m = store_migrations; m->sql != NULL; m++)
		if (m->version > v && store_migrate_one(st, m, err) < 0)
			return -1;
	/* Old doctor marks stopped counting: their contacts re-evaluated. */
	if (v < STORE_V_DOMAIN_EVIDENCE &&
	    store_version(st) >= STORE_V_DOMAIN_EVIDENCE)
		return store_domain_unmark(st, err);
	return 0;
}

/* Read-only: the schema must already be this program's. */
static int
store_check_version(struct store *st, struct err *err)
{
	int v = store_version(st);

	if (store_not_newer(st, v, err) < 0)
		return -1;
	if (v < store_last_version())
		return err_set(err, "database '%s' is read-only and at schema "
		    "version %d: run a command that writes (such as ingest) "
		    "once where it can be written, to bring it to %d", st->path,
		    v, store_last_version());
	return 0;
}

/* Creates the file 0600 (and its folder 0700) before SQLite sees it. */
static int
store_create(const char *path, struct err *err)
{
	char *dir;
	int fd;

	dir = g_path_get_dirname(path);
	if (g_mkdir_with_parents(dir, 0700) < 0) {
		err_set(err, "cannot create '%s': %s", dir, strerror(errno));
		g_free(dir);
		return -1;
	}
	g_free(dir);
	fd = open(path, O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
	if (fd < 0)
		return err_set(err, "cannot create '%s': %s", path,
		    strerror(errno));
	close(fd);
	return 0;
}

static int
store_setup(struct store *st, struct err *err)
{
	sqlite3_busy_timeout(st->db, st->busy_ms);
	if (st->readonly)
		return store_check_version(st, err);
	if (store_exec(st, "PRAGMA journal_mode = WAL", "cannot use WAL",
	    err) < 0 ||
	    store_exec(st, "PRAGMA foreign_keys = ON", "foreign keys",
	    err) < 0 ||
	    store_exec(st, "PRAGMA synchronous = NORMAL", "synchronous",
	    err) < 0 ||
	    store_exec(st, "PRAGMA cache_size = -32768", "cache", err) < 0 ||
	    /* Fewer, larger checkpoints: a page hit again is written once. */
	    (sqlite3_wal_autocheckpoint(st->db, STORE_WAL_PAGES) != SQLITE_OK &&
	    store_sql_err(st, "checkpoint", err) < 0))
		return -1;
	return store_migrate(st, err);
}

/*
 * Setup, again while another process holds the database: on a database
 * being created, SQLite answers the journal mode change with SQLITE_BUSY
 * at once, without waiting.  Waits up to busy_ms in all, measured, so
 * that creation and migration by two commands started together
 * serialise and "waited N ms" is true.
 */
static int
store_setup_wait(struct store *st, struct err *err)
{
	int code;

	st->open_start = st->wait_start = g_get_monotonic_time();
	for (;;) {
		if (store_setup(st, err) == 0)
			break;
		code = sqlite3_extended_errcode(st->db) & 0xff;
		if (code != SQLITE_BUSY || store_waited_ms(st) >= st->busy_ms)
			return -1;
		store_rollback(st);
		g_usleep(STORE_RETRY_US);
	}
	st->open_start = 0;
	return 0;
}

/*
 * Before SQLite's first use: no global allocation statistics (nothing
 * reads them, and they take a global mutex on every malloc); statement
 * journals kept in memory up to 1 MB, not 64 KB: the import's 64-row
 * inserts run under one (a multi-row insert may fail half-way) and
 * spilled it to a temporary file, 290,000 extra writes for 1,000,000
 * rows.  Once only; SQLite refuses the calls after its initialisation,
 * which is harmless.
 */
static void
store_sqlite_config(void)
{
	static gsize done;

	if (g_once_init_enter(&done)) {
		sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
		sqlite3_config(SQLITE_CONFIG_STMTJRNL_SPILL, 1 << 20);
		g_once_init_leave(&done, 1);
	}
}

static void
store_stmt_free(gpointer p)
{
	sqlite3_finalize(p);
}

/* 1 if this process may write the file and create files beside it. */
static int
store_writable(const char *path)
{
	char *dir = g_path_get_dirname(path);
	int ok;

	ok = access(path, W_OK) == 0 && access(dir, W_OK | X_OK) == 0;
	g_free(dir);
	return ok;
}

/* A file: URI for path, with the query (mode=ro, immutable=1). */
static char *
store_uri(const char *path, const char *query)
{
	char *abs, *esc, *uri;

	abs = g_canonicalize_filename(path, NULL);
	esc = g_uri_escape_string(abs, "/", FALSE);
	uri = g_strdup_printf("file:%s?%s", esc, query);
	g_free(esc);
	g_free(abs);
	return uri;
}

/* 1 if a write-ahead log with content lies beside the database. */
static int
store_wal_pending(const char *path)
{
	char *wal = g_strconcat(path, "-wal", NULL);
	struct stat sb;
	int pending;

	pending = stat(wal, &sb) == 0 && sb.st_size > 0;
	g_free(wal);
	return pending;
}

/*
 * Opens the connection.  Read-only when the mode is STORE_READONLY, or
 * STORE_READ and the file or its folder cannot be written (read-only media, another user's
 * folder): WAL needs its -shm file beside the database, so when that
 * cannot be made either the file is opened immutable, which is exact
 * only when no log with content waits beside it (checked).
 */
static int
store_connect(struct store *st, enum store_mode mode, struct err *err)
{
	/*
	 * NOMUTEX: a connection is only ever used by the thread that opened
	 * it (ingest and import parse on another thread, never touching the
	 * store), so SQLite's per-call locking is pure cost.
	 */
	int flags = SQLITE_OPEN_NOMUTEX, rc;
	char *uri = NULL;

	/* The file only: its folder may be closed when -wal, -shm exist. */
	if (mode < STORE_READ && access(st->path, W_OK) < 0)
		return err_set(err, "database '%s' is read-only (%s): nothing "
		    "changed", st->path, strerror(errno));
	if (mode < STORE_READ || (mode == STORE_READ &&
	    store_writable(st->path)))
		rc = sqlite3_open_v2(st->path, &st->db, flags |
		    SQLITE_OPEN_READWRITE, NULL);
	else {
		st->readonly = 1;
		uri = store_uri(st->path, "mode=ro");
		rc = sqlite3_open_v2(uri, &st->db, flags | SQLITE_OPEN_URI |
		    SQLITE_OPEN_READONLY, NULL);
		if (rc == SQLITE_OK && store_version(st) < 0 &&
		    !store_wal_pending(st->path)) {
			sqlite3_close(st->db);
			g_free(uri);
			uri = store_uri(st->path, "immutable=1");
			rc = sqlite3_open_v2(uri, &st->db, flags |
			    SQLITE_OPEN_URI | SQLITE_OPEN_READONLY, NULL);
		}
	}
	g_free(uri);
	if (rc != SQLITE_OK)
		return err_set(err, "cannot open database '%s': %s", st->path,
		    st->db ? sqlite3_errmsg(st->db) : "out of memory");
	return 0;
}

int
store_open(const char *path, int busy_ms, struct store **out,
    struct err *err)
{
	return store_open_mode(path, busy_ms, STORE_CREATE, out, err);
}

int
store_open_mode(const char *path, int busy_ms, enum store_mode mode,
    struct store **out, struct err *err)
{
	struct store *st;

	*out = NULL;
	if (access(path, F_OK) < 0) {
		if (mode != STORE_CREATE)
			return err_set(err, "no database at '%s'", path);
		if (store_create(path, err) < 0)
			return -1;
	}
	st = g_new0(struct store, 1);
	st->path = g_strdup(path);
	st->busy_ms = busy_ms;
	st->stmts = g_hash_table_new_full(g_direct_hash, g_direct_equal, NULL,
	    store_stmt_free);
	st->sender_counts = g_hash_table_new_full(g_str_hash, g_str_equal,
	    g_free, NULL);
	store_policy_defaults(&st->policy);
	store_sqlite_config();
	if (store_connect(st, mode, err) < 0 ||
	    store_setup_wait(st, err) < 0) {
		store_close(st);
		return -1;
	}
	*out = st;
	return 0;
}

int
store_open_another(struct store *st, enum store_mode mode,
    struct store **out, struct err *err)
{
	if (store_open_mode(st->path, st->busy_ms, mode, out, err) < 0)
		return -1;
	(*out)->policy = st->policy;
	(*out)->clock = st->clock;
	return 0;
}

void
store_close(struct store *st)
{
	if (st == NULL)
		return;
	store_checkpoint_join(st);
	if (st->db != NULL)
		store_rollback(st);
	g_hash_table_destroy(st->stmts);
	g_hash_table_destroy(st->sender_counts);
	if (st->aggs != NULL)
		g_ptr_array_free(st->aggs, TRUE);
	sqlite3_finalize(st->import_many);
	sqlite3_close(st->db);
	g_free(st->path);
	g_free(st);
}
