/*
 * store_people: what a person asks of their contacts beyond a mark: take
 * a manual mark back (the computed status returns), accept a suggested
 * address (a typo's correction, or the replacement an "I have left"
 * reply named), and forget a person altogether (an erasure request):
 * every row that names the address goes, and the text of other rows that
 * mention it is blanked, with SQLite's secure delete so that no copy
 * stays in the file's free pages, and the write-ahead log emptied.
 */
#include <string.h>

#include "csv.h"
#include "store_addr.h"
#include "store_int.h"

static const char sql_marks_count[] =
    "SELECT count(*) FROM status_history h JOIN contacts c ON "
    "c.id = h.contact_id WHERE c.address = ?1 AND h.manual = 1";
/* manual = 2: a mark since taken back, kept in the history only. */
static const char sql_clear_note[] =
    "INSERT INTO status_history (contact_id, at, old_status, new_status, "
    "reason, manual, note) SELECT id, ?2, status, status, 'mark cleared', "
    "2, ?3 FROM contacts WHERE address = ?1";
static const char sql_marks_clear[] =
    "UPDATE status_history SET manual = 2 WHERE manual = 1 AND "
    "contact_id = (SELECT id FROM contacts WHERE address = ?1)";
static const char sql_accept_from[] =
    "SELECT c.suggestion, 'typo', c.header_id, c.columns, h.email_col "
    "FROM contacts c LEFT JOIN csv_headers h ON h.id = c.header_id "
    "WHERE c.address = ?1 AND c.suggestion IS NOT NULL UNION ALL "
    "SELECT * FROM (SELECT b.replacement, 'hasmoved', NULL, NULL, NULL "
    "FROM bounces b WHERE b.recipient = ?1 AND b.replacement IS NOT NULL "
    "AND " STORE_BOUNCE_COUNTS " ORDER BY b.date DESC LIMIT 1) LIMIT 1";
static const char sql_accept_insert[] =
    "INSERT INTO contacts (address, display, source, header_id, columns, "
    "since) VALUES (?1, nullif(?2, ?1), ?3, ?4, ?5, ?6) "
    "ON CONFLICT (address) DO NOTHING";
static const char sql_accept_history[] =
    "INSERT INTO status_history (contact_id, at, old_status, new_status, "
    "reason, manual, note) SELECT id, ?2, NULL, status, 'accepted', 0, ?3 "
    "FROM contacts WHERE address = ?1";

/* Rows that name the address, in the order they can go. */
static const char *const sql_forget[] = {
	"DELETE FROM sender_alerts WHERE bounce_id IN (SELECT id FROM "
	    "bounces WHERE recipient = ?1)",
	"DELETE FROM status_history WHERE contact_id IN (SELECT id FROM "
	    "contacts WHERE address = ?1) OR bounce_id IN (SELECT id FROM "
	    "bounces WHERE recipient = ?1)",
	"DELETE FROM bounces WHERE recipient = ?1",
	"DELETE FROM contacts WHERE address = ?1",
	/* What we sent to it: the proof goes with the address. */
	"DELETE FROM sent_messages WHERE recipient = ?1",
};
/* Text elsewhere that mentions it: blanked where it stands. */
static const char *const sql_forget_text[] = {
	"UPDATE bounces SET diagnostic = bh_erase(diagnostic, ?1), "
	    "replacement = bh_erase(replacement, ?1), original_subject = "
	    "bh_erase(original_subject, ?1) WHERE bh_names(diagnostic, ?1) "
	    "OR bh_names(replacement, ?1) OR bh_names(original_subject, ?1)",
	"UPDATE contacts SET columns = bh_erase(columns, ?1), suggestion = "
	    "bh_erase(suggestion, ?1) WHERE bh_names(columns, ?1) OR "
	    "bh_names(suggestion, ?1)",
	"UPDATE status_history SET note = bh_erase(note, ?1) WHERE "
	    "bh_names(note, ?1)",
	"UPDATE skipped_messages SET detail = bh_erase(detail, ?1) WHERE "
	    "bh_names(detail, ?1)",
	"UPDATE sender_alerts SET advice = bh_erase(advice, ?1) WHERE "
	    "bh_names(advice, ?1)",
};

#define FORGET_MARK	"[erased]"

/* Where needle (ASCII case ignored) first stands in hay, or NULL. */
static const char *
people_find(const char *hay, const char *needle)
{
	size_t n = strlen(needle);

	if (n == 0)
		return NULL;
	for (; *hay != '\0'; hay++)
		if (g_ascii_strncasecmp(hay, needle, n) == 0)
			return hay;
	return NULL;
}

