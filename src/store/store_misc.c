/*
 * store_misc: mailbox and Sent folder cursors, pending after-actions, runs, the export
 * stream and the report's counts.  Each is a thin layer over one or two
 * statements.
 */
#include <stdlib.h>
#include <string.h>

#include "store_int.h"

static const char sql_cursor_get[] =
    "SELECT uidvalidity, last_uid FROM mailbox_cursors "
    "WHERE account = ?1 AND folder = ?2";
static const char sql_cursor_set[] =
    "INSERT INTO mailbox_cursors (account, folder, uidvalidity, last_uid, "
    "updated) VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (account, folder) "
    "DO UPDATE SET uidvalidity = excluded.uidvalidity, "
    "last_uid = excluded.last_uid, updated = excluded.updated";
static const char sql_sent_cursor_get[] =
    "SELECT uidvalidity, last_uid FROM sent_cursors "
    "WHERE account = ?1 AND folder = ?2";
static const char sql_sent_cursor_set[] =
    "INSERT INTO sent_cursors (account, folder, uidvalidity, last_uid, "
    "updated) VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (account, folder) "
    "DO UPDATE SET uidvalidity = excluded.uidvalidity, "
    "last_uid = excluded.last_uid, updated = excluded.updated";
static const char sql_pending_add[] =
    "INSERT INTO mailbox_pending (account, folder, uidvalidity, uid, added) "
    "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT DO NOTHING";
static const char sql_pending_get[] =
    "SELECT uid FROM mailbox_pending WHERE account = ?1 AND folder = ?2 "
    "AND uidvalidity = ?3 ORDER BY uid";
static const char sql_pending_clear[] =
    "DELETE FROM mailbox_pending WHERE account = ?1 AND folder = ?2";
static const char sql_run_begin[] =
    "INSERT INTO runs (command, source, started) VALUES (?1, ?2, ?3)";
static const char sql_run_end[] =
    "UPDATE runs SET finished = ?2, messages = ?3, unreadable = ?4, "
    "recipients = ?5, applied = ?6, ok = ?7 WHERE id = ?1";
static const char sql_run_changes[] =
    "SELECT c.address, h.old_status, h.new_status, h.reason "
    "FROM status_history h JOIN contacts c ON c.id = h.contact_id "
    "WHERE h.run_id = ?1 ORDER BY h.id";
static const char sql_skipped_add[] =
    "INSERT INTO skipped_messages (source, uidvalidity, uid, msg_index, "
    "kind, detail, at, run_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) "
    "ON CONFLICT DO NOTHING";
/* ?1: 1 to include the contacts only a bounce created. */
#define EXPORT_SELECT "SELECT address, columns, header_id, status, " \
    "reason, suggestion, last_bounce, source FROM contacts " \
    "WHERE (?1 OR source <> 'bounce') "
static const char sql_export_all[] = EXPORT_SELECT "ORDER BY id";

