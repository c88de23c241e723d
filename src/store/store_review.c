/*
 * store_review: the read side of the review pages: a page of contacts
 * by keyset (never OFFSET: a page deep in a million
 * contacts costs what the first one does), runs, failures per day and
 * category, and the contacts that need a decision.  Writes nothing.
 */
#include <limits.h>
#include <string.h>

#include "store_int.h"
#include "store_review.h"

/*
 * The page filters, ?1 to ?6: search (a LIKE pattern), status, domain
 * (a LIKE pattern '%@domain'), source, changed since, changed before.
 * An imported contact's row holds its address as the list wrote it, its
 * name and company: one LIKE for most rows (a search scans them all).
 */
#define PAGE_WHERE "WHERE (?1 IS NULL OR columns LIKE ?1 ESCAPE '\\' OR " \
    "(columns IS NULL AND (address LIKE ?1 ESCAPE '\\' OR " \
    "display LIKE ?1 ESCAPE '\\'))) " \
    "AND (?2 IS NULL OR status = ?2) " \
    "AND (?3 IS NULL OR address LIKE ?3 ESCAPE '\\') " \
    "AND (?4 IS NULL OR source = ?4) AND since >= ?5 " \
    "AND (?6 = 0 OR since < ?6) "
/* ?7: the last address shown; ?8: the page size; ?9: its since. */
#define PAGE_ADDRESS(from) "SELECT " CONTACT_COLS from PAGE_WHERE \
    "AND address > ?7 ORDER BY address LIMIT ?8"
/* The same through contacts_status when a status is given. */
#define PAGE_STATUS(from) "SELECT " CONTACT_COLS from PAGE_WHERE \
    "AND status = ?2 AND address > ?7 ORDER BY status, address LIMIT ?8"
#define PAGE_CHANGED(from) "SELECT " CONTACT_COLS from PAGE_WHERE \
    "AND (since, address) < (?9, ?7) ORDER BY since DESC, address DESC " \
    "LIMIT ?8"
/*
 * ?10: the ids the search index proposes (a JSON array); those few
 * contacts are looked up by id (CROSS JOIN: in that order) and sorted.
 */
#define SEARCH_FROM "FROM json_each(?10) f CROSS JOIN contacts ON " \
    "contacts.id = f.value " \
    "LEFT JOIN domain_evidence d ON " \
    "d.domain = substr(address, instr(address, '@') + 1) "
static const char sql_page_address[] = PAGE_ADDRESS(CONTACT_FROM);
static const char sql_page_status[] = PAGE_STATUS(CONTACT_FROM);
static const char sql_page_changed[] = PAGE_CHANGED(CONTACT_FROM);
static const char sql_search_address[] = PAGE_ADDRESS(SEARCH_FROM);
static const char sql_search_status[] = PAGE_STATUS(SEARCH_FROM);
static const char sql_search_changed[] = PAGE_CHANGED(SEARCH_FROM);
static const char sql_runs[] =
    "SELECT id, command, source, started, finished, messages, unreadable, "
    "recipients, applied, ok FROM (SELECT *, row_number() OVER "
    "(PARTITION BY command, source ORDER BY started DESC, id DESC) AS n "
    "FROM runs WHERE command <> 'forget') WHERE n <= ?1 "
    "ORDER BY source, command, started DESC, id DESC";
/* Grouped by the day's number: date() once a group, not once a row. */
static const char sql_daycat[] =
    "SELECT date(d * 86400, 'unixepoch'), category, n FROM (SELECT "
    "date / 86400 AS d, category, count(*) AS n FROM bounces "
    "WHERE date >= ?1 AND category NOT IN ('autoreply', 'delivered') "
    "GROUP BY 1, 2) ORDER BY 1, 2";

/*
 * Each attention kind: its WHERE, ?1 a number from the policy.  A
 * suggestion or replacement already a contact has been accepted.
 */
#define ATT_TYPO "WHERE status IN ('suspect', 'invalid') AND " \
    "suggestion IS NOT NULL AND suggestion NOT IN (SELECT address FROM " \
    "contacts) AND ?1 >= 0"
/* Only a reply that counts names a replacement (docs/store.md). */
#define ATT_REPL "WHERE address IN (SELECT recipient FROM bounces b " \
    "INDEXED BY bounces_replacement WHERE replacement IS NOT NULL AND " \
    STORE_BOUNCE_COUNTS " AND lower(replacement) NOT IN (SELECT address " \
    "FROM contacts)) AND ?1 >= 0"
