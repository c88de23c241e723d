/*
 * store_search: the review's search index: the text a search looks in
 * (an imported contact's list row, else its address and name) in an FTS5
 * table with the trigram tokenizer, so that a search that matches few of
 * a million contacts reads those few instead of every row.  The index
 * only proposes rows: the page's own LIKE decides, so results are what a
 * scan gives.  No trigger in the database keeps it: import and ingest do
 * not pay for it.  The connection that made it keeps it current for its
 * own writes through temporary triggers, and catches up with other
 * processes' writes by comparing it with the contacts (one pass over
 * each) when SQLite says another connection wrote.
 */
#include <string.h>

#include "store_int.h"
#include "store_review.h"

/* Few enough rows proposed to look them up rather than scan. */
#define SEARCH_FEW	2000

/* The text searched, as an expression over contacts' columns (alias c). */
#define SEARCH_BODY(c) "coalesce(" c ".columns, " c ".address || ' ' || " \
    "coalesce(" c ".display, ''))"

/*
 * detail=none: no token positions (a third of the size); the trigram
 * tokenizer still answers LIKE from its tokens and checks the text.
 */
static const char sql_search_make[] =
    "CREATE VIRTUAL TABLE IF NOT EXISTS main.contacts_search USING "
    "fts5(body, tokenize = 'trigram', detail = 'none')";
/* Rows whose text changed or whose contact is gone, then new contacts. */
static const char sql_search_stale[] =
    "DELETE FROM main.contacts_search WHERE rowid IN (SELECT s.id FROM "
    "main.contacts_search_content s LEFT JOIN main.contacts c ON "
    "c.id = s.id WHERE c.id IS NULL OR s.c0 IS NOT " SEARCH_BODY("c") ")";
static const char sql_search_new[] =
    "INSERT INTO main.contacts_search (rowid, body) SELECT c.id, "
    SEARCH_BODY("c") " FROM main.contacts c WHERE c.id NOT IN "
    "(SELECT id FROM main.contacts_search_content)";
/* This connection's own writes; temporary, so no other process's. */
static const char sql_search_triggers[] =
    "CREATE TEMP TRIGGER IF NOT EXISTS contacts_search_add AFTER INSERT "
    "ON main.contacts BEGIN INSERT INTO contacts_search (rowid, body) "
    "VALUES (new.id, " SEARCH_BODY("new") "); END;"
    "CREATE TEMP TRIGGER IF NOT EXISTS contacts_search_del AFTER DELETE "
    "ON main.contacts BEGIN DELETE FROM contacts_search WHERE "
    "rowid = old.id; END;"
    "CREATE TEMP TRIGGER IF NOT EXISTS contacts_search_upd AFTER UPDATE "
    "OF address, display, columns ON main.contacts BEGIN DELETE FROM "
    "contacts_search WHERE rowid = old.id; INSERT INTO "
    "contacts_search (rowid, body) VALUES (new.id, "
    SEARCH_BODY("new") "); END;";
/* Rows that name a forgotten address (bh_names: store_people.c). */
static const char sql_search_forget[] =
    "DELETE FROM main.contacts_search WHERE rowid IN (SELECT id FROM "
    "main.contacts_search_content WHERE bh_names(c0, ?1))";
/*
 * A deleted row's trigrams stay in the index's older segments (text
 * fragments, with its rowid) until a merge; merging all of them drops the
 * deleted entries, and secure_delete overwrites the pages freed.
 */
static const char sql_search_optimize[] =
    "INSERT INTO main.contacts_search (contacts_search) VALUES ('optimize')";
/* Changes when another connection commits. */
static const char sql_search_version[] = "PRAGMA data_version";
static const char sql_search_exists[] =
    "SELECT count(*) FROM sqlite_master WHERE name = 'contacts_search'";
static const char sql_search_few[] =
    "SELECT rowid FROM contacts_search WHERE body LIKE ?1 LIMIT "
    G_STRINGIFY(SEARCH_FEW);