static const char *const sql_counts[] = {
	[STORE_BY_CATEGORY] = "SELECT category, NULL, count(*) FROM bounces "
	    "WHERE date >= ?1 GROUP BY 1 ORDER BY 3 DESC, 1 LIMIT ?2",
	[STORE_BY_DOMAIN] = "SELECT substr(recipient, instr(recipient, '@') "
	    "+ 1), NULL, count(*) FROM bounces WHERE date >= ?1 AND category "
	    "NOT IN ('autoreply', 'delivered') GROUP BY 1 ORDER BY 3 DESC, 1 "
	    "LIMIT ?2",
	[STORE_BY_DAY] = "SELECT date(date, 'unixepoch'), NULL, count(*) "
	    "FROM bounces WHERE date >= ?1 AND category NOT IN ('autoreply', "
	    "'delivered') GROUP BY 1 ORDER BY 1 LIMIT ?2",
	[STORE_BY_DIAGNOSTIC] = "SELECT diagnostic, NULL, count(*) FROM "
	    "bounces WHERE date >= ?1 AND diagnostic IS NOT NULL AND category "
	    "NOT IN ('autoreply', 'delivered') GROUP BY 1 ORDER BY 3 DESC, 1 "
	    "LIMIT ?2",
	[STORE_BY_ALERT] = "SELECT kind, list_name, count(*) FROM "
	    "sender_alerts WHERE at >= ?1 GROUP BY 1, 2 ORDER BY 3 DESC, 1 "
	    "LIMIT ?2",
	[STORE_BY_STATUS] = "SELECT status, NULL, count(*) FROM contacts "
	    "WHERE ?1 >= 0 GROUP BY 1 ORDER BY 3 DESC, 1 LIMIT ?2",
	[STORE_BY_SKIPPED] = "SELECT kind, source, count(*) FROM "
	    "skipped_messages WHERE at >= ?1 GROUP BY 1, 2 ORDER BY 3 DESC, "
	    "1, 2 LIMIT ?2",
	/* Failures that may change a status, by their evidence. */
	[STORE_BY_EVIDENCE] = "SELECT CASE WHEN " STORE_BOUNCE_COUNTS " THEN "
	    "coalesce(b.evidence, 'ungraded') ELSE 'unverified' END, "
	    "CASE WHEN b.accepted > 0 THEN 'accepted' WHEN b.held IS NOT "
	    "NULL THEN 'held' WHEN NOT " STORE_BOUNCE_COUNTS " THEN 'not "
	    "counted' END, count(*) FROM bounces b WHERE b.date >= ?1 AND "
	    "b.category IN ('invalid', 'full', 'retry-later', 'complaint') "
	    "GROUP BY 1, 2 ORDER BY 1, 2 LIMIT ?2",
	/* By notice: a forged report naming a thousand is one line. */
	[STORE_BY_UNVERIFIED] = "SELECT min(b.recipient) || CASE WHEN "
	    "count(*) > 1 THEN ' and others' ELSE '' END, b.category || ', ' "
	    "|| b.evidence || ', from ' || coalesce(max(b.notice_from), "
	    "'(not recorded)') || ', notice ' || b.msg_key, count(*) FROM "
	    "bounces "
	    "b WHERE b.date >= ?1 AND b.category IN ('invalid', 'full', "
	    "'retry-later', 'complaint') AND b.held IS NULL AND NOT "
	    STORE_BOUNCE_COUNTS " GROUP BY b.msg_key, b.category, b.evidence "
	    "ORDER BY 3 DESC, 1, 2 LIMIT ?2",
	/* Held bounces by notice: one line for a report of 5,000. */
	[STORE_BY_HELD] = "SELECT min(b.recipient) || CASE WHEN count(*) > "
	    "1 THEN ' and others' ELSE '' END, b.held || ', from ' || "
	    "coalesce(max(b.notice_from), '(not recorded)') || ', notice ' "
	    "|| b.msg_key, count(*) FROM bounces b WHERE b.date >= ?1 AND "
	    "b.held IS NOT NULL AND NOT " STORE_BOUNCE_COUNTS " GROUP BY "
	    "b.msg_key, b.held ORDER BY 3 DESC, 1 LIMIT ?2",
	[STORE_BY_UNPROVEN] = "SELECT b.account, NULL, count(*) FROM bounces "
	    "b WHERE b.date >= ?1 AND b.category IN ('invalid', 'full', "
	    "'retry-later', 'complaint') AND b.held IS NULL AND NOT "
	    STORE_BOUNCE_COUNTS " GROUP BY 1 ORDER BY 1 LIMIT ?2",
};

/* A cursor of the table that sql (sql_cursor_get or _sent_) reads. */
static int
cursor_get(struct store *st, const char *sql, const char *account,
    const char *folder, uint32_t *uidvalidity, uint32_t *last_uid,
    struct err *err)
{
	sqlite3_stmt *s;
	int rc;

	/* lint-sql: callers pass sql_cursor_get or sql_sent_cursor_get. */
	if ((s = store_stmt(st, sql, err)) == NULL)
		return -1;
	store_bind_text(s, 1, account);
	store_bind_text(s, 2, folder);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		*uidvalidity = (uint32_t)sqlite3_column_int64(s, 0);
		*last_uid = (uint32_t)sqlite3_column_int64(s, 1);
	}
	sqlite3_reset(s);
	if (rc == SQLITE_ROW)
		return 1;
	if (rc == SQLITE_DONE)
		return 0;
	return store_sql_err(st, "cannot read a mailbox cursor", err);
}

static int
cursor_set(struct store *st, const char *sql, const char *account,
    const char *folder, uint32_t uidvalidity, uint32_t last_uid,
    struct err *err)
{
	sqlite3_stmt *s;

	/* lint-sql: callers pass sql_cursor_set or sql_sent_cursor_set. */
	if ((s = store_stmt(st, sql, err)) == NULL)
		return -1;
	store_bind_text(s, 1, account);
	store_bind_text(s, 2, folder);
	sqlite3_bind_int64(s, 3, uidvalidity);
	sqlite3_bind_int64(s, 4, last_uid);
	sqlite3_bind_int64(s, 5, store_now(st));
	return store_step_done(st, s, "cannot advance a mailbox cursor", err);
}

int
store_cursor_get(struct store *st, const char *account, const char *folder,
    uint32_t *uidvalidity, uint32_t *last_uid, struct err *err)
{
	return cursor_get(st, sql_cursor_get, account, folder, uidvalidity,
	    last_uid, err);
}

