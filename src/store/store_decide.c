/*
 * store_decide: what a reviewer decides about a contact besides a mark:
 * clearing marks, accepting a suggested or replacement address, and
 * forgetting a contact.  Each runs inside the caller's transaction and
 * leaves a row in the history (forget: in runs, without the address).
 * History rows with manual = 2 record a reviewer's action that is not
 * policy input (schema/0004-review-indexes.sql).
 */
#include <string.h>

#include "store_addr.h"
#include "store_int.h"
#include "store_review.h"

static const char sql_status_of[] =
    "SELECT status FROM contacts WHERE address = ?1";
static const char sql_marks_retire[] =
    "UPDATE status_history SET manual = 2 WHERE manual = 1 AND "
    "contact_id = (SELECT id FROM contacts WHERE address = ?1)";
/* A reviewer's action: ?3 the status before, ?4 reason, ?5 note. */
static const char sql_action_record[] =
    "INSERT INTO status_history (contact_id, at, old_status, new_status, "
    "reason, manual, note) SELECT id, ?2, ?3, status, ?4, 2, ?5 "
    "FROM contacts WHERE address = ?1";
static const char sql_suggestion_of[] =
    "SELECT suggestion FROM contacts WHERE address = ?1";
static const char sql_replacement_of[] =
    "SELECT replacement FROM bounces WHERE recipient = ?1 AND "
    "replacement IS NOT NULL ORDER BY date DESC, id DESC LIMIT 1";
/* The new address takes the old one's list row; ?4 now. */
static const char sql_accept_insert[] =
    "INSERT INTO contacts (address, display, source, header_id, columns, "
    "since) SELECT ?2, nullif(?3, ?2), 'manual', header_id, columns, ?4 "
    "FROM contacts WHERE address = ?1 ON CONFLICT (address) DO NOTHING";
static const char sql_forget_history[] =
    "DELETE FROM status_history WHERE contact_id = "
    "(SELECT id FROM contacts WHERE address = ?1)";
static const char sql_forget_alerts[] =
    "DELETE FROM sender_alerts WHERE bounce_id IN "
    "(SELECT id FROM bounces WHERE recipient = ?1)";
static const char sql_forget_bounces[] =
    "DELETE FROM bounces WHERE recipient = ?1";
static const char sql_forget_contact[] =
    "DELETE FROM contacts WHERE address = ?1";
static const char sql_forget_run[] =
    "INSERT INTO runs (command, started, finished, ok) "
    "VALUES ('forget', ?1, ?1, 1)";

/*
 * One text column of the one-parameter query sql for key: 1 and *out
 * (g_free) when there is a row with a non-NULL value, 0 when not, -1.
 */
static int
decide_text(struct store *st, const char *sql, const char *key, char **out,
    struct err *err)
{
	sqlite3_stmt *s;
	int rc;

	*out = NULL;
	/* lint-sql: one of the sql_* constants above. */
	if ((s = store_stmt(st, sql, err)) == NULL)
		return -1;
	store_bind_text(s, 1, key);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW)
		*out = g_strdup(store_col_text(s, 0));
	sqlite3_reset(s);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_sql_err(st, "cannot read a contact", err);
	return *out != NULL;
}

/* Runs a one-parameter statement that returns no row. */
static int
decide_exec(struct store *st, const char *sql, const char *key,
    const char *what, struct err *err)
{
	sqlite3_stmt *s;

	/* lint-sql: one of the sql_* constants above. */
	if ((s = store_stmt(st, sql, err)) == NULL)
		return -1;
	store_bind_text(s, 1, key);
	return store_step_done(st, s, what, err);
}

static int
decide_record(struct store *st, const char *key, const char *old,
    const char *reason, const char *note, struct err *err)
{
	sqlite3_stmt *s;

	if ((s = store_stmt(st, sql_action_record, err)) == NULL)
		return -1;
	store_bind_text(s, 1, key);
	sqlite3_bind_int64(s, 2, store_now(st));
	store_bind_text(s, 3, old);
	store_bind_text(s, 4, reason);
	store_bind_text(s, 5, note);
	return store_step_done(st, s, "cannot record an action", err);
}

/* The key of an existing contact (g_free), or NULL with err set. */
static char *
decide_key(struct store *st, const char *address, char **status,
    struct err *err)
{
	char *key = store_contact_key(address);
	int rc;

