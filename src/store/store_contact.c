/*
 * store_contact: contacts in and out: CSV import rows, manual marks, and
 * the read side used by status, list and export.  Address rules live in
 * store_addr.c, status rules in store_policy.c.
 */
#include <string.h>

#include "store_addr.h"
#include "csv.h"
#include "store_int.h"

static const char sql_header_find[] =
    "SELECT id FROM csv_headers WHERE names = ?1";
static const char sql_header_insert[] =
    "INSERT INTO csv_headers (names, email_col) VALUES (?1, ?2)";
/*
 * A new contact, else (sqlite3_changes() says 0) the update that keeps its
 * status.  Not one upsert: an upsert's update may change header_id, a
 * foreign key, so SQLite would run every insert under a statement journal,
 * copying each page it touches; a plain insert needs none.
 */
static const char sql_import_insert[] =
    "INSERT INTO contacts (address, display, source, header_id, columns, "
    "base_status, base_reason, suggestion, status, reason, since) "
    "VALUES (?1, ?2, 'import', ?3, ?4, ?5, ?6, ?7, ?5, ?6, ?8) "
    "ON CONFLICT (address) DO NOTHING";
/*
 * A row seen again under the same header is merged into the one kept: its
 * filled cells win, its blank ones keep what was there (a second row for
 * the same person never erases a phone number).  SET reads the old values.
 */
static const char sql_import_update[] =
    "UPDATE contacts SET source = 'import', header_id = ?3, columns = "
    "CASE WHEN header_id IS ?3 AND columns IS NOT NULL THEN "
    "bh_merge_row(columns, ?4) ELSE ?4 END, "
    "base_status = ?5, base_reason = ?6, suggestion = ?7 "
    "WHERE address = ?1";
/*
 * Rows per multi-row insert: one statement's fixed cost (cursors, foreign
 * key, halt) over many rows.  Callgrind, 200,000 rows: SQLite's share
 * from 2.75 to 2.07 G instructions going from 1 to 64 (2.16 G at 16).
 * Such an insert needs a statement journal (it could fail half-way), kept
 * in memory (store_sqlite_config()).
 */
#define IMPORT_MANY	64
static const char sql_count[] = "SELECT count(*) FROM contacts";
static const char sql_mark_ensure[] =
    "INSERT INTO contacts (address, display, source, since) "
    "VALUES (?1, nullif(?2, ?1), 'manual', ?3) "
    "ON CONFLICT (address) DO NOTHING";
static const char sql_mark_history[] =
    "INSERT INTO status_history (contact_id, at, old_status, new_status, "
    "reason, manual, note, run_id) SELECT id, ?2, status, ?3, "
    "coalesce(?6, 'manual'), 1, ?4, ?5 FROM contacts WHERE address = ?1";
static const char sql_contact_get[] =
    "SELECT " CONTACT_COLS CONTACT_FROM "WHERE address = ?1";
static const char sql_contact_each[] =
    "SELECT " CONTACT_COLS CONTACT_FROM
    "WHERE (?1 IS NULL OR status = ?1) AND (?2 IS NULL OR "
    "substr(address, instr(address, '@') + 1) = ?2) AND since >= ?3 "
    "ORDER BY address";
static const char sql_history_each[] =
    "SELECT h.at, h.old_status, h.new_status, h.reason, h.note, h.manual "
    "FROM status_history h JOIN contacts c ON c.id = h.contact_id "
    "WHERE c.address = ?1 ORDER BY h.at, h.id";
static const char sql_bounce_each[] =
    "SELECT b.id, b.msg_key, b.rcpt_display, b.kind, b.category, b.reason, "
    "b.status, b.code, b.action, b.hard, b.diagnostic, b.remote_mta, "
    "b.reporting_mta, b.date, b.date_known, b.date_text, "
    "b.original_message_id, b.original_subject, b.replacement, "
    "b.feedback_type, b.rule, b.file, b.msg_index, b.account, b.folder, "
    "b.uidvalidity, b.uid, a.kind, a.advice, a.list_name, b.evidence, "
    "b.accepted, b.held, " STORE_BOUNCE_COUNTS ", b.notice_from, "
    "b.notice_subject FROM bounces b "
    "LEFT JOIN sender_alerts a ON a.bounce_id = b.id "
    "WHERE b.recipient = ?1 ORDER BY b.date, b.msg_key";
static const char sql_header_each[] =
    "SELECT id, names, email_col FROM csv_headers ORDER BY id";