#define ATT_REVIEW "WHERE status = 'retry-later' AND review IS NOT NULL " \
    "AND ?1 >= 0"
#define ATT_FULL "WHERE status = 'full' AND full_bounces >= ?1"
#define ATT_COMPLAINT "WHERE status = 'complained' AND ?1 >= 0"
#define ATT_EXTRA(w) "SELECT " CONTACT_COLS ", CASE WHEN ?3 = 1 THEN " \
    "suggestion WHEN ?3 = 2 THEN (SELECT replacement FROM bounces b " \
    "WHERE b.recipient = contacts.address AND replacement IS NOT NULL " \
    "AND " STORE_BOUNCE_COUNTS " ORDER BY date DESC, id DESC LIMIT 1) " \
    "END " CONTACT_FROM w \
    " ORDER BY since DESC, address LIMIT ?2"
#define ATT_COUNT(w) "SELECT count(*) FROM contacts " w

static const char *const sql_att_list[STORE_ATT_N] = {
	[STORE_ATT_TYPO] = ATT_EXTRA(ATT_TYPO),
	[STORE_ATT_REPLACEMENT] = ATT_EXTRA(ATT_REPL),
	[STORE_ATT_REVIEW] = ATT_EXTRA(ATT_REVIEW),
	[STORE_ATT_FULL] = ATT_EXTRA(ATT_FULL),
	[STORE_ATT_COMPLAINT] = ATT_EXTRA(ATT_COMPLAINT),
};
static const char *const sql_att_count[STORE_ATT_N] = {
	[STORE_ATT_TYPO] = ATT_COUNT(ATT_TYPO),
	[STORE_ATT_REPLACEMENT] = ATT_COUNT(ATT_REPL),
	[STORE_ATT_REVIEW] = ATT_COUNT(ATT_REVIEW),
	[STORE_ATT_FULL] = ATT_COUNT(ATT_FULL),
	[STORE_ATT_COMPLAINT] = ATT_COUNT(ATT_COMPLAINT),
};

/*
 * Failures that may not count: the partial index bounces_doubt holds
 * these rows alone (a few, once sent mail is read), with every column
 * the counts read.  Of them, those that
 * count for nothing: held and not accepted by hand, or unverified and
 * accepted neither by hand nor by the setting.  The same as NOT
 * STORE_BOUNCE_COUNTS, since accepted is 0, 1 or 2.
 */
#define DOUBT_SET "(b.evidence = 'unverified' OR b.held IS NOT NULL)"
#define DOUBT_HELD "(b.held IS NOT NULL AND b.accepted <> 1)"
#define DOUBT_UNVERIFIED "(b.held IS NULL AND b.accepted = 0)"
static const char sql_doubt_count[] =
    "SELECT count(*) FILTER (WHERE " DOUBT_UNVERIFIED "), "
    "count(*) FILTER (WHERE " DOUBT_HELD "), "
    "count(*) FILTER (WHERE b.held IS NULL AND b.accepted = 2), "
    "EXISTS (SELECT 1 FROM sent_messages) "
    "FROM bounces b WHERE " DOUBT_SET " AND b.date >= ?1";
#define DOUBT_NOW DOUBT_SET " AND (" DOUBT_HELD " OR " DOUBT_UNVERIFIED ")"
#define DOUBT_COLS "b.recipient, c.status, b.msg_key, b.category, " \
    "b.reason, b.original_message_id, b.original_subject, " \
    "b.reporting_mta, b.account, b.folder, b.file, b.evidence, b.held, " \
    "b.date, b.notice_from, b.notice_subject"
static const char sql_doubt_list[] =
    "SELECT " DOUBT_COLS " "
    "FROM bounces b LEFT JOIN contacts c ON c.address = b.recipient "
    "WHERE " DOUBT_NOW " AND (?2 IS NULL OR b.msg_key = ?2) "
    "ORDER BY b.date DESC, b.id DESC LIMIT ?1";
static const char sql_doubt_of_notice[] =
    "SELECT count(*) FROM bounces b WHERE " DOUBT_NOW " AND b.msg_key = ?1";
/*
 * Per notice: SQLite takes the bare columns from the row of max(b.id),
 * the notice's newest failure.
 */
