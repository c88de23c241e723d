/*
 * store_bounce: recording bounces, their sender alerts, and re-evaluating
 * the contact they concern.  The status rules themselves live in
 * store_policy.c; this file only feeds them and writes their verdict.
 */
#include <string.h>

#include "store_addr.h"
#include "store_alert.h"
#include "store_int.h"

static const char sql_bounce_insert[] =
    "INSERT INTO bounces (msg_key, recipient, rcpt_display, kind, "
    "category, reason, status, code, action, hard, diagnostic, remote_mta, "
    "reporting_mta, date, date_known, date_text, original_message_id, "
    "original_subject, replacement, feedback_type, rule, file, msg_index, "
    "account, folder, uidvalidity, uid, run_id, evidence, accepted, held) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, "
    "?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, "
    "?29, ?30, ?31) "
    "ON CONFLICT (msg_key, recipient) DO NOTHING";
static const char sql_alert_insert[] =
    "INSERT INTO sender_alerts (bounce_id, at, kind, list_name, domain, "
    "advice) VALUES (?1, ?2, ?3, ?4, ?5, ?6)";
static const char sql_contact_ensure[] =
    "INSERT INTO contacts (address, display, source, since) "
    "VALUES (?1, nullif(?2, ?1), 'bounce', ?3) "
    "ON CONFLICT (address) DO NOTHING";
static const char sql_contact_state[] =
    "SELECT id, status, base_status, base_reason FROM contacts "
    "WHERE address = ?1";
/*
 * Every bounce of the recipient; those that cannot change a status are
 * skipped in C (bounce_marking): an IN list here would make SQLite build
 * a temporary index on every run of the statement.
 */
/*
 * A bounce counts from its date, but never from after the run that
 * recorded it began: a notice dated in the future (2100) would otherwise
 * sort after every later manual mark and pin its status for good.  Rows
 * recorded before dates were clamped on insert are clamped here too.
 */
static const char sql_events_bounces[] =
    "SELECT b.id, min(b.date, coalesce(r.started, b.date)), b.category, "
    "b.reason, coalesce(b.original_message_id, b.msg_key), "
    STORE_BOUNCE_COUNTS " FROM bounces b "
    "LEFT JOIN runs r ON r.id = b.run_id WHERE b.recipient = ?1";
static const char sql_events_marks[] =
    "SELECT id, at, new_status, note, reason FROM status_history "
    "WHERE contact_id = ?1 AND manual = 1";
static const char sql_events_domain[] =
    "SELECT confirmed FROM domain_evidence WHERE domain = ?1 AND "
    "confirmed IS NOT NULL";
static const char sql_contact_update[] =
    "UPDATE contacts SET status = ?2, reason = ?3, "
    "since = coalesce(?4, since), "
    "retry_after = ?5, review = ?6, bounces = ?7, soft_bounces = ?8, "
    "full_bounces = ?9, first_bounce = ?10, last_bounce = ?11 "
    "WHERE id = ?1";
static const char sql_history_insert[] =
    "INSERT INTO status_history (contact_id, at, old_status, new_status, "
    "reason, bounce_id, manual, note, run_id) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, 0, NULL, ?7)";
static const char sql_expire[] =
    "SELECT address FROM contacts WHERE status IN ('full', 'retry-later') "
    "AND last_bounce < max(?1, ?2) AND ((status = 'full' AND "
    "last_bounce < ?1) OR (status = 'retry-later' AND last_bounce < ?2))";
static const char sql_bounce_same[] =
    "SELECT status, diagnostic, date_text, original_message_id, action "
    "FROM bounces WHERE msg_key = ?1 AND recipient = ?2";
static const char sql_message_rows[] =
    "SELECT count(*) FROM bounces WHERE msg_key = ?1";

/* 1 for the categories that may change a contact's status. */
static int
bounce_marking(const char *category)
{
	static const char *const marking[] = { "invalid", "full",
		"retry-later", "complaint", NULL };
	size_t i;

	for (i = 0; marking[i] != NULL; i++)
		if (strcmp(category, marking[i]) == 0)
			return 1;
	return 0;
}

int
store_category_marking(const char *category)
{
	return category != NULL && bounce_marking(category);
}

/* A contact's history, with strings copied out of the statements. */
struct refresh {
	long long	 contact_id;
	enum store_status status, base;
	char		*base_reason;
	GArray		*ev;		/* struct store_event */
	GPtrArray	*strings;
};

