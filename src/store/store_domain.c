/*
 * store_domain: evidence that a recipient domain cannot receive mail, as
 * `doctor --recipients` observes it (schema/0004-domain-evidence.sql).
 * An answer is evidence only when it survives a DNS outage: the same
 * dead answer in two runs at least confirm_secs apart.  Only confirmed
 * evidence reaches the policy (store_policy.c), and a run that finds the
 * domain alive removes it, so its contacts return by themselves.  No DNS
 * here: the caller says what it saw.
 */
#include <string.h>

#include "store_int.h"

static const char sql_domain_get[] =
    "SELECT state, first_seen, confirmed FROM domain_evidence "
    "WHERE domain = ?1";
static const char sql_domain_put[] =
    "INSERT INTO domain_evidence (domain, state, detail, first_seen, "
    "last_seen, confirmed) VALUES (?1, ?2, ?3, ?4, ?4, NULL) "
    "ON CONFLICT (domain) DO UPDATE SET state = ?2, detail = ?3, "
    "first_seen = ?4, last_seen = ?4, confirmed = NULL";
static const char sql_domain_seen[] =
    "UPDATE domain_evidence SET last_seen = ?2, detail = ?3, "
    "confirmed = coalesce(confirmed, ?4) WHERE domain = ?1";
static const char sql_domain_drop[] =
    "DELETE FROM domain_evidence WHERE domain = ?1";
static const char sql_domain_contacts[] =
    "SELECT address FROM contacts "
    "WHERE substr(address, instr(address, '@') + 1) = ?1";
static const char sql_domain_unmarked[] =
    "SELECT DISTINCT c.address FROM contacts c JOIN status_history h ON "
    "h.contact_id = c.id WHERE h.manual = 2 AND h.reason = 'hostunknown' "
    "AND h.note LIKE 'doctor --recipients: %' AND c.status = 'invalid' "
    "AND c.reason = 'hostunknown'";
static const char sql_domain_each[] =
    "SELECT d.domain, d.state, d.detail, d.first_seen, d.last_seen, "
    "d.confirmed, (SELECT count(*) FROM contacts c WHERE "
    "substr(c.address, instr(c.address, '@') + 1) = d.domain) "
    "FROM domain_evidence d ORDER BY d.confirmed IS NULL, d.domain";

/* What is recorded for the domain: 1 found (fills old), 0 none, -1. */
static int
domain_get(struct store *st, const char *domain, char **state,
    long long *first_seen, long long *confirmed, struct err *err)
{
	sqlite3_stmt *s;
	int rc;

	if ((s = store_stmt(st, sql_domain_get, err)) == NULL)
		return -1;
	store_bind_text(s, 1, domain);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		*state = g_strdup(store_col_text(s, 0));
		*first_seen = sqlite3_column_int64(s, 1);
		*confirmed = sqlite3_column_int64(s, 2);
	}
	sqlite3_reset(s);
	if (rc == SQLITE_ROW)
		return 1;
	return rc == SQLITE_DONE ? 0 :
	    store_sql_err(st, "cannot read domain evidence", err);
}

/*
 * Every contact the prepared statement s (bound, its first column the
 * address) selects, evaluated again; counts the status changes.
 */
static int
domain_refresh_selected(struct store *st, sqlite3_stmt *s, long long run_id,
    long *changed, struct err *err)
{
	GPtrArray *keys = g_ptr_array_new_with_free_func(g_free);
	int rc, c;
	guint i;

	while ((rc = sqlite3_step(s)) == SQLITE_ROW)
		g_ptr_array_add(keys, g_strdup(store_col_text(s, 0)));
	sqlite3_reset(s);
	rc = rc == SQLITE_DONE ? 0 :
	    store_sql_err(st, "cannot read the contacts to evaluate", err);
	for (i = 0; rc == 0 && i < keys->len; i++) {
		rc = store_contact_refresh_changed(st, keys->pdata[i], run_id,
		    &c, err);
		*changed += c;
	}
	g_ptr_array_free(keys, TRUE);
	return rc;
}

/* Every contact of the domain evaluated again. */
static int
domain_refresh(struct store *st, long long run_id, const char *domain,
    long *changed, struct err *err)
{
	sqlite3_stmt *s;

	if ((s = store_stmt(st, sql_domain_contacts, err)) == NULL)
		return -1;
	store_bind_text(s, 1, domain);
	return domain_refresh_selected(st, s, run_id, changed, err);
}

/* First sighting of a dead answer (or of another one): starts again. */
static int
domain_put(struct store *st, const char *domain, const char *state,
    const char *detail, long long now, struct err *err)
{
	sqlite3_stmt *s;

	if ((s = store_stmt(st, sql_domain_put, err)) == NULL)
		return -1;
	store_bind_text(s, 1, domain);
	store_bind_text(s, 2, state);
	store_bind_text(s, 3, detail);
	sqlite3_bind_int64(s, 4, now);
	return store_step_done(st, s, "cannot record domain evidence", err);
}