static const char sql_notice_list[] =
    "SELECT " DOUBT_COLS ", count(*), max(b.id) "
    "FROM bounces b LEFT JOIN contacts c ON c.address = b.recipient "
    "WHERE " DOUBT_NOW " GROUP BY b.msg_key "
    "ORDER BY max(b.date) DESC, max(b.id) DESC LIMIT ?1";
static const char sql_notice_count[] =
    "SELECT count(DISTINCT b.msg_key) FROM bounces b WHERE " DOUBT_NOW;
static const char sql_notice_first[] =
    "SELECT b.recipient, EXISTS (SELECT 1 FROM contacts c WHERE "
    "c.address = b.recipient) FROM bounces b WHERE " DOUBT_NOW " AND "
    "b.msg_key = ?1 ORDER BY b.id LIMIT ?2";
/* The returned message: when it went to the address; sent to anyone. */
static const char sql_proof_mid[] =
    "SELECT max(CASE WHEN recipient = ?2 THEN date END), count(*) "
    "FROM sent_messages WHERE message_id = ?1";
static const char sql_proof_last[] =
    "SELECT max(date), EXISTS (SELECT 1 FROM sent_messages) "
    "FROM sent_messages WHERE recipient = ?1 AND date <= ?2";

/* "%text%" with LIKE's wildcards in text taken literally; g_free. */
static char *
review_like(const char *prefix, const char *text)
{
	GString *g = g_string_new(prefix);
	const char *p;

	for (p = text; *p != '\0'; p++) {
		if (*p == '%' || *p == '_' || *p == '\\')
			g_string_append_c(g, '\\');
		g_string_append_c(g, *p);
	}
	if (prefix[0] == '%' && prefix[1] == '\0')
		g_string_append_c(g, '%');
	return g_string_free(g, FALSE);
}

static const char *
review_page_sql(const struct store_page *p, int indexed)
{
	if (p->sort == STORE_SORT_CHANGED)
		return indexed ? sql_search_changed : sql_page_changed;
	if (p->status != NULL)
		return indexed ? sql_search_status : sql_page_status;
	return indexed ? sql_search_address : sql_page_address;
}

static void
review_page_bind(sqlite3_stmt *s, const struct store_page *p, char *q,
    char *dom)
{
	store_bind_text(s, 1, q);
	store_bind_text(s, 2, p->status);
	store_bind_text(s, 3, dom);
	store_bind_text(s, 4, p->source);
	sqlite3_bind_int64(s, 5, p->since);
	sqlite3_bind_int64(s, 6, p->until);
	if (p->sort == STORE_SORT_CHANGED && p->after_address == NULL) {
		sqlite3_bind_text(s, 7, "", -1, SQLITE_STATIC);
		sqlite3_bind_int64(s, 9, LLONG_MAX);
	} else {
		sqlite3_bind_text(s, 7, p->after_address != NULL ?
		    p->after_address : "", -1, SQLITE_STATIC);
		sqlite3_bind_int64(s, 9, p->after_since);
	}
	sqlite3_bind_int(s, 8, p->limit);
}

/* Steps s, handing each contact to fn. */
static int
review_contacts(struct store *st, sqlite3_stmt *s, store_contact_fn fn,
    void *ctx, struct err *err)
{
	struct store_contact c;
	int rc;

	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		store_contact_row(s, &c);
		if (fn(ctx, &c) < 0) {
			sqlite3_reset(s);
			return err_set(err, "stopped by the caller");
		}
	}
	sqlite3_reset(s);
	return rc == SQLITE_DONE ? 0 :
	    store_sql_err(st, "cannot read contacts", err);
}

int
store_page_each(struct store *st, const struct store_page *p,
    store_contact_fn fn, void *ctx, struct err *err)
{
	char *q = NULL, *dom = NULL, *ids = NULL;
	sqlite3_stmt *s;
	int rc = -1;

	if (p->q != NULL && p->q[0] != '\0') {
		q = review_like("%", p->q);
		ids = store_search_few(st, p->q);
	}
	if (p->domain != NULL && p->domain[0] != '\0')
		dom = review_like("%@", p->domain);
	/* lint-sql: one of the sql_page_* or sql_search_* constants. */
	if ((s = store_stmt(st, review_page_sql(p, ids != NULL), err)) !=
	    NULL) {
		review_page_bind(s, p, q, dom);
		if (ids != NULL)
			store_bind_text(s, 10, ids);
		rc = review_contacts(st, s, fn, ctx, err);
	}
	g_free(q);
	g_free(dom);
	g_free(ids);
	return rc;
}