static const char *
refresh_keep(struct refresh *r, const char *s)
{
	char *c;

	if (s == NULL)
		return NULL;
	c = g_strdup(s);
	g_ptr_array_add(r->strings, c);
	return c;
}

static int
refresh_load_bounces(struct store *st, struct refresh *r, const char *key,
    struct err *err)
{
	struct store_event e;
	sqlite3_stmt *s;
	int rc;

	if ((s = store_stmt(st, sql_events_bounces, err)) == NULL)
		return -1;
	store_bind_text(s, 1, key);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		if (!bounce_marking(store_col_text(s, 2)) ||
		    !sqlite3_column_int(s, 5))
			continue;
		memset(&e, 0, sizeof(e));
		e.id = sqlite3_column_int64(s, 0);
		e.date = sqlite3_column_int64(s, 1);
		e.category = refresh_keep(r, store_col_text(s, 2));
		e.reason = refresh_keep(r, store_col_text(s, 3));
		e.group = refresh_keep(r, store_col_text(s, 4));
		g_array_append_val(r->ev, e);
	}
	sqlite3_reset(s);
	return rc == SQLITE_DONE ? 0 :
	    store_sql_err(st, "cannot read bounces", err);
}

static int
refresh_load_marks(struct store *st, struct refresh *r, struct err *err)
{
	struct store_event e;
	sqlite3_stmt *s;
	int rc;

	if ((s = store_stmt(st, sql_events_marks, err)) == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, r->contact_id);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		memset(&e, 0, sizeof(e));
		e.is_mark = 1;
		e.id = sqlite3_column_int64(s, 0);
		e.date = sqlite3_column_int64(s, 1);
		if (store_status_parse(store_col_text(s, 2), &e.status) < 0) {
			sqlite3_reset(s);
			return err_set(err, "a mark of contact %lld has a "
			    "status the store does not know",
			    r->contact_id);
		}
		e.reason = refresh_keep(r, store_col_text(s, 3));
		e.mark_reason = refresh_keep(r, store_col_text(s, 4));
		g_array_append_val(r->ev, e);
	}
	sqlite3_reset(s);
	return rc == SQLITE_DONE ? 0 :
	    store_sql_err(st, "cannot read the status history", err);
}

/* Confirmed dead-domain evidence for the contact's domain, if any. */
static int
refresh_load_domain(struct store *st, struct refresh *r, const char *key,
    struct err *err)
{
	struct store_event e;
	sqlite3_stmt *s;
	int rc;

	if ((s = store_stmt(st, sql_events_domain, err)) == NULL)
		return -1;
	store_bind_text(s, 1, store_addr_domain(key));
	if ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		memset(&e, 0, sizeof(e));
		e.is_domain = 1;
		e.date = sqlite3_column_int64(s, 0);
		e.status = STORE_INVALID;
		e.reason = "hostunknown";
		g_array_append_val(r->ev, e);
	}
	sqlite3_reset(s);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 :
	    store_sql_err(st, "cannot read domain evidence", err);
}

/* 1: contact found and loaded; 0: no such contact; -1: error. */
static int
refresh_load(struct store *st, struct refresh *r, const char *key,
    struct err *err)
{
	sqlite3_stmt *s;
	int rc;

	if ((s = store_stmt(st, sql_contact_state, err)) == NULL)
		return -1;
	store_bind_text(s, 1, key);
	rc = sqlite3_step(s);
	if (rc != SQLITE_ROW) {
		sqlite3_reset(s);
		return rc == SQLITE_DONE ? 0 :
		    store_sql_err(st, "cannot read a contact", err);
	}
	r->contact_id = sqlite3_column_int64(s, 0);
	if (store_status_parse(store_col_text(s, 1), &r->status) < 0 ||
	    store_status_parse(store_col_text(s, 2), &r->base) < 0) {
		sqlite3_reset(s);
		return err_set(err, "contact '%s' has a status the store does "
		    "not know", key);
	}
	r->base_reason = g_strdup(store_col_text(s, 3));
	sqlite3_reset(s);
	if (refresh_load_bounces(st, r, key, err) < 0 ||
	    refresh_load_marks(st, r, err) < 0 ||
	    refresh_load_domain(st, r, key, err) < 0)
		return -1;
	return 1;
}