/* The same answer again; confirmed (0: not yet) kept once set. */
static int
domain_seen(struct store *st, const char *domain, const char *detail,
    long long now, long long confirmed, struct err *err)
{
	sqlite3_stmt *s;

	if ((s = store_stmt(st, sql_domain_seen, err)) == NULL)
		return -1;
	store_bind_text(s, 1, domain);
	sqlite3_bind_int64(s, 2, now);
	store_bind_text(s, 3, detail);
	store_bind_int0(s, 4, confirmed);
	return store_step_done(st, s, "cannot record domain evidence", err);
}

static int
domain_drop(struct store *st, const char *domain, struct err *err)
{
	sqlite3_stmt *s;

	if ((s = store_stmt(st, sql_domain_drop, err)) == NULL)
		return -1;
	store_bind_text(s, 1, domain);
	return store_step_done(st, s, "cannot remove domain evidence", err);
}

/* A dead answer: first sighting, again too soon, or confirmed. */
static int
domain_dead(struct store *st, const char *domain, const char *state,
    const char *detail, long long confirm_secs,
    struct store_domain_result *res, struct err *err)
{
	long long now = store_now(st), first = 0, confirmed = 0;
	char *old = NULL;
	int rc;

	if ((rc = domain_get(st, domain, &old, &first, &confirmed, err)) < 0)
		return -1;
	if (rc == 0 || strcmp(old, state) != 0) {
		g_free(old);
		res->verdict = STORE_DOMAIN_FIRST;
		res->first_seen = now;
		/* Another dead answer than before starts again. */
		res->was_confirmed = confirmed != 0;
		return domain_put(st, domain, state, detail, now, err);
	}
	g_free(old);
	res->first_seen = first;
	if (confirmed == 0 && now - first >= confirm_secs)
		confirmed = now;
	res->confirmed = confirmed;
	res->was_confirmed = confirmed != 0 && confirmed != now;
	res->verdict = confirmed != 0 ? STORE_DOMAIN_CONFIRMED :
	    STORE_DOMAIN_WAITING;
	return domain_seen(st, domain, detail, now, confirmed, err);
}

int
store_domain_observe(struct store *st, long long run_id, const char *domain,
    const char *dead_state, const char *detail, long long confirm_secs,
    struct store_domain_result *res, struct err *err)
{
	char *old = NULL;
	long long first, confirmed = 0;
	int rc;

	memset(res, 0, sizeof(*res));
	if (dead_state == NULL) {
		res->verdict = STORE_DOMAIN_ALIVE;
		rc = domain_get(st, domain, &old, &first, &confirmed, err);
		g_free(old);
		if (rc <= 0)
			return rc;
		res->was_confirmed = confirmed != 0;
		if (domain_drop(st, domain, err) < 0)
			return -1;
	} else if (domain_dead(st, domain, dead_state, detail, confirm_secs,
	    res, err) < 0)
		return -1;
	/* Refresh only when what the policy sees has changed. */
	if (res->was_confirmed == (res->verdict == STORE_DOMAIN_CONFIRMED))
		return 0;
	return domain_refresh(st, run_id, domain, &res->changed, err);
}

int
store_domain_unmark(struct store *st, struct err *err)
{
	sqlite3_stmt *s;
	long changed = 0;

	if (store_begin(st, err) < 0)
		return -1;
	if ((s = store_stmt(st, sql_domain_unmarked, err)) == NULL ||
	    domain_refresh_selected(st, s, 0, &changed, err) < 0 ||
	    store_commit(st, err) < 0) {
		store_rollback(st);
		return -1;
	}
	return 0;
}

int
store_domain_each(struct store *st, store_domain_fn fn, void *ctx,
    struct err *err)
{
	struct store_domain_row r;
	sqlite3_stmt *s;
	int rc, stop = 0;

	if ((s = store_stmt(st, sql_domain_each, err)) == NULL)
		return -1;
	while (!stop && (rc = sqlite3_step(s)) == SQLITE_ROW) {
		r.domain = store_col_text(s, 0);
		r.state = store_col_text(s, 1);
		r.detail = store_col_text(s, 2);
		r.first_seen = sqlite3_column_int64(s, 3);
		r.last_seen = sqlite3_column_int64(s, 4);
		r.confirmed = sqlite3_column_int64(s, 5);
		r.contacts = sqlite3_column_int64(s, 6);
		stop = fn(ctx, &r) < 0;
	}
	sqlite3_reset(s);
	if (stop)
		return 0;
	return rc == SQLITE_DONE ? 0 :
	    store_sql_err(st, "cannot read domain evidence", err);
}