static void
review_run_row(sqlite3_stmt *s, struct store_run_row *r)
{
	r->id = sqlite3_column_int64(s, 0);
	r->command = store_col_text(s, 1);
	r->source = store_col_text(s, 2);
	r->started = sqlite3_column_int64(s, 3);
	r->finished = sqlite3_column_int64(s, 4);
	r->messages = (long)sqlite3_column_int64(s, 5);
	r->unreadable = (long)sqlite3_column_int64(s, 6);
	r->recipients = (long)sqlite3_column_int64(s, 7);
	r->applied = (long)sqlite3_column_int64(s, 8);
	r->ok = sqlite3_column_type(s, 9) == SQLITE_NULL ? -1 :
	    sqlite3_column_int(s, 9);
}

int
store_run_each(struct store *st, int per_source, store_run_fn fn,
    void *ctx, struct err *err)
{
	struct store_run_row r;
	sqlite3_stmt *s;
	int rc;

	if ((s = store_stmt(st, sql_runs, err)) == NULL)
		return -1;
	sqlite3_bind_int(s, 1, per_source);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		review_run_row(s, &r);
		if (fn(ctx, &r) < 0) {
			sqlite3_reset(s);
			return err_set(err, "stopped by the caller");
		}
	}
	sqlite3_reset(s);
	return rc == SQLITE_DONE ? 0 : store_sql_err(st, "cannot read runs",
	    err);
}

int
store_day_category_each(struct store *st, long long since,
    store_daycat_fn fn, void *ctx, struct err *err)
{
	return store_agg_each(st, sql_daycat, since, 0, fn, ctx,
	    "cannot count bounces by day", err);
}

/* The policy's number for a kind: full bounces one short of giving up. */
static int
review_att_arg(struct store *st, enum store_attention why)
{
	int n = st->policy.full_abandon_count - 1;

	return why == STORE_ATT_FULL ? (n > 1 ? n : 1) : 0;
}

static int
review_att_count(struct store *st, enum store_attention why,
    long long *total, struct err *err)
{
	sqlite3_stmt *s;

	/* lint-sql: one of the sql_att_count constants. */
	if ((s = store_stmt(st, sql_att_count[why], err)) == NULL)
		return -1;
	sqlite3_bind_int(s, 1, review_att_arg(st, why));
	if (sqlite3_step(s) != SQLITE_ROW) {
		sqlite3_reset(s);
		return store_sql_err(st, "cannot count contacts", err);
	}
	*total = sqlite3_column_int64(s, 0);
	sqlite3_reset(s);
	return 0;
}

int
store_attention_each(struct store *st, enum store_attention why, int limit,
    long long *total, store_attention_fn fn, void *ctx, struct err *err)
{
	struct store_contact c;
	sqlite3_stmt *s;
	int rc;

	if (why < 0 || why >= STORE_ATT_N)
		return err_set(err, "unknown attention kind %d", (int)why);
	if (review_att_count(st, why, total, err) < 0)
		return -1;
	/* lint-sql: one of the sql_att_list constants. */
	if ((s = store_stmt(st, sql_att_list[why], err)) == NULL)
		return -1;
	sqlite3_bind_int(s, 1, review_att_arg(st, why));
	sqlite3_bind_int(s, 2, limit);
	sqlite3_bind_int(s, 3, why == STORE_ATT_TYPO ? 1 :
	    why == STORE_ATT_REPLACEMENT ? 2 : 0);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		store_contact_row(s, &c);
		if (fn(ctx, why, &c, store_col_text(s, CONTACT_NCOLS)) < 0) {
			sqlite3_reset(s);
			return err_set(err, "stopped by the caller");
		}
	}
	sqlite3_reset(s);
	return rc == SQLITE_DONE ? 0 :
	    store_sql_err(st, "cannot read contacts", err);
}

int
store_doubt_count(struct store *st, long long since,
    struct store_doubt_counts *c, struct err *err)
{
	sqlite3_stmt *s;

	memset(c, 0, sizeof(*c));
	if ((s = store_stmt(st, sql_doubt_count, err)) == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, since);
	if (sqlite3_step(s) != SQLITE_ROW) {
		sqlite3_reset(s);
		return store_sql_err(st, "cannot count unverified bounces",
		    err);
	}
	c->unverified = sqlite3_column_int64(s, 0);
	c->held = sqlite3_column_int64(s, 1);
	c->by_setting = sqlite3_column_int64(s, 2);
	c->sent_known = sqlite3_column_int(s, 3);
	sqlite3_reset(s);
	return 0;
}