int
store_cursor_set(struct store *st, const char *account, const char *folder,
    uint32_t uidvalidity, uint32_t last_uid, struct err *err)
{
	return cursor_set(st, sql_cursor_set, account, folder, uidvalidity,
	    last_uid, err);
}

int
store_sent_cursor_get(struct store *st, const char *account,
    const char *folder, uint32_t *uidvalidity, uint32_t *last_uid,
    struct err *err)
{
	return cursor_get(st, sql_sent_cursor_get, account, folder,
	    uidvalidity, last_uid, err);
}

int
store_sent_cursor_set(struct store *st, const char *account,
    const char *folder, uint32_t uidvalidity, uint32_t last_uid,
    struct err *err)
{
	return cursor_set(st, sql_sent_cursor_set, account, folder,
	    uidvalidity, last_uid, err);
}

int
store_pending_add(struct store *st, const char *account, const char *folder,
    uint32_t uidvalidity, uint32_t uid, struct err *err)
{
	sqlite3_stmt *s;

	if ((s = store_stmt(st, sql_pending_add, err)) == NULL)
		return -1;
	store_bind_text(s, 1, account);
	store_bind_text(s, 2, folder);
	sqlite3_bind_int64(s, 3, uidvalidity);
	sqlite3_bind_int64(s, 4, uid);
	sqlite3_bind_int64(s, 5, store_now(st));
	return store_step_done(st, s, "cannot record a pending action", err);
}

int
store_pending_get(struct store *st, const char *account, const char *folder,
    uint32_t uidvalidity, uint32_t **uids, size_t *n, struct err *err)
{
	GArray *v = g_array_new(FALSE, FALSE, sizeof(uint32_t));
	sqlite3_stmt *s;
	uint32_t uid;
	int rc;

	*uids = NULL;
	*n = 0;
	if ((s = store_stmt(st, sql_pending_get, err)) == NULL) {
		g_array_free(v, TRUE);
		return -1;
	}
	store_bind_text(s, 1, account);
	store_bind_text(s, 2, folder);
	sqlite3_bind_int64(s, 3, uidvalidity);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		uid = (uint32_t)sqlite3_column_int64(s, 0);
		g_array_append_val(v, uid);
	}
	sqlite3_reset(s);
	if (rc != SQLITE_DONE) {
		g_array_free(v, TRUE);
		return store_sql_err(st, "cannot read pending actions", err);
	}
	if (v->len == 0) {
		g_array_free(v, TRUE);
		return 0;
	}
	*n = v->len;
	*uids = (uint32_t *)(void *)g_array_free(v, FALSE);
	return 0;
}

int
store_pending_clear(struct store *st, const char *account,
    const char *folder, struct err *err)
{
	sqlite3_stmt *s;

	if ((s = store_stmt(st, sql_pending_clear, err)) == NULL)
		return -1;
	store_bind_text(s, 1, account);
	store_bind_text(s, 2, folder);
	return store_step_done(st, s, "cannot clear pending actions", err);
}

int
store_skipped_add(struct store *st, long long run_id,
    const struct store_skipped *k, struct err *err)
{
	sqlite3_stmt *s;

	if ((s = store_stmt(st, sql_skipped_add, err)) == NULL)
		return -1;
	store_bind_text(s, 1, k->source);
	sqlite3_bind_int64(s, 2, k->uidvalidity);
	sqlite3_bind_int64(s, 3, k->uid);
	sqlite3_bind_int64(s, 4, k->index);
	store_bind_text(s, 5, k->kind);
	store_bind_text(s, 6, k->detail);
	sqlite3_bind_int64(s, 7, store_now(st));
	if (run_id > 0)
		sqlite3_bind_int64(s, 8, run_id);
	else
		sqlite3_bind_null(s, 8);
	return store_step_done(st, s, "cannot record a skipped message", err);
}

int
store_run_begin(struct store *st, const char *command, const char *source,
    long long *run_id, struct err *err)
{
	sqlite3_stmt *s;

	if ((s = store_stmt(st, sql_run_begin, err)) == NULL)
		return -1;
	store_bind_text(s, 1, command);
	store_bind_text(s, 2, source);
	sqlite3_bind_int64(s, 3, store_now(st));
	if (store_step_done(st, s, "cannot record a run", err) < 0)
		return -1;
	*run_id = sqlite3_last_insert_rowid(st->db);
	return 0;
}

int
store_run_changes(struct store *st, long long run_id, store_change_fn *fn,
    void *ctx, struct err *err)
{
	struct store_change c;
	sqlite3_stmt *s;
	int rc;

	if ((s = store_stmt(st, sql_run_changes, err)) == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, run_id);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		c.address = store_col_text(s, 0);
		c.old_status = store_col_text(s, 1);
		c.new_status = store_col_text(s, 2);
		c.reason = store_col_text(s, 3);
		fn(ctx, &c);
	}
	sqlite3_reset(s);
	if (rc != SQLITE_DONE)
		return store_sql_err(st, "cannot read the run's changes", err);
	return 0;
}

