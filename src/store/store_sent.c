/*
 * store_sent: what we sent, and how far each notice is shown to answer
 * it (its evidence level).  A notice whose returned Message-ID is one we
 * sent to that recipient is verified; one that returns none, or one we
 * cannot check, while we sent to the address shortly before it arrived is
 * plausible; anything else is unverified, and changes no status unless
 * accepted.  The status rules stay in store_policy.c; this file only
 * grades and records.
 */
#include <string.h>

#include "store_addr.h"
#include "store_int.h"

static const char sql_sent_insert[] =
    "INSERT INTO sent_messages (message_id, recipient, date, source, added) "
    "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT DO NOTHING";
static const char sql_sent_count[] = "SELECT count(*) FROM sent_messages";
/* ?1, or ?1 "#..." (bounce_other_key(): a reused Message-ID). */
static const char sql_message_doubt[] =
    "SELECT EXISTS (SELECT 1 FROM bounces b WHERE (b.msg_key = ?1 OR "
    "(b.msg_key >= ?1 || '#' AND b.msg_key < ?1 || '$')) AND NOT "
    STORE_BOUNCE_COUNTS ")";
static const char sql_sent_count_from[] = "SELECT count(*) FROM "
    "sent_messages WHERE substr(source, 1, length(?1)) = ?1";
/*
 * ?2 NULL: sent to anyone.  ?3: the latest it may have been sent (a
 * notice cannot answer a message sent after it arrived), NULL: any.
 */
static const char sql_sent_mid[] =
    "SELECT 1 FROM sent_messages WHERE message_id = ?1 AND "
    "(?2 IS NULL OR recipient = ?2) AND (?3 IS NULL OR date <= ?3) "
    "LIMIT 1";
/*
 * Sent to the address within the window before the notice; a returned
 * Message-ID we do not know contradicts only rows that carry one (a log
 * of addresses cannot say which Message-ID went out).
 */
static const char sql_sent_recent[] =
    "SELECT 1 FROM sent_messages WHERE recipient = ?1 AND date >= ?2 AND "
    "date <= ?3 AND (?4 = '' OR message_id = '') LIMIT 1";
static const char sql_regrade_each[] =
    "SELECT id, original_message_id, category, date, kind FROM bounces "
    "WHERE recipient = ?1 AND evidence = 'unverified'";
static const char sql_regrade_set[] =
    "UPDATE bounces SET evidence = ?2 WHERE id = ?1";
static const char sql_accept[] =
    "UPDATE bounces SET accepted = 1 WHERE recipient = ?1 AND "
    "accepted <> 1 AND (evidence = 'unverified' OR held IS NOT NULL) AND "
    "(?2 IS NULL OR msg_key = ?2 OR msg_key = 'mid:' || ?2 OR "
    "original_message_id = ?2)";

/* The contact of bounces now accepted, if none: as a bounce makes it. */
static const char sql_accept_contact[] =
    "INSERT INTO contacts (address, display, source, since) "
    "SELECT ?1, (SELECT nullif(rcpt_display, ?1) FROM bounces WHERE "
    "recipient = ?1 LIMIT 1), 'bounce', (SELECT min(date) FROM bounces "
    "WHERE recipient = ?1) WHERE EXISTS (SELECT 1 FROM bounces WHERE "
    "recipient = ?1) ON CONFLICT (address) DO NOTHING";

static const char *const store_evidence_names[] = {
	[STORE_EV_UNVERIFIED] = "unverified",
	[STORE_EV_PLAUSIBLE] = "plausible",
	[STORE_EV_VERIFIED] = "verified",
};

const char *
store_evidence_name(enum store_evidence e)
{
	return store_evidence_names[e];
}

char *
store_mid_clean(const char *mid)
{
	if (mid == NULL)
		return g_strdup("");
	return g_strstrip(g_strdelimit(g_strdup(mid), "<>", ' '));
}

