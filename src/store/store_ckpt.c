/*
 * store_ckpt: checkpoints on a thread of their own.  In WAL mode a commit
 * only appends to the log; a checkpoint copies the log back into the
 * database and waits twice for the disk (fsync of log and database).
 * SQLite runs it inside the commit that crosses the threshold, so the
 * committing thread waits for the disk: 73 fsyncs, 3.4 s of a 100,000-
 * bounce ingest on the development machine.  Here the same checkpoint,
 * at the same threshold, runs on a second connection in its own thread
 * (SQLITE_CHECKPOINT_PASSIVE: it copies what is committed and never
 * blocks the writer), the documented alternative to auto-checkpoints.
 * Durability does not change: a commit is in the log either way, and a
 * checkpoint interrupted by a crash is redone from the log.
 *
 * The thread touches only its own connection; the writer's connection
 * only signals it (from SQLite's WAL hook, inside the writer's commit).
 */
#include <string.h>

#include "store_int.h"

struct store_ckpt {
	sqlite3		*db;		/* the checkpointer's own connection */
	GThread		*thread;
	GMutex		 lock;
	GCond		 cond;
	int		 want, stop;
	int		 copied;	/* log pages the last checkpoint copied */
};

/*
 * SQLite's WAL hook on the writer's connection, after each commit; pages
 * is the length of the log.  The thread is asked to copy every quarter
 * of the threshold.  At the threshold the writer still checkpoints, as
 * SQLite's own hook does: only what the thread has not copied yet is
 * left, and only such a checkpoint, run between the writer's
 * transactions, lets the log start again from its beginning (a thread
 * copying beside a writer that never stops would let it grow without
 * end).
 */
static int
ckpt_hook(void *arg, sqlite3 *db, const char *name, int pages)
{
	struct store_ckpt *c = arg;

	if (pages >= STORE_WAL_PAGES) {
		sqlite3_wal_checkpoint(db, name);
		return SQLITE_OK;
	}
	g_mutex_lock(&c->lock);
	if (pages < c->copied)
		c->copied = 0;		/* the log started again */
	if (pages - c->copied >= STORE_WAL_PAGES / 2) {
		c->want = 1;
		g_cond_signal(&c->cond);
	}
	g_mutex_unlock(&c->lock);
	return SQLITE_OK;
}

/*
 * The thread: one passive checkpoint per request.  A failure (disk full,
 * I/O error) leaves the log as it is, to be copied by the next checkpoint
 * or at close; the writer sees such errors on its own writes.
 */
static gpointer
ckpt_run(gpointer arg)
{
	struct store_ckpt *c = arg;
	int log, copied;

	for (;;) {
		g_mutex_lock(&c->lock);
		while (!c->want && !c->stop)
			g_cond_wait(&c->cond, &c->lock);
		if (c->stop) {
			g_mutex_unlock(&c->lock);
			return NULL;
		}
		c->want = 0;
		g_mutex_unlock(&c->lock);
		if (sqlite3_wal_checkpoint_v2(c->db, NULL,
		    SQLITE_CHECKPOINT_PASSIVE, &log, &copied) != SQLITE_OK)
			continue;
		g_mutex_lock(&c->lock);
		c->copied = copied;
		g_mutex_unlock(&c->lock);
	}
}

/*
 * Without a second connection or thread nothing changes: checkpoints go
 * on inside the commits, as SQLite does them.
 */
void
store_checkpoint_thread(struct store *st)
{
	struct store_ckpt *c;

	if (st->ckpt != NULL)
		return;
	c = g_new0(struct store_ckpt, 1);
	/*
	 * A connection knows the database is in WAL mode once it has read
	 * it; until then a checkpoint on it silently does nothing.
	 */
	if (sqlite3_open_v2(st->path, &c->db, SQLITE_OPEN_READWRITE |
	    SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK ||
	    sqlite3_exec(c->db, "PRAGMA synchronous = NORMAL; "
	    "SELECT count(*) FROM sqlite_master", NULL, NULL, NULL) !=
	    SQLITE_OK) {
		sqlite3_close(c->db);
		g_free(c);
		return;
	}
	sqlite3_busy_timeout(c->db, st->busy_ms);
	g_mutex_init(&c->lock);
	g_cond_init(&c->cond);
	if ((c->thread = g_thread_try_new("store-checkpoint", ckpt_run, c,
	    NULL)) == NULL) {
		g_mutex_clear(&c->lock);
		g_cond_clear(&c->cond);
		sqlite3_close(c->db);
		g_free(c);
		return;
	}
	/* Replaces the auto-checkpoint, which is a WAL hook too. */
	sqlite3_wal_hook(st->db, ckpt_hook, c);
	st->ckpt = c;
}

void
store_checkpoint_join(struct store *st)
{
	struct store_ckpt *c = st->ckpt;

	if (c == NULL)
		return;
	sqlite3_wal_autocheckpoint(st->db, STORE_WAL_PAGES);
	g_mutex_lock(&c->lock);
	c->stop = 1;
	g_cond_signal(&c->cond);
	g_mutex_unlock(&c->lock);
	g_thread_join(c->thread);
	sqlite3_close(c->db);
	g_mutex_clear(&c->lock);
	g_cond_clear(&c->cond);
	g_free(c);
	st->ckpt = NULL;
}