int
store_header_add(struct store *st, const char *names, int email_col,
    long long *header_id, struct err *err)
{
	sqlite3_stmt *s;

	if ((s = store_stmt(st, sql_header_find, err)) == NULL)
		return -1;
	store_bind_text(s, 1, names);
	if (sqlite3_step(s) == SQLITE_ROW) {
		*header_id = sqlite3_column_int64(s, 0);
		sqlite3_reset(s);
		return 0;
	}
	sqlite3_reset(s);
	if ((s = store_stmt(st, sql_header_insert, err)) == NULL)
		return -1;
	store_bind_text(s, 1, names);
	sqlite3_bind_int(s, 2, email_col);
	if (store_step_done(st, s, "cannot record a CSV header", err) < 0)
		return -1;
	*header_id = sqlite3_last_insert_rowid(st->db);
	return 0;
}

/*
 * Text in the address column that is no address at all ("not-an-email",
 * "n/a"): kept, lower-cased, as an invalid contact (reason syntax), so the
 * row stays in the user's list and says why it gets no mail.  NULL for an
 * empty cell or text that is not UTF-8.
 */
static char *
import_unusable_key(const char *address)
{
	char *t = g_strstrip(g_strdup(address)), *key = NULL;

	if (t[0] != '\0' && g_utf8_validate(t, -1, NULL))
		key = g_utf8_strdown(t, -1);
	g_free(t);
	return key;
}

char *
store_contact_key(const char *address)
{
	char *key = store_addr_key(address);

	return key != NULL ? key : import_unusable_key(address);
}

void
store_import_judge(const char *address, struct store_import_verdict *v)
{
	memset(v, 0, sizeof(*v));
	v->status = "invalid";
	if ((v->key = store_addr_key(address)) == NULL) {
		v->key = import_unusable_key(address);
		v->res = v->key != NULL ? STORE_IMPORT_SYNTAX :
		    STORE_IMPORT_NOADDR;
		v->reason = "syntax";
		return;
	}
	if (store_addr_check(v->key, &v->reason) < 0) {
		v->res = STORE_IMPORT_SYNTAX;
		return;
	}
	if ((v->suggestion = store_addr_suggest(v->key)) != NULL) {
		v->status = "suspect";
		v->reason = "typo";
		v->res = STORE_IMPORT_SUSPECT;
		return;
	}
	v->status = "active";
	v->reason = NULL;
	v->res = STORE_IMPORT_OK;
}

void
store_import_verdict_release(struct store_import_verdict *v)
{
	g_free(v->key);
	g_free(v->suggestion);
	v->key = v->suggestion = NULL;
}

/*
 * Binds a row's 8 import parameters, from ?base+1 on.  ?2, the display
 * form, is NULL when it is the key itself (nullif() in C: most rows).
 */
static void
contact_import_bind(struct store *st, sqlite3_stmt *s, int base,
    const struct store_import_row *row, const struct store_import_verdict *v)
{
	store_bind_text(s, base + 1, v->key);
	store_bind_text(s, base + 2, strcmp(row->address, v->key) == 0 ?
	    NULL : row->address);
	store_bind_int0(s, base + 3, row->header_id);
	store_bind_text(s, base + 4, row->columns);
	store_bind_text(s, base + 5, v->status);
	store_bind_text(s, base + 6, v->reason);
	store_bind_text(s, base + 7, v->suggestion);
	/* The insert's time of creation; the update has no ?8. */
	if (sqlite3_bind_parameter_count(s) >= base + 8)
		sqlite3_bind_int64(s, base + 8, store_now(st));
}

/* bh_merge_row(OLD, NEW): NEW's cells, blank ones taken from OLD. */
static void
contact_merge_row(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	const char *o = (const char *)sqlite3_value_text(argv[0]);
	const char *n = (const char *)sqlite3_value_text(argv[1]);
	char *m;

	(void)argc;
	if (o == NULL || n == NULL) {
		sqlite3_result_value(ctx, argv[1]);
		return;
	}
	m = csv_merge_rows(o, n);
	sqlite3_result_text(ctx, m, -1, g_free);
}

static int
contact_merge_register(struct store *st, struct err *err)
{
	if (st->merge_fn)
		return 0;
	if (sqlite3_create_function(st->db, "bh_merge_row", 2, SQLITE_UTF8 |
	    SQLITE_DETERMINISTIC, NULL, contact_merge_row, NULL, NULL) !=
	    SQLITE_OK)
		return store_sql_err(st, "cannot set up the import", err);
	st->merge_fn = 1;
	return 0;
}

/* Runs one of the import statements (same parameters) for a row. */
static int
contact_import_sql(struct store *st, const char *sql,
    const struct store_import_row *row, const struct store_import_verdict *v,
    struct err *err)
{
	sqlite3_stmt *s;