static int
refresh_write(struct store *st, struct refresh *r,
    const struct store_verdict *v, struct err *err)
{
	sqlite3_stmt *s;

	if ((s = store_stmt(st, sql_contact_update, err)) == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, r->contact_id);
	store_bind_text(s, 2, store_status_name(v->status));
	store_bind_text(s, 3, v->reason);
	store_bind_int0(s, 4, v->since);
	store_bind_int0(s, 5, v->retry_after);
	store_bind_text(s, 6, v->review);
	sqlite3_bind_int(s, 7, v->bounces);
	sqlite3_bind_int(s, 8, v->soft);
	sqlite3_bind_int(s, 9, v->full);
	store_bind_int0(s, 10, v->first_bounce);
	store_bind_int0(s, 11, v->last_bounce);
	return store_step_done(st, s, "cannot update a contact", err);
}

static int
refresh_history(struct store *st, struct refresh *r,
    const struct store_verdict *v, long long run_id, struct err *err)
{
	sqlite3_stmt *s;

	if ((s = store_stmt(st, sql_history_insert, err)) == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, r->contact_id);
	sqlite3_bind_int64(s, 2, v->since != 0 ? v->since : store_now(st));
	store_bind_text(s, 3, store_status_name(r->status));
	store_bind_text(s, 4, store_status_name(v->status));
	store_bind_text(s, 5, v->reason);
	store_bind_int0(s, 6, v->cause_is_mark ? 0 : v->cause_id);
	store_bind_int0(s, 7, run_id);
	return store_step_done(st, s, "cannot record a status change", err);
}

static void
refresh_release(struct refresh *r)
{
	g_free(r->base_reason);
	g_array_free(r->ev, TRUE);
	g_ptr_array_free(r->strings, TRUE);
}

/*
 * store_contact_refresh(), but 1 when found, 0 when no such contact;
 * *changed (may be NULL): 1 if the status changed.
 */
static int
contact_refresh_changed(struct store *st, const char *key,
    long long run_id, int record, int *changed, struct err *err)
{
	struct store_verdict v;
	struct refresh r;
	int rc;

	memset(&r, 0, sizeof(r));
	r.ev = g_array_new(FALSE, FALSE, sizeof(struct store_event));
	r.strings = g_ptr_array_new_with_free_func(g_free);
	rc = refresh_load(st, &r, key, err);
	if (rc > 0) {
		store_policy_eval(&st->policy, r.base, r.base_reason,
		    (struct store_event *)(void *)r.ev->data, r.ev->len,
		    store_now(st), &v);
		rc = refresh_write(st, &r, &v, err);
		if (changed != NULL)
			*changed = v.status != r.status;
		if (rc == 0 && record && v.status != r.status)
			rc = refresh_history(st, &r, &v, run_id, err);
		if (rc == 0)
			rc = 1;
	}
	refresh_release(&r);
	return rc;
}

static int
contact_refresh(struct store *st, const char *key, long long run_id,
    int record, struct err *err)
{
	return contact_refresh_changed(st, key, run_id, record, NULL, err);
}

int
store_contact_refresh_changed(struct store *st, const char *key,
    long long run_id, int *changed, struct err *err)
{
	*changed = 0;
	return contact_refresh_changed(st, key, run_id, 1, changed, err) < 0 ?
	    -1 : 0;
}

int
store_contact_refresh(struct store *st, const char *key, long long run_id,
    int record, struct err *err)
{
	return contact_refresh(st, key, run_id, record, err) < 0 ? -1 : 0;
}

/* What the store decided about a bounce before recording it. */
struct bounce_proof {
	const char	*evidence;
	int		 accepted;	/* 2: accept_unverified */
	const char	*held;		/* why it is held, or NULL */
};

static void
bounce_bind(sqlite3_stmt *s, const struct store_bounce *b, const char *key,
    long long date, long long run_id, const struct bounce_proof *pf)
{
	store_bind_text(s, 1, b->msg_key);
	store_bind_text(s, 2, key);
	store_bind_text(s, 3, b->recipient);
	store_bind_text(s, 4, b->kind);
	store_bind_text(s, 5, b->category);
	store_bind_text(s, 6, b->reason);
	store_bind_text(s, 7, b->status);
	store_bind_text(s, 8, b->code);
	store_bind_text(s, 9, b->action);
	sqlite3_bind_int(s, 10, b->hard != 0);
	store_bind_text(s, 11, b->diagnostic);
	store_bind_text(s, 12, b->remote_mta);
	store_bind_text(s, 13, b->reporting_mta);
	sqlite3_bind_int64(s, 14, date);
	/*
	 * 2: the report's date, or its arrival, was in the future; date is
	 * when read.
	 */
	sqlite3_bind_int(s, 15, b->date > date || b->arrival > date ? 2 :
	    b->date == 0 && b->arrival == 0 ? 0 : 1);
	store_bind_text(s, 16, b->date_text);
	store_bind_text(s, 17, b->original_message_id);
	store_bind_text(s, 18, b->original_subject);
	store_bind_text(s, 19, b->replacement);
	store_bind_text(s, 20, b->feedback_type);
	store_bind_text(s, 21, b->rule);
	store_bind_text(s, 22, b->file);
	if (b->file != NULL)
		sqlite3_bind_int64(s, 23, b->msg_index);
	store_bind_text(s, 24, b->account);
	store_bind_text(s, 25, b->folder);
	store_bind_int0(s, 26, b->account ? b->uidvalidity : 0);
	store_bind_int0(s, 27, b->account ? b->uid : 0);
	store_bind_int0(s, 28, run_id);
	store_bind_text(s, 29, pf->evidence);
	sqlite3_bind_int(s, 30, pf->accepted);
	store_bind_text(s, 31, pf->held);
}