/* 1 if the statement, bound by the caller, returns a row; 0; -1. */
static int
sent_exists(struct store *st, sqlite3_stmt *s, struct err *err)
{
	int rc = sqlite3_step(s);

	sqlite3_reset(s);
	if (rc == SQLITE_ROW)
		return 1;
	return rc == SQLITE_DONE ? 0 :
	    store_sql_err(st, "cannot read sent messages", err);
}

/* How far our own Date may run ahead of the notice's arrival (clocks). */
#define SENT_CLOCK_SLACK	86400LL

static int
sent_mid_known(struct store *st, const char *mid, const char *key,
    long long before, struct err *err)
{
	sqlite3_stmt *s;

	if ((s = store_stmt(st, sql_sent_mid, err)) == NULL)
		return -1;
	store_bind_text(s, 1, mid);
	store_bind_text(s, 2, key);
	store_bind_int0(s, 3, before);
	return sent_exists(st, s, err);
}

static int
sent_recent(struct store *st, const char *key, const char *mid,
    long long arrival, struct err *err)
{
	sqlite3_stmt *s;

	if ((s = store_stmt(st, sql_sent_recent, err)) == NULL)
		return -1;
	store_bind_text(s, 1, key);
	sqlite3_bind_int64(s, 2,
	    arrival - st->policy.sent_window_days * 86400LL);
	sqlite3_bind_int64(s, 3, arrival);
	store_bind_text(s, 4, mid);
	return sent_exists(st, s, err);
}

/* The evidence level of a notice for key (enum store_evidence), or -1. */
int
store_evidence_grade(struct store *st, const char *key,
    const char *original_mid, const char *category, const char *kind,
    long long arrival, struct err *err)
{
	char *mid = store_mid_clean(original_mid);
	int rc = 0;

	if (mid[0] != '\0') {
		if ((rc = sent_mid_known(st, mid, key,
		    arrival + SENT_CLOCK_SLACK, err)) != 0) {
			rc = rc < 0 ? -1 : STORE_EV_VERIFIED;
			goto out;
		}
		/* Ours, but sent to others: someone reused it. */
		/* ... or a notice older than the message it returns. */
		if ((rc = sent_mid_known(st, mid, NULL, 0, err)) != 0) {
			rc = rc < 0 ? -1 : STORE_EV_UNVERIFIED;
			goto out;
		}
	}
	/*
	 * A complaint counts only when it returns our message, a "has left"
	 * reply only when it answers one we sent to that address.
	 */
	if ((category != NULL && strcmp(category, "complaint") == 0) ||
	    (kind != NULL && strcmp(kind, "autoreply") == 0))
		goto out;
	rc = sent_recent(st, key, mid, arrival, err);
	if (rc > 0)
		rc = STORE_EV_PLAUSIBLE;
out:
	g_free(mid);
	return rc;
}

/*
 * The contact of bounces that count now (made if none, as such a bounce
 * would have made it), evaluated again.
 */
static int
sent_contact_refresh(struct store *st, const char *key, struct err *err)
{
	sqlite3_stmt *s;

	if ((s = store_stmt(st, sql_accept_contact, err)) == NULL)
		return -1;
	store_bind_text(s, 1, key);
	if (store_step_done(st, s, "cannot create a contact", err) < 0)
		return -1;
	return store_contact_refresh(st, key, 0, 1, err);
}

struct regrade {
	long long	 id;
	int		 level;
};

static int
sent_regrade_set(struct store *st, const struct regrade *g, struct err *err)
{
	sqlite3_stmt *s;

	if ((s = store_stmt(st, sql_regrade_set, err)) == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, g->id);
	store_bind_text(s, 2, store_evidence_name(g->level));
	return store_step_done(st, s, "cannot grade a bounce", err);
}

/*
 * Bounces of key recorded as unverified, graded again (their date is
 * when they arrived, as on insert); the contact evaluated again when one
 * rose.
 */