static void
people_names_fn(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	const char *t = (const char *)sqlite3_value_text(argv[0]);
	const char *a = (const char *)sqlite3_value_text(argv[1]);

	(void)argc;
	sqlite3_result_int(ctx, t != NULL && a != NULL &&
	    people_find(t, a) != NULL);
}

static void
people_erase_fn(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	const char *t = (const char *)sqlite3_value_text(argv[0]);
	const char *a = (const char *)sqlite3_value_text(argv[1]), *p;
	GString *out;

	(void)argc;
	if (t == NULL || a == NULL || people_find(t, a) == NULL) {
		sqlite3_result_value(ctx, argv[0]);
		return;
	}
	out = g_string_new(NULL);
	while ((p = people_find(t, a)) != NULL) {
		g_string_append_len(out, t, p - t);
		g_string_append(out, FORGET_MARK);
		t = p + strlen(a);
	}
	g_string_append(out, t);
	sqlite3_result_text(ctx, g_string_free(out, FALSE), -1, g_free);
}

static int
people_functions(struct store *st, struct err *err)
{
	if (sqlite3_create_function(st->db, "bh_names", 2, SQLITE_UTF8 |
	    SQLITE_DETERMINISTIC, NULL, people_names_fn, NULL, NULL) !=
	    SQLITE_OK || sqlite3_create_function(st->db, "bh_erase", 2,
	    SQLITE_UTF8 | SQLITE_DETERMINISTIC, NULL, people_erase_fn, NULL,
	    NULL) != SQLITE_OK)
		return store_sql_err(st, "cannot set up forget", err);
	return 0;
}

/* Runs sql with ?1 = a, ?2 = n, ?3 = t; the rows it changed, or -1. */
static int
people_run(struct store *st, const char *sql, const char *a, long long n,
    const char *t, struct err *err)
{
	sqlite3_stmt *s;

	/* lint-sql: the sql_* constants of this file. */
	if ((s = store_stmt(st, sql, err)) == NULL)
		return -1;
	store_bind_text(s, 1, a);
	if (sqlite3_bind_parameter_count(s) >= 2)
		sqlite3_bind_int64(s, 2, n);
	if (sqlite3_bind_parameter_count(s) >= 3)
		store_bind_text(s, 3, t);
	if (store_step_done(st, s, "cannot change the database", err) < 0)
		return -1;
	return sqlite3_changes(st->db);
}

static long long
people_count(struct store *st, const char *sql, const char *key,
    struct err *err)
{
	sqlite3_stmt *s;
	long long n = -1;

	/* lint-sql: the sql_* constants of this file. */
	if ((s = store_stmt(st, sql, err)) == NULL)
		return -1;
	store_bind_text(s, 1, key);
	if (sqlite3_step(s) == SQLITE_ROW)
		n = sqlite3_column_int64(s, 0);
	else
		store_sql_err(st, "cannot read marks", err);
	sqlite3_reset(s);
	return n;
}

int
store_contact_clear(struct store *st, const char *address, const char *note,
    int *cleared, struct err *err)
{
	char *key = store_addr_key(address);
	long long n;
	int rc = -1;

	*cleared = 0;
	if (key == NULL)
		return err_set(err, "'%s' is not an address", address);
	if ((n = people_count(st, sql_marks_count, key, err)) < 0)
		goto out;
	rc = 0;
	if (n == 0)
		goto out;
	if (people_run(st, sql_clear_note, key, store_now(st), note, err) < 0 ||
	    people_run(st, sql_marks_clear, key, 0, NULL, err) < 0 ||
	    store_contact_refresh(st, key, 0, 1, err) < 0)
		rc = -1;
	else
		*cleared = 1;
out:
	g_free(key);
	return rc;
}

/* The imported row with its address cell replaced by addr. */
static char *
people_columns_with(const char *columns, int email_col, const char *addr)
{
	struct csv_reader *r;
	struct csv_row row;
	struct err err;
	GString *out;
	char **f;

	if (columns == NULL || email_col < 0)
		return NULL;
	r = csv_reader_new_mem(columns, strlen(columns));
	if (csv_reader_next(r, &row, &err) != 1 || row.error != NULL ||
	    (size_t)email_col >= row.nfields) {
		csv_reader_free(r);
		return NULL;
	}
	f = g_strdupv(row.fields);
	csv_reader_free(r);
	g_free(f[email_col]);
	f[email_col] = g_strdup(addr);
	out = g_string_new(NULL);
	csv_row_append(out, f, g_strv_length(f), 0);
	g_strfreev(f);
	return g_string_free(out, FALSE);
}