static int
bounce_alert(struct store *st, const struct store_bounce *b,
    const char *key, long long bounce_id, long long date, struct err *err)
{
	struct store_alert a;
	sqlite3_stmt *s;
	int rc;

	if (!store_alert_classify(b->category, b->reason, b->diagnostic, &a))
		return 0;
	if ((s = store_stmt(st, sql_alert_insert, err)) == NULL) {
		g_free(a.list_name);
		return -1;
	}
	sqlite3_bind_int64(s, 1, bounce_id);
	sqlite3_bind_int64(s, 2, date);
	store_bind_text(s, 3, a.kind);
	store_bind_text(s, 4, a.list_name);
	store_bind_text(s, 5, store_addr_domain(key));
	store_bind_text(s, 6, a.advice);
	rc = store_step_done(st, s, "cannot record a sender alert", err);
	g_free(a.list_name);
	return rc;
}

/*
 * Bounces that may change a status create their contact if missing,
 * unless they do not count (unverified, held): a forged report naming
 * a thousand strangers adds no contact.  Most bounces are for known
 * contacts: the refresh tries first, so those cost one lookup of the
 * address, not two.
 */
static int
bounce_contact(struct store *st, const struct store_bounce *b,
    const char *key, long long date, long long run_id,
    const struct bounce_proof *pf, struct err *err)
{
	sqlite3_stmt *s;
	int rc;

	if (!bounce_marking(b->category))
		return 0;
	if ((rc = contact_refresh(st, key, run_id, 1, err)) != 0)
		return rc < 0 ? -1 : 0;
	if (pf->held != NULL || (pf->evidence != NULL && strcmp(pf->evidence,
	    "unverified") == 0 && pf->accepted == 0))
		return 0;
	if ((s = store_stmt(st, sql_contact_ensure, err)) == NULL)
		return -1;
	store_bind_text(s, 1, key);
	store_bind_text(s, 2, b->recipient);
	sqlite3_bind_int64(s, 3, date);
	if (store_step_done(st, s, "cannot create a contact", err) < 0)
		return -1;
	return store_contact_refresh(st, key, run_id, 1, err);
}

static int
bounce_insert_key(struct store *st, long long run_id,
    const struct store_bounce *b, const char *msg_key, const char *key,
    long long date, const struct bounce_proof *pf, int *added,
    struct err *err)
{
	struct store_bounce k = *b;
	sqlite3_stmt *s;

	if ((s = store_stmt(st, sql_bounce_insert, err)) == NULL)
		return -1;
	k.msg_key = msg_key;
	bounce_bind(s, &k, key, date, run_id, pf);
	if (store_step_done(st, s, "cannot record a bounce", err) < 0)
		return -1;
	*added = sqlite3_changes(st->db) == 1;
	return 0;
}

/*
 * What the message itself says about the recipient, not what the rules
 * made of it (so that rereading with other rules is still the same).
 */
static const char *
bounce_field(const struct store_bounce *b, int i)
{
	const char *f[] = { b->status, b->diagnostic, b->date_text,
		b->original_message_id, b->action };

	return f[i];
}

#define BOUNCE_NFIELDS	5