int
store_run_end(struct store *st, long long run_id,
    const struct store_run_counts *c, int ok, struct err *err)
{
	sqlite3_stmt *s;

	if ((s = store_stmt(st, sql_run_end, err)) == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, run_id);
	sqlite3_bind_int64(s, 2, store_now(st));
	sqlite3_bind_int64(s, 3, c->messages);
	sqlite3_bind_int64(s, 4, c->unreadable);
	sqlite3_bind_int64(s, 5, c->recipients);
	sqlite3_bind_int64(s, 6, c->applied);
	sqlite3_bind_int(s, 7, ok != 0);
	return store_step_done(st, s, "cannot record a run", err);
}

/* The export query for a status list: built from placeholders only. */
static sqlite3_stmt *
export_prepare(struct store *st, const char *const *statuses,
    int with_bounced, struct err *err)
{
	sqlite3_stmt *s;
	GString *q;
	size_t i;
	int rc;

	if (statuses == NULL) {
		if ((s = store_stmt(st, sql_export_all, err)) != NULL)
			sqlite3_bind_int(s, 1, with_bounced != 0);
		return s;
	}
	q = g_string_new(EXPORT_SELECT "AND status IN (NULL");
	for (i = 0; statuses[i] != NULL; i++)
		g_string_append(q, ", ?");
	g_string_append(q, ") ORDER BY id");
	/* lint-sql: constant text and "?" placeholders only. */
	rc = sqlite3_prepare_v2(st->db, q->str, -1, &s, NULL);
	g_string_free(q, TRUE);
	if (rc != SQLITE_OK) {
		store_sql_err(st, "cannot prepare the export", err);
		return NULL;
	}
	sqlite3_bind_int(s, 1, with_bounced != 0);
	for (i = 0; statuses[i] != NULL; i++)
		store_bind_text(s, (int)i + 2, statuses[i]);
	return s;
}

static void
export_row(sqlite3_stmt *s, struct store_export_row *r)
{
	r->address = store_col_text(s, 0);
	r->columns = store_col_text(s, 1);
	r->header_id = sqlite3_column_int64(s, 2);
	r->status = store_col_text(s, 3);
	r->reason = store_col_text(s, 4);
	r->suggestion = store_col_text(s, 5);
	r->last_bounce = sqlite3_column_int64(s, 6);
	r->source = store_col_text(s, 7);
}

int
store_export_each(struct store *st, const char *const *statuses,
    int with_bounced, store_export_fn fn, void *ctx, struct err *err)
{
	struct store_export_row r;
	sqlite3_stmt *s;
	int rc, stop = 0;

	if ((s = export_prepare(st, statuses, with_bounced, err)) == NULL)
		return -1;
	while (!stop && (rc = sqlite3_step(s)) == SQLITE_ROW) {
		export_row(s, &r);
		stop = fn(ctx, &r) < 0;
	}
	if (statuses != NULL)
		sqlite3_finalize(s);
	else
		sqlite3_reset(s);
	if (stop)
		return err_set(err, "export stopped");
	return rc == SQLITE_DONE ? 0 :
	    store_sql_err(st, "cannot read contacts", err);
}

int
store_count_each(struct store *st, enum store_count_by by, long long since,
    int limit, store_count_fn fn, void *ctx, struct err *err)
{
	return store_agg_each(st, sql_counts[by], since, limit, fn, ctx,
	    "cannot count", err);
}

/* Sender-side bounces for doctor: one row per distinct text. */
static const char sql_sender_bounces[] =
    "SELECT category, reason, diagnostic, count(*), min(date), max(date) "
    "FROM bounces WHERE category IN ('blocked', 'content') AND date >= ?1 "
    "GROUP BY 1, 2, 3 ORDER BY 4 DESC";

int
store_sender_bounce_each(struct store *st, long long since,
    store_sender_fn fn, void *ctx, struct err *err)
{
	struct store_sender_row r;
	sqlite3_stmt *s;
	int rc;

	if ((s = store_stmt(st, sql_sender_bounces, err)) == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, since);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		r.category = store_col_text(s, 0);
		r.reason = store_col_text(s, 1);
		r.diagnostic = store_col_text(s, 2);
		r.count = sqlite3_column_int64(s, 3);
		r.first = sqlite3_column_int64(s, 4);
		r.last = sqlite3_column_int64(s, 5);
		if (fn(ctx, &r) < 0) {
			sqlite3_reset(s);
			return err_set(err, "reading bounces stopped");
		}
	}
	sqlite3_reset(s);
	return rc == SQLITE_DONE ? 0 :
	    store_sql_err(st, "cannot read bounces", err);
}