/* The index made if missing and made equal to the contacts, one commit. */
static int
search_catch_up(struct store *st, struct err *err)
{
	if (store_begin(st, err) < 0)
		return -1;
	if (store_exec(st, sql_search_make, "cannot make the search index",
	    err) < 0 || store_exec(st, sql_search_stale,
	    "cannot update the search index", err) < 0 ||
	    store_exec(st, sql_search_new, "cannot update the search index",
	    err) < 0) {
		store_rollback(st);
		return -1;
	}
	return store_commit(st, err);
}

int
store_search_index(struct store *st, struct err *err)
{
	long long v = store_pragma_int(st, sql_search_version);

	st->search = 0;
	if (st->readonly)
		return err_set(err, "the search index needs a writable "
		    "database");
	if (search_catch_up(st, err) < 0)
		return -1;
	/* The pages the comparison read are no use to the actions. */
	sqlite3_db_release_memory(st->db);
	if (store_exec(st, sql_search_triggers, "cannot keep the search "
	    "index", err) < 0)
		return -1;
	st->search = 1;
	st->search_version = v;
	return 0;
}

int
store_search_behind(struct store *st)
{
	return !st->search ||
	    store_pragma_int(st, sql_search_version) != st->search_version;
}

void
store_search_use(struct store *st, int on)
{
	st->search = on;
}

int
store_search_forget(struct store *st, const char *key, struct err *err)
{
	long long n;
	sqlite3_stmt *s;

	if (store_query_int(st, sql_search_exists, NULL, &n,
	    "cannot look for the search index", err) < 0)
		return -1;
	if (n == 0)
		return 0;
	if ((s = store_stmt(st, sql_search_forget, err)) == NULL)
		return -1;
	store_bind_text(s, 1, key);
	if (store_step_done(st, s, "cannot forget in the search index",
	    err) < 0)
		return -1;
	/*
	 * Always, not only when a row went: text replaced earlier (a
	 * correction accepted, a stale row) may name the address too.
	 */
	return store_exec(st, sql_search_optimize, "cannot merge the search "
	    "index", err);
}

/* 1 if text holds a run of 3 characters that are no LIKE wildcard. */
static int
search_has_trigram(const char *text)
{
	const char *p;
	int run = 0;

	for (p = text; *p != '\0'; p = g_utf8_next_char(p)) {
		run = *p == '%' || *p == '_' ? 0 : run + 1;
		if (run >= 3)
			return 1;
	}
	return 0;
}

/* The ids the index proposes for pattern as a JSON array, or NULL. */
static char *
search_ids(struct store *st, const char *pattern)
{
	GString *ids = g_string_new("[");
	struct err err;
	sqlite3_stmt *s;
	int rc, n = 0;

	if ((s = store_stmt(st, sql_search_few, &err)) == NULL)
		return g_string_free(ids, TRUE);
	store_bind_text(s, 1, pattern);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW)
		g_string_append_printf(ids, "%s%lld", n++ > 0 ? "," : "",
		    (long long)sqlite3_column_int64(s, 0));
	sqlite3_reset(s);
	if (rc != SQLITE_DONE || n >= SEARCH_FEW)
		return g_string_free(ids, TRUE);
	g_string_append_c(ids, ']');
	return g_string_free(ids, FALSE);
}

char *
store_search_few(struct store *st, const char *q)
{
	char *pattern, *ids;

	if (!st->search || q == NULL || !g_utf8_validate(q, -1, NULL) ||
	    !search_has_trigram(q))
		return NULL;
	/*
	 * No ESCAPE (the index's LIKE takes none): a '%' or '_' of the
	 * search matches itself and more, so the index proposes more rows,
	 * never fewer; the page's LIKE keeps the right ones.
	 */
	pattern = g_strconcat("%", q, "%", NULL);
	ids = search_ids(st, pattern);
	g_free(pattern);
	return ids;
}