/* 1 if the recorded row for (msg_key, key) says the same as b. */
static int
bounce_same(struct store *st, const struct store_bounce *b,
    const char *key, struct err *err)
{
	const char *have, *want;
	sqlite3_stmt *s;
	int i, same = 1;

	if ((s = store_stmt(st, sql_bounce_same, err)) == NULL)
		return -1;
	store_bind_text(s, 1, b->msg_key);
	store_bind_text(s, 2, key);
	if (sqlite3_step(s) != SQLITE_ROW) {
		sqlite3_reset(s);
		return store_sql_err(st, "cannot read a bounce", err);
	}
	for (i = 0; i < BOUNCE_NFIELDS && same; i++) {
		have = store_col_text(s, i);
		want = bounce_field(b, i);
		same = (have == NULL || want == NULL) ? have == want :
		    strcmp(have, want) == 0;
	}
	sqlite3_reset(s);
	return same;
}

/* The key of another message that reused b's Message-ID. */
static char *
bounce_other_key(const struct store_bounce *b)
{
	GChecksum *ck = g_checksum_new(G_CHECKSUM_SHA256);
	const char *f;
	char *key;
	int i;

	for (i = 0; i < BOUNCE_NFIELDS; i++) {
		f = bounce_field(b, i);
		g_checksum_update(ck, (const guchar *)(f != NULL ? f : "\x1e"),
		    -1);
		g_checksum_update(ck, (const guchar *)"\x1f", 1);
	}
	key = g_strdup_printf("%s#%.16s", b->msg_key,
	    g_checksum_get_string(ck));
	g_checksum_free(ck);
	return key;
}

/*
 * Records the bounce once per message and recipient.  Two different
 * messages may share a Message-ID (a broken or hostile sender): the
 * second is kept under a key of its own, so that each counts whatever
 * the order they are read in; the same message read again adds nothing.
 */
static int
bounce_insert(struct store *st, long long run_id,
    const struct store_bounce *b, const char *key, long long date,
    const struct bounce_proof *pf, int *added, struct err *err)
{
	char *other;
	int rc;

	if (bounce_insert_key(st, run_id, b, b->msg_key, key, date, pf, added,
	    err) < 0)
		return -1;
	if (*added)
		return 0;
	if ((rc = bounce_same(st, b, key, err)) != 0)
		return rc > 0 ? 0 : -1;
	other = bounce_other_key(b);
	rc = bounce_insert_key(st, run_id, b, other, key, date, pf, added,
	    err);
	g_free(other);
	return rc;
}

/*
 * The failures of b's sender counted so far in run_id on plausible
 * evidence, plus add.  The counts start again with each run.
 */
static long
bounce_sender_count(struct store *st, const struct store_bounce *b,
    long long run_id, long add)
{
	char *k;
	long n;

	if (run_id != st->sender_run) {
		g_hash_table_remove_all(st->sender_counts);
		st->sender_run = run_id;
	}
	if (b->sender == NULL)
		return 0;
	k = g_ascii_strdown(b->sender, -1);
	n = GPOINTER_TO_SIZE(g_hash_table_lookup(st->sender_counts, k)) +
	    add;
	if (add != 0)
		g_hash_table_replace(st->sender_counts, k,
		    GSIZE_TO_POINTER((gsize)n));
	else
		g_free(k);
	return n;
}

/* 1 if a failure so recorded counts for nothing for want of proof. */
static int
bounce_unproven(const struct bounce_proof *pf)
{
	return pf->evidence != NULL && pf->held == NULL && pf->accepted == 0 &&
	    strcmp(pf->evidence, "unverified") == 0;
}

/* 1 if a failure so recorded changes a status on plausible evidence. */
static int
bounce_counts_plausible(const struct bounce_proof *pf)
{
	return pf->evidence != NULL && pf->held == NULL &&
	    strcmp(pf->evidence, "plausible") == 0;
}

/* 1 if an unverified notice b changes a status: its account's word. */
static int
bounce_relaxed(const struct store *st, const struct store_bounce *b)
{
	if (b->unverified == STORE_UNVERIFIED_POLICY)
		return st->policy.accept_unverified;
	return b->unverified == STORE_UNVERIFIED_ACCEPT;
}

/* How far a notice's Date may run ahead of its arrival. */
#define BOUNCE_DATE_SLACK	86400LL

/*
 * The evidence level, and the cap: past max_per_message recipients, a
 * notice's bounces are held (recorded, reported, counted only when
 * accepted by hand), whatever their evidence.
 */
static int
bounce_prove(struct store *st, const struct store_bounce *b,
    const char *key, long long date, long long run_id,
    struct bounce_proof *pf, struct err *err)
{
	static const char held_cap[] = "over the recipients one notice may "
	    "change (max_per_message)";
	static const char held_future[] = "dated after it arrived";
	static const char held_arrival[] = "arrived in the future (the "
	    "server's date)";
	static const char held_sender[] = "over the plausible failures one "
	    "sender may change in a run (max_per_sender)";
	long long rows;
	int lvl;