static void
review_doubt_row(sqlite3_stmt *s, struct store_doubt_row *r)
{
	r->address = store_col_text(s, 0);
	r->status = store_col_text(s, 1);
	r->msg_key = store_col_text(s, 2);
	r->category = store_col_text(s, 3);
	r->reason = store_col_text(s, 4);
	r->original_message_id = store_col_text(s, 5);
	r->original_subject = store_col_text(s, 6);
	r->reporting_mta = store_col_text(s, 7);
	r->account = store_col_text(s, 8);
	r->folder = store_col_text(s, 9);
	r->file = store_col_text(s, 10);
	r->evidence = store_col_text(s, 11);
	r->held = store_col_text(s, 12);
	r->date = sqlite3_column_int64(s, 13);
	r->notice_from = store_col_text(s, 14);
	r->notice_subject = store_col_text(s, 15);
}

/* The one integer that s, bound by the caller, reads; -1 on error. */
static long long
review_count(struct store *st, sqlite3_stmt *s, struct err *err)
{
	long long n = -1;

	if (sqlite3_step(s) == SQLITE_ROW)
		n = sqlite3_column_int64(s, 0);
	else
		store_sql_err(st, "cannot count unverified bounces", err);
	sqlite3_reset(s);
	return n;
}

/* How many failures not counted: of msg_key, or of all notices. */
static int
review_doubt_total(struct store *st, const char *msg_key, long long *total,
    struct err *err)
{
	struct store_doubt_counts c;
	sqlite3_stmt *s;

	if (msg_key == NULL) {
		if (store_doubt_count(st, 0, &c, err) < 0)
			return -1;
		*total = c.unverified + c.held;
		return 0;
	}
	if ((s = store_stmt(st, sql_doubt_of_notice, err)) == NULL)
		return -1;
	store_bind_text(s, 1, msg_key);
	return (*total = review_count(st, s, err)) < 0 ? -1 : 0;
}

int
store_doubt_each(struct store *st, const char *msg_key, int limit,
    long long *total, store_doubt_fn fn, void *ctx, struct err *err)
{
	struct store_doubt_row r;
	sqlite3_stmt *s;
	int rc;

	if (review_doubt_total(st, msg_key, total, err) < 0)
		return -1;
	if ((s = store_stmt(st, sql_doubt_list, err)) == NULL)
		return -1;
	sqlite3_bind_int(s, 1, limit);
	store_bind_text(s, 2, msg_key);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		review_doubt_row(s, &r);
		if (fn(ctx, &r) < 0) {
			sqlite3_reset(s);
			return err_set(err, "stopped by the caller");
		}
	}
	sqlite3_reset(s);
	return rc == SQLITE_DONE ? 0 :
	    store_sql_err(st, "cannot read unverified bounces", err);
}

/* The first recipients of r's notice, into r (strings: g_free). */
static int
review_notice_first(struct store *st, struct store_notice_row *r,
    struct err *err)
{
	sqlite3_stmt *s;
	int rc;

	if ((s = store_stmt(st, sql_notice_first, err)) == NULL)
		return -1;
	store_bind_text(s, 1, r->d.msg_key);
	sqlite3_bind_int(s, 2, STORE_NOTICE_FIRST);
	r->nfirst = 0;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW &&
	    r->nfirst < STORE_NOTICE_FIRST) {
		r->known[r->nfirst] = sqlite3_column_int(s, 1);
		r->first[r->nfirst++] = g_strdup(store_col_text(s, 0));
	}
	sqlite3_reset(s);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 :
	    store_sql_err(st, "cannot read unverified bounces", err);
}

static int
review_notice_call(struct store *st, sqlite3_stmt *s, store_notice_fn fn,
    void *ctx, struct err *err)
{
	struct store_notice_row r;
	int i, rc;

	memset(&r, 0, sizeof(r));
	review_doubt_row(s, &r.d);
	r.recipients = sqlite3_column_int64(s, 16);
	rc = review_notice_first(st, &r, err);
	if (rc == 0 && fn(ctx, &r) < 0)
		rc = err_set(err, "stopped by the caller");
	for (i = 0; i < r.nfirst; i++)
		g_free((char *)r.first[i]);
	return rc;
}