	if (key == NULL) {
		err_set(err, "'%s' is not an address", address);
		return NULL;
	}
	if ((rc = decide_text(st, sql_status_of, key, status, err)) <= 0) {
		if (rc == 0)
			err_set(err, "no contact '%s'", address);
		g_free(key);
		return NULL;
	}
	return key;
}

int
store_contact_clear(struct store *st, const char *address, const char *note,
    struct err *err)
{
	char *key, *old = NULL;
	int rc = -1;

	if ((key = decide_key(st, address, &old, err)) == NULL)
		return -1;
	if (decide_exec(st, sql_marks_retire, key, "cannot clear marks",
	    err) == 0 && store_contact_refresh(st, key, 0, 0, err) == 0)
		rc = decide_record(st, key, old, "mark cleared", note, err);
	g_free(key);
	g_free(old);
	return rc;
}

static int
decide_target(struct store *st, const char *key, enum store_accept what,
    char **to, struct err *err)
{
	int rc;

	rc = decide_text(st, what == STORE_ACCEPT_SUGGESTION ?
	    sql_suggestion_of : sql_replacement_of, key, to, err);
	if (rc == 0)
		err_set(err, "'%s' has no %s", key, what ==
		    STORE_ACCEPT_SUGGESTION ? "suggestion" :
		    "replacement address");
	return rc > 0 ? 0 : -1;
}

static int
decide_accept_new(struct store *st, const char *key, const char *to,
    const char *note, struct err *err)
{
	char *newkey = store_addr_key(to), *why;
	sqlite3_stmt *s;
	int rc = -1;

	if (newkey == NULL || strcmp(newkey, key) == 0) {
		g_free(newkey);
		return err_set(err, "'%s' cannot replace '%s'", to, key);
	}
	if ((s = store_stmt(st, sql_accept_insert, err)) != NULL) {
		store_bind_text(s, 1, key);
		store_bind_text(s, 2, newkey);
		store_bind_text(s, 3, to);
		sqlite3_bind_int64(s, 4, store_now(st));
		rc = store_step_done(st, s, "cannot create a contact", err);
	}
	why = g_strdup_printf("replaces %s%s%s", key, note ? ": " : "",
	    note ? note : "");
	if (rc == 0)
		rc = decide_record(st, newkey, NULL, "replacement", why, err);
	g_free(why);
	g_free(newkey);
	return rc;
}

int
store_contact_accept(struct store *st, const char *address,
    enum store_accept what, const char *note, char **to, struct err *err)
{
	char *key, *old = NULL, *target = NULL, *why = NULL;
	int rc = -1;

	if (to != NULL)
		*to = NULL;
	if ((key = decide_key(st, address, &old, err)) == NULL)
		return -1;
	if (decide_target(st, key, what, &target, err) == 0 &&
	    decide_accept_new(st, key, target, note, err) == 0) {
		why = g_strdup_printf("replaced by %s%s%s", target,
		    note ? ": " : "", note ? note : "");
		rc = store_contact_mark_reason(st, 0, key, "invalid",
		    "replaced", why, err);
	}
	if (rc == 0 && to != NULL) {
		*to = target;
		target = NULL;
	}
	g_free(why);
	g_free(target);
	g_free(old);
	g_free(key);
	return rc;
}

int
store_contact_forget(struct store *st, const char *address,
    struct err *err)
{
	static const char *const steps[] = { sql_forget_history,
		sql_forget_alerts, sql_forget_bounces, sql_forget_contact };
	char *key, *old = NULL;
	sqlite3_stmt *s;
	size_t i;
	int rc = 0;

	if ((key = decide_key(st, address, &old, err)) == NULL)
		return -1;
	for (i = 0; i < G_N_ELEMENTS(steps) && rc == 0; i++)
		rc = decide_exec(st, steps[i], key, "cannot forget a contact",
		    err);
	if (rc == 0 && (s = store_stmt(st, sql_forget_run, err)) == NULL)
		rc = -1;
	else if (rc == 0) {
		sqlite3_bind_int64(s, 1, store_now(st));
		rc = store_step_done(st, s, "cannot record a run", err);
	}
	g_free(old);
	g_free(key);
	return rc;
}