	memset(pf, 0, sizeof(*pf));
	if (!bounce_marking(b->category))
		return 0;
	lvl = store_evidence_grade(st, key, b->original_message_id,
	    b->category, b->kind, date, err);
	if (lvl < 0 || store_query_int(st, sql_message_rows,
	    b->msg_key, &rows, "cannot count a message's bounces", err) < 0)
		return -1;
	pf->evidence = store_evidence_name(lvl);
	pf->accepted = lvl == STORE_EV_UNVERIFIED && bounce_relaxed(st, b) ?
	    2 : 0;
	if (b->doubt != NULL)
		pf->held = b->doubt;
	else if (rows >= st->policy.max_per_message)
		pf->held = held_cap;
	/*
	 * A Date more than a day after the notice arrived is no clock
	 * error: the notice is not what it says, whatever it returns.
	 */
	else if (b->date > date + BOUNCE_DATE_SLACK)
		pf->held = held_future;
	/*
	 * The server says it received the notice after now: its clock, or
	 * someone who may APPEND to the folder with a date of their choice.
	 */
	else if (b->arrival > date + BOUNCE_DATE_SLACK)
		pf->held = held_arrival;
	/*
	 * Only where evidence is required: with accept_unverified, every
	 * notice of a campaign's wave from one provider would be over it.
	 */
	else if (!bounce_relaxed(st, b) && lvl == STORE_EV_PLAUSIBLE &&
	    bounce_sender_count(st, b, run_id, 0) >=
	    st->policy.max_per_sender)
		pf->held = held_sender;
	return 0;
}

/*
 * The notice's date: when it arrived when the source knows it (the Date
 * field is the sender's word), else its Date; never after now.
 */
static long long
bounce_date(struct store *st, const struct store_bounce *b)
{
	long long now = store_now(st);
	long long d = b->arrival != 0 ? b->arrival : b->date;

	return d != 0 && d < now ? d : now;
}

int
store_bounce_apply(struct store *st, long long run_id,
    const struct store_bounce *b, int *added, struct err *err)
{
	long long date = bounce_date(st, b);
	struct bounce_proof pf;
	char *key;
	int rc;

	*added = 0;
	if (b->msg_key == NULL || b->recipient == NULL || b->category == NULL)
		return err_set(err, "bounce without message key, recipient or "
		    "category");
	if ((key = store_addr_key(b->recipient)) == NULL)
		key = g_ascii_strdown(b->recipient, -1);
	rc = bounce_prove(st, b, key, date, run_id, &pf, err);
	if (rc == 0)
		rc = bounce_insert(st, run_id, b, key, date, &pf, added, err);
	if (rc == 0 && *added && bounce_counts_plausible(&pf))
		bounce_sender_count(st, b, run_id, 1);
	if (rc == 0 && *added && bounce_unproven(&pf))
		st->unproven++;
	if (rc == 0 && *added)
		rc = bounce_alert(st, b, key,
		    sqlite3_last_insert_rowid(st->db), date, err);
	if (rc == 0 && *added)
		rc = bounce_contact(st, b, key, date, run_id, &pf, err);
	g_free(key);
	return rc;
}

long
store_unproven(const struct store *st)
{
	return st->unproven;
}

int
store_contact_expire(struct store *st, long long run_id, long *changed,
    struct err *err)
{
	const struct store_policy *p = &st->policy;
	GPtrArray *keys = g_ptr_array_new_with_free_func(g_free);
	sqlite3_stmt *s;
	int rc = 0;
	guint i;

	*changed = 0;
	if ((s = store_stmt(st, sql_expire, err)) == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, store_now(st) - p->full_reset_days * 86400LL);
	sqlite3_bind_int64(s, 2, store_now(st) - p->soft_reset_days * 86400LL);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW)
		g_ptr_array_add(keys, g_strdup(store_col_text(s, 0)));
	sqlite3_reset(s);
	rc = rc == SQLITE_DONE ? 0 :
	    store_sql_err(st, "cannot find contacts to expire", err);
	for (i = 0; rc == 0 && i < keys->len; i++)
		rc = store_contact_refresh(st, keys->pdata[i], run_id, 1, err);
	*changed = (long)keys->len;
	g_ptr_array_free(keys, TRUE);
	return rc;
}