	if (contact_merge_register(st, err) < 0)
		return -1;
	/* lint-sql: sql_import_insert or sql_import_update. */
	if ((s = store_stmt(st, sql, err)) == NULL)
		return -1;
	contact_import_bind(st, s, 0, row, v);
	return store_step_done(st, s, "cannot import a contact", err);
}

int
store_contact_import_judged(struct store *st,
    const struct store_import_row *row, const struct store_import_verdict *v,
    struct err *err)
{
	if (contact_import_sql(st, sql_import_insert, row, v, err) < 0)
		return -1;
	if (sqlite3_changes(st->db) > 0)
		return 0;
	return contact_import_sql(st, sql_import_update, row, v, err);
}

/* sql_import_insert for IMPORT_MANY rows: ?8k+1 to ?8k+8 for row k. */
static sqlite3_stmt *
contact_import_many_stmt(struct store *st, struct err *err)
{
	GString *q;
	int k, b, rc;

	if (st->import_many != NULL) {
		sqlite3_reset(st->import_many);
		return st->import_many;
	}
	q = g_string_new("INSERT INTO contacts (address, display, source, "
	    "header_id, columns, base_status, base_reason, suggestion, "
	    "status, reason, since) VALUES ");
	for (k = 0; k < IMPORT_MANY; k++) {
		b = 8 * k;
		g_string_append_printf(q, "%s(?%d, ?%d, 'import', ?%d, ?%d, "
		    "?%d, ?%d, ?%d, ?%d, ?%d, ?%d)", k > 0 ? ", " : "", b + 1,
		    b + 2, b + 3, b + 4, b + 5, b + 6, b + 7, b + 5, b + 6,
		    b + 8);
	}
	g_string_append(q, " ON CONFLICT (address) DO NOTHING");
	/* lint-sql: constant text and numbered placeholders only. */
	rc = sqlite3_prepare_v3(st->db, q->str, -1, SQLITE_PREPARE_PERSISTENT,
	    &st->import_many, NULL);
	g_string_free(q, TRUE);
	if (rc != SQLITE_OK) {
		store_sql_err(st, "cannot prepare the import", err);
		return NULL;
	}
	return st->import_many;
}

/*
 * IMPORT_MANY rows in one insert.  Rows it skipped (known addresses,
 * duplicates within the rows) then need their update; which ones is not
 * known, so when any was skipped every row gets its update, in order: on
 * a row just inserted it writes the values it already has, so the result
 * is the one row-by-row import gives.
 */
static int
contact_import_many(struct store *st, const struct store_import_row *rows,
    const struct store_import_verdict *v, struct err *err)
{
	sqlite3_stmt *s;
	int k;

	if ((s = contact_import_many_stmt(st, err)) == NULL)
		return -1;
	for (k = 0; k < IMPORT_MANY; k++)
		contact_import_bind(st, s, 8 * k, &rows[k], &v[k]);
	if (store_step_done(st, s, "cannot import contacts", err) < 0)
		return -1;
	if (sqlite3_changes(st->db) == IMPORT_MANY)
		return 0;
	for (k = 0; k < IMPORT_MANY; k++)
		if (contact_import_sql(st, sql_import_update, &rows[k], &v[k],
		    err) < 0)
			return -1;
	return 0;
}

int
store_contacts_import_judged(struct store *st,
    const struct store_import_row *rows,
    const struct store_import_verdict *v, size_t n, struct err *err)
{
	size_t i = 0;

	for (; n - i >= IMPORT_MANY; i += IMPORT_MANY)
		if (contact_import_many(st, rows + i, v + i, err) < 0)
			return -1;
	for (; i < n; i++)
		if (store_contact_import_judged(st, &rows[i], &v[i], err) < 0)
			return -1;
	return 0;
}

int
store_contact_import(struct store *st, const struct store_import_row *row,
    enum store_import_result *res, struct err *err)
{
	struct store_import_verdict v;
	int rc = 0;

	store_import_judge(row->address, &v);
	*res = v.res;
	if (v.res != STORE_IMPORT_NOADDR)
		rc = store_contact_import_judged(st, row, &v, err);
	store_import_verdict_release(&v);
	return rc;
}

int
store_contact_count(struct store *st, long long *n, struct err *err)
{
	return store_query_int(st, sql_count, NULL, n,
	    "cannot count contacts", err);
}

int
store_contact_mark(struct store *st, long long run_id, const char *address,
    const char *status, const char *note, struct err *err)
{
	return store_contact_mark_reason(st, run_id, address, status, NULL,
	    note, err);
}