int
store_notice_each(struct store *st, int limit, long long *total,
    store_notice_fn fn, void *ctx, struct err *err)
{
	sqlite3_stmt *s;
	int rc;

	if ((s = store_stmt(st, sql_notice_count, err)) == NULL ||
	    (*total = review_count(st, s, err)) < 0)
		return -1;
	if ((s = store_stmt(st, sql_notice_list, err)) == NULL)
		return -1;
	sqlite3_bind_int(s, 1, limit);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		if (review_notice_call(st, s, fn, ctx, err) < 0) {
			sqlite3_reset(s);
			return -1;
		}
	}
	sqlite3_reset(s);
	return rc == SQLITE_DONE ? 0 :
	    store_sql_err(st, "cannot read unverified bounces", err);
}

/* Steps s, bound by the caller, for its one row; 0 or -1. */
static int
review_one_row(struct store *st, sqlite3_stmt *s, struct err *err)
{
	if (sqlite3_step(s) == SQLITE_ROW)
		return 0;
	sqlite3_reset(s);
	return store_sql_err(st, "cannot read sent messages", err);
}

static int
review_proof_mid(struct store *st, const char *key, const char *mid,
    struct store_proof *p, struct err *err)
{
	sqlite3_stmt *s;

	if ((s = store_stmt(st, sql_proof_mid, err)) == NULL)
		return -1;
	store_bind_text(s, 1, mid);
	store_bind_text(s, 2, key);
	if (review_one_row(st, s, err) < 0)
		return -1;
	p->answered = sqlite3_column_int64(s, 0);
	p->mid_ours = sqlite3_column_int64(s, 1) > 0;
	sqlite3_reset(s);
	return 0;
}

static int
review_proof_last(struct store *st, const char *key, long long date,
    struct store_proof *p, struct err *err)
{
	sqlite3_stmt *s;

	if ((s = store_stmt(st, sql_proof_last, err)) == NULL)
		return -1;
	store_bind_text(s, 1, key);
	sqlite3_bind_int64(s, 2, date);
	if (review_one_row(st, s, err) < 0)
		return -1;
	p->last_sent = sqlite3_column_int64(s, 0);
	p->sent_known = sqlite3_column_int(s, 1);
	sqlite3_reset(s);
	return 0;
}

int
store_proof_get(struct store *st, const char *address,
    const char *original_mid, long long date, struct store_proof *p,
    struct err *err)
{
	char *key, *mid = store_mid_clean(original_mid);
	int rc = -1;

	memset(p, 0, sizeof(*p));
	if ((key = store_contact_key(address)) == NULL) {
		g_free(mid);
		return err_set(err, "'%s' is not an address", address);
	}
	if ((mid[0] == '\0' || review_proof_mid(st, key, mid, p, err) == 0) &&
	    review_proof_last(st, key, date, p, err) == 0)
		rc = 0;
	g_free(mid);
	g_free(key);
	return rc;
}

/*
 * Contacts of one status in address order (the status filter, counts by
 * status and the attention list without a full scan), contacts by the
 * time of their last status change, failures by date with their
 * category and recipient (the chart and the top domains read this index
 * alone: 1,000,000 contacts and 100,000 bounces, the overview's CPU time
 * from 232 to 150 ms), and the failures that may not count (the counts
 * of unverified and held ones and their list read only these rows, few
 * once sent mail is read).  Not in a migration: each index costs every
 * import and ingest (an import of 100,000 rows: 50% more instructions),
 * and only a review in a browser needs them.
 */
static const char sql_review_indexes[] =
    "CREATE INDEX IF NOT EXISTS contacts_status ON contacts(status, "
    "address);"
    "CREATE INDEX IF NOT EXISTS contacts_since ON contacts(since, "
    "address);"
    "CREATE INDEX IF NOT EXISTS bounces_date ON bounces(date, category, "
    "recipient);"
    "CREATE INDEX IF NOT EXISTS bounces_doubt ON bounces(date, accepted, "
    "evidence, held) WHERE evidence = 'unverified' OR held IS NOT NULL;";

int
store_review_indexes(struct store *st, struct err *err)
{
	if (sqlite3_exec(st->db, sql_review_indexes, NULL, NULL, NULL) !=
	    SQLITE_OK)
		return store_sql_err(st, "cannot make the review's indexes",
		    err);
	return 0;
}