static int
sent_regrade(struct store *st, const char *key, struct err *err)
{
	GArray *up = g_array_new(FALSE, FALSE, sizeof(struct regrade));
	struct regrade g;
	sqlite3_stmt *s;
	int rc = SQLITE_DONE, lvl = 0;
	guint i;

	if ((s = store_stmt(st, sql_regrade_each, err)) == NULL) {
		g_array_free(up, TRUE);
		return -1;
	}
	store_bind_text(s, 1, key);
	while (lvl >= 0 && (rc = sqlite3_step(s)) == SQLITE_ROW) {
		g.id = sqlite3_column_int64(s, 0);
		g.level = lvl = store_evidence_grade(st, key,
		    store_col_text(s, 1), store_col_text(s, 2),
		    store_col_text(s, 4), sqlite3_column_int64(s, 3), err);
		if (lvl > 0)
			g_array_append_val(up, g);
	}
	sqlite3_reset(s);
	if (lvl >= 0 && rc != SQLITE_DONE)
		lvl = store_sql_err(st, "cannot read bounces", err);
	for (i = 0; lvl >= 0 && i < up->len; i++)
		lvl = sent_regrade_set(st, &g_array_index(up, struct regrade,
		    i), err);
	if (lvl >= 0 && up->len > 0)
		lvl = sent_contact_refresh(st, key, err);
	g_array_free(up, TRUE);
	return lvl < 0 ? -1 : 0;
}

int
store_sent_add(struct store *st, const struct store_sent *sent, int *added,
    struct err *err)
{
	char *mid, *key;
	sqlite3_stmt *s;
	int rc = -1;

	*added = 0;
	if (sent->recipient == NULL || sent->date <= 0)
		return err_set(err, "sent message without recipient or date");
	if ((key = store_addr_key(sent->recipient)) == NULL)
		return err_set(err, "'%s' is not an address",
		    sent->recipient);
	mid = store_mid_clean(sent->message_id);
	if ((s = store_stmt(st, sql_sent_insert, err)) == NULL)
		goto out;
	store_bind_text(s, 1, mid);
	store_bind_text(s, 2, key);
	sqlite3_bind_int64(s, 3, sent->date);
	store_bind_text(s, 4, sent->source != NULL ? sent->source : "-");
	sqlite3_bind_int64(s, 5, store_now(st));
	if (store_step_done(st, s, "cannot record a sent message", err) < 0)
		goto out;
	*added = sqlite3_changes(st->db) == 1;
	rc = *added ? sent_regrade(st, key, err) : 0;
out:
	g_free(mid);
	g_free(key);
	return rc;
}

int
store_sent_count(struct store *st, long long *n, struct err *err)
{
	return store_query_int(st, sql_sent_count, NULL, n,
	    "cannot count sent messages", err);
}

int
store_message_doubt(struct store *st, const char *msg_key, int *doubt,
    struct err *err)
{
	long long n = 0;

	*doubt = 0;
	if (store_query_int(st, sql_message_doubt, msg_key, &n,
	    "cannot read a message's bounces", err) < 0)
		return -1;
	*doubt = n > 0;
	return 0;
}

int
store_sent_count_from(struct store *st, const char *prefix, long long *n,
    struct err *err)
{
	return store_query_int(st, sql_sent_count_from, prefix, n,
	    "cannot count sent messages", err);
}

int
store_bounce_accept(struct store *st, const char *address, const char *msg,
    long *n, struct err *err)
{
	sqlite3_stmt *s;
	char *key, *mid;
	int rc = -1;

	*n = 0;
	if ((key = store_addr_key(address)) == NULL)
		return err_set(err, "'%s' is not an address", address);
	mid = msg != NULL ? store_mid_clean(msg) : NULL;
	if ((s = store_stmt(st, sql_accept, err)) == NULL)
		goto out;
	store_bind_text(s, 1, key);
	store_bind_text(s, 2, mid);
	if (store_step_done(st, s, "cannot accept a bounce", err) < 0)
		goto out;
	*n = sqlite3_changes(st->db);
	rc = *n > 0 ? sent_contact_refresh(st, key, err) : 0;
out:
	g_free(mid);
	g_free(key);
	return rc;
}