int
store_contact_mark_reason(struct store *st, long long run_id,
    const char *address, const char *status, const char *reason,
    const char *note, struct err *err)
{
	sqlite3_stmt *s;
	char *key;
	int rc = -1;

	if (!store_status_valid(status))
		return err_set(err, "unknown status '%s'", status);
	if ((key = store_addr_key(address)) == NULL)
		return err_set(err, "'%s' is not an address", address);
	if ((s = store_stmt(st, sql_mark_ensure, err)) == NULL)
		goto out;
	store_bind_text(s, 1, key);
	store_bind_text(s, 2, address);
	sqlite3_bind_int64(s, 3, store_now(st));
	if (store_step_done(st, s, "cannot create a contact", err) < 0)
		goto out;
	if ((s = store_stmt(st, sql_mark_history, err)) == NULL)
		goto out;
	store_bind_text(s, 1, key);
	sqlite3_bind_int64(s, 2, store_now(st));
	store_bind_text(s, 3, status);
	store_bind_text(s, 4, note);
	store_bind_int0(s, 5, run_id);
	store_bind_text(s, 6, reason);
	if (store_step_done(st, s, "cannot record a mark", err) < 0)
		goto out;
	rc = store_contact_refresh(st, key, run_id, 0, err);
out:
	g_free(key);
	return rc;
}

void
store_contact_row(sqlite3_stmt *s, struct store_contact *c)
{
	c->address = store_col_text(s, 0);
	c->display = store_col_text(s, 1);
	c->source = store_col_text(s, 2);
	c->status = store_col_text(s, 3);
	c->reason = store_col_text(s, 4);
	c->review = store_col_text(s, 5);
	c->suggestion = store_col_text(s, 6);
	c->since = sqlite3_column_int64(s, 7);
	c->retry_after = sqlite3_column_int64(s, 8);
	c->first_bounce = sqlite3_column_int64(s, 9);
	c->last_bounce = sqlite3_column_int64(s, 10);
	c->bounces = sqlite3_column_int(s, 11);
	c->header_id = sqlite3_column_int64(s, 12);
	c->columns = store_col_text(s, 13);
	c->domain_state = store_col_text(s, 14);
	c->domain_detail = store_col_text(s, 15);
	c->domain_first = sqlite3_column_int64(s, 16);
	c->domain_confirmed = sqlite3_column_int64(s, 17);
}

/* The caller's callback, one of three kinds, and its context. */
struct contact_cb {
	store_contact_fn	 contact;
	store_bounce_fn		 bounce;
	store_history_fn	 history;
	void			*ctx;
};

typedef int (*contact_row_fn)(sqlite3_stmt *, const struct contact_cb *);

/* Steps s, calling row() for each row until it returns non-zero. */
static int
contact_rows(struct store *st, sqlite3_stmt *s, contact_row_fn row,
    const struct contact_cb *cb, int *nrows, struct err *err)
{
	int rc;

	*nrows = 0;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		(*nrows)++;
		if (row(s, cb) < 0) {
			sqlite3_reset(s);
			return err_set(err, "stopped by the caller");
		}
	}
	sqlite3_reset(s);
	return rc == SQLITE_DONE ? 0 : store_sql_err(st, "cannot read", err);
}

static int
contact_call(sqlite3_stmt *s, const struct contact_cb *cb)
{
	struct store_contact c;

	store_contact_row(s, &c);
	return cb->contact(cb->ctx, &c);
}

int
store_contact_get(struct store *st, const char *address,
    store_contact_fn fn, void *ctx, struct err *err)
{
	struct contact_cb cb = { .contact = fn, .ctx = ctx };
	sqlite3_stmt *s;
	char *key;
	int n, rc;

	if ((key = store_contact_key(address)) == NULL)
		return 0;
	if ((s = store_stmt(st, sql_contact_get, err)) == NULL) {
		g_free(key);
		return -1;
	}
	store_bind_text(s, 1, key);
	rc = contact_rows(st, s, contact_call, &cb, &n, err);
	g_free(key);
	return rc < 0 ? -1 : n > 0;
}

int
store_contact_each(struct store *st, const struct store_filter *f,
    store_contact_fn fn, void *ctx, struct err *err)
{
	struct contact_cb cb = { .contact = fn, .ctx = ctx };
	sqlite3_stmt *s;
	int n;

	if ((s = store_stmt(st, sql_contact_each, err)) == NULL)
		return -1;
	store_bind_text(s, 1, f->status);
	store_bind_text(s, 2, f->domain);
	sqlite3_bind_int64(s, 3, f->since);
	return contact_rows(st, s, contact_call, &cb, &n, err);
}