struct people_accept {
	char		*to, *why, *columns;
	long long	 header_id;
};

static int
people_accept_load(struct store *st, const char *key,
    struct people_accept *a, struct err *err)
{
	sqlite3_stmt *s;
	int rc;

	if ((s = store_stmt(st, sql_accept_from, err)) == NULL)
		return -1;
	store_bind_text(s, 1, key);
	if ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		a->to = g_strdup(store_col_text(s, 0));
		a->why = g_strdup(store_col_text(s, 1));
		a->header_id = sqlite3_column_int64(s, 2);
		a->columns = people_columns_with(store_col_text(s, 3),
		    sqlite3_column_type(s, 4) == SQLITE_NULL ? -1 :
		    sqlite3_column_int(s, 4), a->to);
	}
	sqlite3_reset(s);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_sql_err(st, "cannot read the contact", err);
	return rc == SQLITE_ROW;
}

static int
people_accept_write(struct store *st, const char *key,
    const struct people_accept *a, const char *newkey, struct err *err)
{
	sqlite3_stmt *s;
	char *note;
	int rc;

	if ((s = store_stmt(st, sql_accept_insert, err)) == NULL)
		return -1;
	store_bind_text(s, 1, newkey);
	store_bind_text(s, 2, a->to);
	store_bind_text(s, 3, a->columns != NULL ? "import" : "manual");
	store_bind_int0(s, 4, a->columns != NULL ? a->header_id : 0);
	store_bind_text(s, 5, a->columns);
	sqlite3_bind_int64(s, 6, store_now(st));
	if (store_step_done(st, s, "cannot add the contact", err) < 0)
		return -1;
	note = g_strdup_printf("replaces %s", key);
	rc = people_run(st, sql_accept_history, newkey, store_now(st), note,
	    err);
	g_free(note);
	if (rc < 0)
		return -1;
	note = g_strdup_printf("replaced by %s", newkey);
	rc = store_contact_mark_reason(st, 0, key, "invalid", a->why, note,
	    err);
	g_free(note);
	return rc;
}

int
store_contact_accept(struct store *st, const char *address, char **to,
    struct err *err)
{
	struct people_accept a = { 0 };
	char *key = store_addr_key(address), *newkey = NULL;
	int rc;

	*to = NULL;
	if (key == NULL)
		return err_set(err, "'%s' is not an address", address);
	if ((rc = people_accept_load(st, key, &a, err)) > 0) {
		if ((newkey = store_addr_key(a.to)) == NULL)
			rc = err_set(err, "the suggested '%s' is not an address",
			    a.to);
		else if (people_accept_write(st, key, &a, newkey, err) < 0)
			rc = -1;
		else {
			*to = newkey;
			newkey = NULL;
		}
	}
	g_free(a.to);
	g_free(a.why);
	g_free(a.columns);
	g_free(newkey);
	g_free(key);
	return rc;
}

int
store_contact_forget(struct store *st, const char *address, long long *rows,
    struct err *err)
{
	char *key = store_addr_key(address);
	size_t i;
	int n, rc = -1;

	*rows = 0;
	if (key == NULL)
		return err_set(err, "'%s' is not an address", address);
	if (people_functions(st, err) < 0)
		goto out;
	/* Deleted content is overwritten, not left in free pages. */
	sqlite3_exec(st->db, "PRAGMA secure_delete = ON", NULL, NULL, NULL);
	for (i = 0; i < G_N_ELEMENTS(sql_forget); i++) {
		if ((n = people_run(st, sql_forget[i], key, 0, NULL, err)) < 0)
			goto out;
		*rows += n;
	}
	for (i = 0; i < G_N_ELEMENTS(sql_forget_text); i++) {
		if ((n = people_run(st, sql_forget_text[i], key, 0, NULL,
		    err)) < 0)
			goto out;
		*rows += n;
	}
	rc = store_search_forget(st, key, err);
out:
	g_free(key);
	return rc;
}

int
store_wal_empty(struct store *st, struct err *err)
{
	int log = -1, done = -1;

	if (sqlite3_wal_checkpoint_v2(st->db, NULL, SQLITE_CHECKPOINT_TRUNCATE,
	    &log, &done) != SQLITE_OK)
		return store_sql_err(st, "cannot empty the write-ahead log",
		    err);
	return 0;
}