static int
history_call(sqlite3_stmt *s, const struct contact_cb *cb)
{
	struct store_history_row h;

	h.at = sqlite3_column_int64(s, 0);
	h.old_status = store_col_text(s, 1);
	h.new_status = store_col_text(s, 2);
	h.reason = store_col_text(s, 3);
	h.note = store_col_text(s, 4);
	h.manual = sqlite3_column_int(s, 5);
	return cb->history(cb->ctx, &h);
}

/* Runs sql (one ?1: the address key) through row() for each row. */
static int
contact_each_key(struct store *st, const char *sql, const char *address,
    contact_row_fn row, const struct contact_cb *cb, struct err *err)
{
	sqlite3_stmt *s;
	char *key;
	int n, rc;

	if ((key = store_contact_key(address)) == NULL)
		return 0;
	/* lint-sql: the callers' sql_* constants, checked there. */
	if ((s = store_stmt(st, sql, err)) == NULL) {
		g_free(key);
		return -1;
	}
	store_bind_text(s, 1, key);
	rc = contact_rows(st, s, row, cb, &n, err);
	g_free(key);
	return rc;
}

int
store_history_each(struct store *st, const char *address,
    store_history_fn fn, void *ctx, struct err *err)
{
	struct contact_cb cb = { .history = fn, .ctx = ctx };

	return contact_each_key(st, sql_history_each, address, history_call,
	    &cb, err);
}

static int
bounce_call(sqlite3_stmt *s, const struct contact_cb *cb)
{
	struct store_bounce_row r;
	struct store_bounce *b = &r.b;

	memset(&r, 0, sizeof(r));
	r.id = sqlite3_column_int64(s, 0);
	b->msg_key = store_col_text(s, 1);
	b->recipient = store_col_text(s, 2);
	b->kind = store_col_text(s, 3);
	b->category = store_col_text(s, 4);
	b->reason = store_col_text(s, 5);
	b->status = store_col_text(s, 6);
	b->code = store_col_text(s, 7);
	b->action = store_col_text(s, 8);
	b->hard = sqlite3_column_int(s, 9);
	b->diagnostic = store_col_text(s, 10);
	b->remote_mta = store_col_text(s, 11);
	b->reporting_mta = store_col_text(s, 12);
	b->date = sqlite3_column_int64(s, 13);
	r.date_known = sqlite3_column_int(s, 14);
	b->date_text = store_col_text(s, 15);
	b->original_message_id = store_col_text(s, 16);
	b->original_subject = store_col_text(s, 17);
	b->replacement = store_col_text(s, 18);
	b->feedback_type = store_col_text(s, 19);
	b->rule = store_col_text(s, 20);
	b->file = store_col_text(s, 21);
	b->msg_index = (long)sqlite3_column_int64(s, 22);
	b->account = store_col_text(s, 23);
	b->folder = store_col_text(s, 24);
	b->uidvalidity = (uint32_t)sqlite3_column_int64(s, 25);
	b->uid = (uint32_t)sqlite3_column_int64(s, 26);
	r.alert_kind = store_col_text(s, 27);
	r.alert_advice = store_col_text(s, 28);
	r.alert_list = store_col_text(s, 29);
	r.evidence = store_col_text(s, 30);
	r.accepted = sqlite3_column_int(s, 31);
	r.held = store_col_text(s, 32);
	r.counts = sqlite3_column_int(s, 33);
	b->sender = store_col_text(s, 34);
	b->notice_subject = store_col_text(s, 35);
	return cb->bounce(cb->ctx, &r);
}

int
store_bounce_each(struct store *st, const char *address,
    store_bounce_fn fn, void *ctx, struct err *err)
{
	struct contact_cb cb = { .bounce = fn, .ctx = ctx };

	return contact_each_key(st, sql_bounce_each, address, bounce_call,
	    &cb, err);
}

int
store_header_each(struct store *st, store_header_fn fn, void *ctx,
    struct err *err)
{
	sqlite3_stmt *s;
	int rc;

	if ((s = store_stmt(st, sql_header_each, err)) == NULL)
		return -1;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW)
		if (fn(ctx, sqlite3_column_int64(s, 0), store_col_text(s, 1),
		    sqlite3_column_int(s, 2)) < 0) {
			sqlite3_reset(s);
			return err_set(err, "stopped by the caller");
		}
	sqlite3_reset(s);
	return rc == SQLITE_DONE ? 0 :
	    store_sql_err(st, "cannot read CSV headers", err);
}
