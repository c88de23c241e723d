/*
 * Unit tests for store_review on a real database: keyset
 * pages, runs, attention lists, the unverified and held failures and
 * what we sent behind each, the read-only open (STORE_READONLY) of a
 * writable file, and the search index: a search through it finds
 * exactly what the scan (LIKE over every contact) finds, for German,
 * Chinese and Portuguese text, case, LIKE's wildcards and terms of one
 * or two characters; it follows this connection's own writes at once and
 * another connection's when brought up to date.  Counts kept on a reader
 * are given again until another connection writes.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <glib.h>
#include <sqlite3.h>

#include "store.h"
#include "store_int.h"
#include "store_review.h"
#include "test_db.h"

#define T0	1700000000LL
#define D	(24 * 3600LL)

static int
setup(void **state)
{
	struct test_db *f;

	if (test_db_setup(state, "bh-review-XXXXXX", "b.db") < 0)
		return -1;
	f = *state;
	store_clock_set(f->st, T0 + 10 * D);
	return 0;
}

static void
bounce(struct test_db *f, const char *key, const char *rcpt, const char *cat,
    long long date, const char *replacement)
{
	struct store_bounce b;
	struct err err;
	int added;

	memset(&b, 0, sizeof(b));
	b.msg_key = key;
	b.recipient = rcpt;
	b.category = b.reason = cat;
	b.kind = "bounce";
	b.date = date;
	b.file = "t.eml";
	b.replacement = replacement;
	/* It returns the message we sent rcpt an hour before: verified. */
	b.original_message_id = key;
	test_db_sent(f->st, key, rcpt, date - 3600);
	assert_int_equal(store_begin(f->st, &err), 0);
	assert_int_equal(store_bounce_apply(f->st, 0, &b, &added, &err), 0);
	assert_int_equal(store_commit(f->st, &err), 0);
}

static void
import_on(struct store *st, const char *addr, const char *cols)
{
	struct store_import_row r = { addr, cols, 0 };
	enum store_import_result res;
	struct err err;

	assert_int_equal(store_begin(st, &err), 0);
	assert_int_equal(store_header_add(st, "email,name", 0,
	    &r.header_id, &err), 0);
	assert_int_equal(store_contact_import(st, &r, &res, &err), 0);
	assert_int_equal(store_commit(st, &err), 0);
}

static void
import(struct test_db *f, const char *addr, const char *cols)
{
	import_on(f->st, addr, cols);
}

static long long
q(struct test_db *f, const char *sql)
{
	return test_db_int(f->path, sql);
}

/* Collects addresses into a GString, space-separated. */
static int
collect(void *ctx, const struct store_contact *c)
{
	g_string_append_printf(ctx, "%s ", c->address);
	return 0;
}

static char *
found(struct store *st, const struct store_page *p)
{
	GString *g = g_string_new(NULL);
	struct err err;

	assert_int_equal(store_page_each(st, p, collect, g, &err), 0);
	return g_string_free(g, FALSE);
}

static char *
page(struct test_db *f, const struct store_page *p)
{
	return found(f->st, p);
}

static void
page_is(struct test_db *f, const struct store_page *p, const char *want)
{
	char *got = page(f, p);

	assert_string_equal(got, want);
	g_free(got);
}

static void
test_page_keyset(void **state)
{
	struct test_db *f = *state;
	struct store_page p = { .limit = 2 };

	import(f, "c@b.example", "c@b.example,Zhang Wei");
	import(f, "a@a.example", "a@a.example,Anna 100%");
	import(f, "b@a.example", "b@a.example,Bruno");
	bounce(f, "<1@x>", "d@a.example", "invalid", T0, NULL);
	page_is(f, &p, "a@a.example b@a.example ");
	p.after_address = "b@a.example";
	page_is(f, &p, "c@b.example d@a.example ");
	p.after_address = "d@a.example";
	page_is(f, &p, "");
	/* Filters: status (its own index), domain, source, search. */
	memset(&p, 0, sizeof(p));
	p.limit = 10;
	p.status = "invalid";
	page_is(f, &p, "d@a.example ");
	p.status = NULL;
	p.domain = "a.example";
	page_is(f, &p, "a@a.example b@a.example d@a.example ");
	p.source = "import";
	page_is(f, &p, "a@a.example b@a.example ");
	p.domain = p.source = NULL;
	p.q = "zhang";
	page_is(f, &p, "c@b.example ");
	/* LIKE's wildcards in the search are literal. */
	p.q = "100%";
	page_is(f, &p, "a@a.example ");
	p.q = "_";
	page_is(f, &p, "");
}

static void
test_page_changed(void **state)
{
	struct test_db *f = *state;
	struct store_page p = { .limit = 2, .sort = STORE_SORT_CHANGED };

	bounce(f, "<1@x>", "old@a.example", "invalid", T0, NULL);
	bounce(f, "<2@x>", "mid@a.example", "invalid", T0 + D, NULL);
	bounce(f, "<3@x>", "new@a.example", "invalid", T0 + 2 * D, NULL);
	page_is(f, &p, "new@a.example mid@a.example ");
	p.after_address = "mid@a.example";
	p.after_since = T0 + D;
	page_is(f, &p, "old@a.example ");
	memset(&p, 0, sizeof(p));
	p.limit = 10;
	p.since = T0 + D;
	p.until = T0 + 2 * D;
	page_is(f, &p, "mid@a.example ");
}

static int
count_att(void *ctx, enum store_attention why, const struct store_contact *c,
    const char *extra)
{
	GString *g = ctx;

	g_string_append_printf(g, "%s=%s ", c->address, extra ? extra : "-");
	return 0;
}

static void
att_is(struct test_db *f, enum store_attention why, long long total,
    const char *want)
{
	GString *g = g_string_new(NULL);
	struct err err;
	long long n = -1;

	assert_int_equal(store_attention_each(f->st, why, 10, &n, count_att,
	    g, &err), 0);
	assert_int_equal(n, total);
	assert_string_equal(g->str, want);
	g_string_free(g, TRUE);
}

static void
test_attention_accept(void **state)
{
	struct test_db *f = *state;
	struct err err;
	char *to = NULL;

	import(f, "x@gmial.com", "x@gmial.com,Xu");
	bounce(f, "<1@x>", "old@a.example", "invalid", T0, "new@a.example");
	bounce(f, "<2@x>", "c@a.example", "complaint", T0, NULL);
	att_is(f, STORE_ATT_TYPO, 1, "x@gmial.com=x@gmail.com ");
	att_is(f, STORE_ATT_REPLACEMENT, 1, "old@a.example=new@a.example ");
	att_is(f, STORE_ATT_COMPLAINT, 1, "c@a.example=- ");
	att_is(f, STORE_ATT_REVIEW, 0, "");
	/* Once accepted, neither is listed. */
	assert_int_equal(store_begin(f->st, &err), 0);
	assert_int_equal(store_contact_accept(f->st, "x@gmial.com", &to,
	    &err), 1);
	g_free(to);
	assert_int_equal(store_contact_accept(f->st, "old@a.example", &to,
	    &err), 1);
	g_free(to);
	assert_int_equal(store_commit(f->st, &err), 0);
	assert_int_equal(q(f, "SELECT count(*) FROM contacts WHERE address IN "
	    "('x@gmail.com', 'new@a.example')"), 2);
	att_is(f, STORE_ATT_TYPO, 0, "");
	att_is(f, STORE_ATT_REPLACEMENT, 0, "");
}

/* A notice as ingest records it: returning orig, not believed (doubt). */
static void
notice(struct test_db *f, const char *key, const char *rcpt, const char *orig,
    const char *doubt, long long date)
{
	struct store_bounce b;
	struct err err;
	int added;

	memset(&b, 0, sizeof(b));
	b.msg_key = key;
	b.recipient = rcpt;
	b.category = b.reason = "invalid";
	b.kind = "bounce";
	b.date = b.arrival = date;
	b.original_message_id = orig;
	b.doubt = doubt;
	b.reporting_mta = "mx.example";
	b.file = "t.eml";
	assert_int_equal(store_begin(f->st, &err), 0);
	if (store_bounce_apply(f->st, 0, &b, &added, &err) < 0)
		fail_msg("%s", err.msg);
	assert_int_equal(store_commit(f->st, &err), 0);
	assert_int_equal(added, 1);
}

/* A notice from its own sender, with its subject, for each of rcpts. */
static void
notice_by(struct test_db *f, const char *key, const char *from,
    const char *subject, const char *const *rcpts, long long date)
{
	struct store_bounce b;
	struct err err;
	int added;

	memset(&b, 0, sizeof(b));
	b.msg_key = key;
	b.category = b.reason = "invalid";
	b.kind = "bounce";
	b.date = b.arrival = date;
	b.reporting_mta = "mx.example";
	b.file = "t.eml";
	b.sender = from;
	b.notice_subject = subject;
	assert_int_equal(store_begin(f->st, &err), 0);
	for (; *rcpts != NULL; rcpts++) {
		b.recipient = *rcpts;
		if (store_bounce_apply(f->st, 0, &b, &added, &err) < 0)
			fail_msg("%s", err.msg);
		assert_int_equal(added, 1);
	}
	assert_int_equal(store_commit(f->st, &err), 0);
}

static void
sent(struct test_db *f, const char *mid, const char *rcpt, long long date)
{
	struct store_sent s = { mid, rcpt, date, "Sent" };
	struct err err;
	int added;

	assert_int_equal(store_begin(f->st, &err), 0);
	assert_int_equal(store_sent_add(f->st, &s, &added, &err), 0);
	assert_int_equal(store_commit(f->st, &err), 0);
}

static void
strict(struct test_db *f, int accept_unverified)
{
	struct store_policy p;

	store_policy_defaults(&p);
	p.accept_unverified = accept_unverified;
	store_policy_set(f->st, &p);
}

static void
doubts_are(struct test_db *f, long long since, long long unverified,
    long long held, long long by_setting, int sent_known)
{
	struct store_doubt_counts c;
	struct err err;

	assert_int_equal(store_doubt_count(f->st, since, &c, &err), 0);
	assert_int_equal(c.unverified, unverified);
	assert_int_equal(c.held, held);
	assert_int_equal(c.by_setting, by_setting);
	assert_int_equal(c.sent_known, sent_known);
}

/* "address:status:evidence:held " for each row. */
static int
collect_doubt(void *ctx, const struct store_doubt_row *r)
{
	g_string_append_printf(ctx, "%s:%s:%s:%s:%s ", r->address,
	    r->status ? r->status : "-", r->msg_key, r->evidence,
	    r->held ? "held" : "-");
	assert_string_equal(r->reporting_mta, "mx.example");
	assert_string_equal(r->file, "t.eml");
	return 0;
}

static void
doubt_list_of(struct test_db *f, const char *key, int limit, long long total,
    const char *want)
{
	GString *g = g_string_new(NULL);
	struct err err;
	long long n = -1;

	assert_int_equal(store_doubt_each(f->st, key, limit, &n, collect_doubt,
	    g, &err), 0);
	assert_int_equal(n, total);
	assert_string_equal(g->str, want);
	g_string_free(g, TRUE);
}

/* Unverified and held failures counted, listed newest first, accepted. */
static void
test_doubts(void **state)
{
	struct test_db *f = *state;
	struct err err;
	long n;

	strict(f, 0);
	doubts_are(f, 0, 0, 0, 0, 0);
	import(f, "u@a.example", "u@a.example,Ulla");
	sent(f, "<m1@us.example>", "v@a.example", T0 + 8 * D);
	sent(f, NULL, "p@a.example", T0 + 8 * D);
	notice(f, "o", "o@a.example", NULL, NULL, T0);
	notice(f, "v", "v@a.example", "<m1@us.example>", NULL, T0 + 9 * D);
	notice(f, "p", "p@a.example", NULL, NULL, T0 + 9 * D);
	notice(f, "u", "u@a.example", "<never@them.example>", NULL,
	    T0 + 9 * D);
	notice(f, "h", "h@a.example", "<m1@us.example>",
	    "a person's forward of a report", T0 + 9 * D + 3600);
	doubts_are(f, 0, 2, 1, 0, 1);
	doubts_are(f, T0 + 5 * D, 1, 1, 0, 1);
	doubt_list_of(f, NULL, 2, 3, "h@a.example:-:h:unverified:held "
	    "u@a.example:active:u:unverified:- ");
	/* The same through the review's partial index. */
	assert_int_equal(store_review_indexes(f->st, &err), 0);
	doubts_are(f, T0 + 5 * D, 1, 1, 0, 1);
	doubt_list_of(f, NULL, 5, 3, "h@a.example:-:h:unverified:held "
	    "u@a.example:active:u:unverified:- o@a.example:-:o:unverified:- ");
	/* Accepted as mark --accept-bounce does: it counts, and is gone. */
	assert_int_equal(store_begin(f->st, &err), 0);
	assert_int_equal(store_bounce_accept(f->st, "u@a.example", "u", &n,
	    &err), 0);
	assert_int_equal(store_commit(f->st, &err), 0);
	assert_int_equal(n, 1);
	doubts_are(f, T0 + 5 * D, 0, 1, 0, 1);
	doubt_list_of(f, NULL, 5, 2, "h@a.example:-:h:unverified:held "
	    "o@a.example:-:o:unverified:- ");
	/* With accept_unverified an unverified one counts: told apart. */
	strict(f, 1);
	notice(f, "s", "s@a.example", NULL, NULL, T0 + 9 * D);
	doubts_are(f, 0, 1, 1, 1, 1);
	doubt_list_of(f, NULL, 5, 2, "h@a.example:-:h:unverified:held "
	    "o@a.example:-:o:unverified:- ");
}

/*
 * "key:from:subject:recipients:first,first " for each notice; a first
 * recipient that is a contact ends in '*'.
 */
static int
collect_notice(void *ctx, const struct store_notice_row *r)
{
	int i;

	g_string_append_printf(ctx, "%s:%s:%s:%lld:", r->d.msg_key,
	    r->d.notice_from ? r->d.notice_from : "-",
	    r->d.notice_subject ? r->d.notice_subject : "-", r->recipients);
	for (i = 0; i < r->nfirst; i++)
		g_string_append_printf(ctx, "%s%s%s", i ? "," : "",
		    r->first[i], r->known[i] ? "*" : "");
	g_string_append_c(ctx, ' ');
	return 0;
}

static void
notice_list_is(struct test_db *f, int limit, long long total, const char *want)
{
	GString *g = g_string_new(NULL);
	struct err err;
	long long n = -1;

	assert_int_equal(store_notice_each(f->st, limit, &n, collect_notice,
	    g, &err), 0);
	assert_int_equal(n, total);
	assert_string_equal(g->str, want);
	g_string_free(g, TRUE);
}

/*
 * The failures not counted, one row per notice: a report naming seven
 * is one row with its count and first five, told apart when a contact
 * (the report adds none); its own list has all seven and no other
 * notice's; the notice's sender and subject are kept.
 */
static void
test_notices(void **state)
{
	static const char *const many[] = { "r1@a.example", "r2@a.example",
		"r3@a.example", "r4@a.example", "r5@a.example", "r6@a.example",
		"r7@a.example", NULL };
	static const char *const one[] = { "o@a.example", NULL };
	static const char *const ours[] = { "v@a.example", NULL };
	struct test_db *f = *state;
	struct err err;
	long n;

	strict(f, 0);
	notice_list_is(f, 50, 0, "");
	import(f, "r3@a.example", "r3@a.example,Three");
	sent(f, NULL, "v@a.example", T0 + 8 * D);
	notice_by(f, "one", "Postmaster@Old.example", NULL, one, T0);
	notice_by(f, "many", "mailer-daemon@evil.example",
	    "Undelivered \xe9\x80\x80\xe4\xbf\xa1", many, T0 + 9 * D);
	notice_by(f, "ours", "mailer-daemon@mx.example", NULL, ours,
	    T0 + 9 * D);
	notice_list_is(f, 50, 2, "many:mailer-daemon@evil.example:"
	    "Undelivered \xe9\x80\x80\xe4\xbf\xa1:7:r1@a.example,"
	    "r2@a.example,r3@a.example*,r4@a.example,r5@a.example "
	    "one:Postmaster@Old.example:-:1:o@a.example ");
	notice_list_is(f, 1, 2, "many:mailer-daemon@evil.example:"
	    "Undelivered \xe9\x80\x80\xe4\xbf\xa1:7:r1@a.example,"
	    "r2@a.example,r3@a.example*,r4@a.example,r5@a.example ");
	/* A notice's own failures: all of it, and nothing else. */
	doubt_list_of(f, "one", 50, 1, "o@a.example:-:one:unverified:- ");
	doubt_list_of(f, "many", 3, 7, "r7@a.example:-:many:unverified:- "
	    "r6@a.example:-:many:unverified:- r5@a.example:-:many:unverified:"
	    "- ");
	/* Accepted one recipient at a time: the notice's count goes down. */
	assert_int_equal(store_begin(f->st, &err), 0);
	assert_int_equal(store_bounce_accept(f->st, "r1@a.example", "many",
	    &n, &err), 0);
	assert_int_equal(store_commit(f->st, &err), 0);
	notice_list_is(f, 1, 2, "many:mailer-daemon@evil.example:"
	    "Undelivered \xe9\x80\x80\xe4\xbf\xa1:6:r2@a.example,"
	    "r3@a.example*,r4@a.example,r5@a.example,r6@a.example ");
}

static void
proof_is(struct test_db *f, const char *addr, const char *mid, long long date,
    long long answered, int mid_ours, long long last_sent)
{
	struct store_proof p;
	struct err err;

	assert_int_equal(store_proof_get(f->st, addr, mid, date, &p, &err),
	    0);
	assert_int_equal(p.answered, answered);
	assert_int_equal(p.mid_ours, mid_ours);
	assert_int_equal(p.last_sent, last_sent);
	assert_int_equal(p.sent_known, 1);
}

/* What we sent behind a failure's evidence, in words' terms. */
static void
test_proof(void **state)
{
	struct test_db *f = *state;
	struct store_proof p;
	struct err err;

	assert_int_equal(store_proof_get(f->st, "v@a.example", NULL, T0, &p,
	    &err), 0);
	assert_int_equal(p.sent_known, 0);
	assert_int_equal(p.last_sent, 0);
	sent(f, "<m1@us.example>", "v@a.example", T0 + 2 * D);
	sent(f, "<m2@us.example>", "v@a.example", T0 + 5 * D);
	sent(f, NULL, "p@a.example", T0 + 3 * D);
	/* Its message, in brackets or not, address in any case. */
	proof_is(f, "V@A.example", "<m1@us.example>", T0 + 9 * D, T0 + 2 * D,
	    1, T0 + 5 * D);
	proof_is(f, "v@a.example", " m2@us.example ", T0 + 9 * D, T0 + 5 * D,
	    1, T0 + 5 * D);
	/* Ours, but to another address; unknown; none returned. */
	proof_is(f, "p@a.example", "<m1@us.example>", T0 + 9 * D, 0, 1,
	    T0 + 3 * D);
	proof_is(f, "p@a.example", "<x@them.example>", T0 + 9 * D, 0, 0,
	    T0 + 3 * D);
	proof_is(f, "p@a.example", NULL, T0 + 9 * D, 0, 0, T0 + 3 * D);
	/* Mail sent after the notice arrived is not what it answers. */
	proof_is(f, "v@a.example", NULL, T0 + 4 * D, 0, 0, T0 + 2 * D);
	proof_is(f, "n@a.example", NULL, T0 + 9 * D, 0, 0, 0);
	assert_int_equal(store_proof_get(f->st, "", NULL, T0,
	    &p, &err), -1);
}

static int
count_run(void *ctx, const struct store_run_row *r)
{
	(*(int *)ctx)++;
	assert_string_equal(r->command, "harvest");
	return 0;
}

static void
test_runs_readonly(void **state)
{
	struct test_db *f = *state;
	struct store_run_counts c = { 3, 0, 3, 2 };
	struct store *ro;
	struct err err;
	long long id;
	int i, n = 0;

	for (i = 0; i < 4; i++) {
		assert_int_equal(store_run_begin(f->st, "harvest", "acct", &id,
		    &err), 0);
		assert_int_equal(store_run_end(f->st, id, &c, 1, &err), 0);
	}
	assert_int_equal(store_run_each(f->st, 3, count_run, &n, &err), 0);
	assert_int_equal(n, 3);
	assert_int_equal(store_open_mode(f->path, 100, STORE_READONLY, &ro,
	    &err), 0);
	assert_int_equal(store_begin(ro, &err), 0);
	assert_int_equal(store_contact_mark(ro, 0, "z@a.example", "invalid",
	    "x", &err), -1);
	assert_non_null(strstr(err.msg, "read-only"));
	store_rollback(ro);
	store_close(ro);
	assert_int_equal(store_open_mode("/nonexistent/x.db", 100,
	    STORE_READONLY, &ro, &err), -1);
}

static const char *const names[] = {
	"Jonas Müller", "JONAS MÜLLER", "Straße 5", "STRASSE 7",
	"Jürgen Größe", "张伟", "李娜 贸易", "João Conceição", "JOÃO",
	"São Paulo Ação", "Maria Souza", "100% Firma", "a_b \\ c", "say \"hi\"",
	"Ölmühle Übersee", "ÖLMÜHLE",
};
static const char *const companies[] = {
	"Firma", "FIRMA GmbH", "上海贸易有限公司", "Comércio Ltda",
	"Bäckerei", "",
};
static const char *const terms[] = {
	"m", "ü", "Ü", "ß", "张", "ã", "%", "_", "\\", "\"", "mü", "MÜ",
	"ss", "张伟", "jo", "müller", "MÜLLER", "Müller", "straße", "STRASSE",
	"strasse", "größe", "李娜 贸", "上海贸易", "joão", "JOÃO", "conceição",
	"são paulo", "ação", "AÇÃO", "100%", "0% f", "a_b", "_b ", "\\ c",
	"\"hi\"", "firma", "FIRMA gmbh", "ölmühle", "ÖLMÜHLE", "übersee",
	"comércio", "bäckerei", "BÄCKEREI", "@d3.example", "user1",
	"USER12@", "nothing-like-it", "zz%zz", "a%b", "3 F",
};

/* A list row: the address, the name quoted (RFC 4180), the company. */
static void
import_row(struct store *st, const char *addr, const char *name,
    const char *company)
{
	GString *cols = g_string_new(name);

	g_string_replace(cols, "\"", "\"\"", 0);
	g_string_prepend(cols, ",\"");
	g_string_prepend(cols, addr);
	g_string_append_printf(cols, "\",%s", company);
	import_on(st, addr, cols->str);
	g_string_free(cols, TRUE);
}

static void
fill(struct test_db *f)
{
	char addr[64];
	size_t i;

	for (i = 0; i < 300; i++) {
		g_snprintf(addr, sizeof(addr), "user%zu@d%zu.example", i,
		    i % 7);
		import_row(f->st, addr,
		    names[i % G_N_ELEMENTS(names)],
		    companies[i % G_N_ELEMENTS(companies)]);
	}
	bounce(f, "<1@x>", "Jürgen.Größe@Straße.example", "invalid", T0,
	    NULL);
	bounce(f, "<2@x>", "JOAO.FIRMA@Example.COM", "invalid", T0, NULL);
	bounce(f, "<3@x>", "user1@ação.example", "invalid", T0, NULL);
}


/* Scan and index agree on q in every order; 1 if the index answered. */
static int
same(struct store *st, const char *q)
{
	struct store_page p = { .q = q, .limit = 1000 };
	char *scan, *idx, *ids;
	int sort, used;

	for (sort = 0; sort < 3; sort++) {
		p.sort = sort == 1 ? STORE_SORT_CHANGED : STORE_SORT_ADDRESS;
		p.status = sort == 2 ? "active" : NULL;
		store_search_use(st, 0);
		scan = found(st, &p);
		store_search_use(st, 1);
		idx = found(st, &p);
		if (strcmp(scan, idx) != 0)
			fail_msg("'%s': scan '%s', index '%s'", q, scan, idx);
		g_free(scan);
		g_free(idx);
	}
	ids = store_search_few(st, q);
	used = ids != NULL;
	g_free(ids);
	return used;
}

static void
test_search_same(void **state)
{
	struct test_db *f = *state;
	struct err err;
	size_t i, used = 0;
	char *got;
	struct store_page p = { .q = "müller", .limit = 1000 };

	fill(f);
	assert_int_equal(store_search_index(f->st, &err), 0);
	for (i = 0; i < G_N_ELEMENTS(terms); i++)
		used += (size_t)same(f->st, terms[i]);
	/* The index answered the longer terms, not the short ones. */
	assert_true(used >= 30);
	assert_null(store_search_few(f->st, "mü"));
	assert_null(store_search_few(f->st, "a%b"));
	/* Case as LIKE has it: ASCII letters only. */
	got = found(f->st, &p);
	assert_non_null(strstr(got, "user0@d0.example"));
	assert_null(strstr(got, "user1@d1.example"));
	g_free(got);
}

static void
test_search_writes(void **state)
{
	struct test_db *f = *state;
	struct store_page p = { .q = "Quintão", .limit = 10 };
	struct store *other;
	struct err err;
	long long rows;
	char *got;

	fill(f);
	assert_int_equal(store_search_index(f->st, &err), 0);
	assert_int_equal(store_search_behind(f->st), 0);
	/* This connection's own writes: at once. */
	import_row(f->st, "new@d1.example", "Ana Quintão", "X");
	got = found(f->st, &p);
	assert_string_equal(got, "new@d1.example ");
	g_free(got);
	assert_int_equal(store_begin(f->st, &err), 0);
	assert_int_equal(store_contact_forget(f->st, "new@d1.example", &rows,
	    &err), 0);
	assert_int_equal(store_commit(f->st, &err), 0);
	got = found(f->st, &p);
	assert_string_equal(got, "");
	g_free(got);
	/* Another process's: seen as behind, then caught up. */
	assert_int_equal(store_open_mode(f->path, 1000, STORE_EXISTING, &other,
	    &err), 0);
	import_row(other, "late@d2.example", "Rui Quintão", "Y");
	import_row(other, "user0@d0.example", "Jonas Quintão", "Z");
	store_close(other);
	assert_int_equal(store_search_behind(f->st), 1);
	assert_int_equal(store_search_index(f->st, &err), 0);
	assert_int_equal(store_search_behind(f->st), 0);
	got = found(f->st, &p);
	assert_string_equal(got, "late@d2.example user0@d0.example ");
	g_free(got);
	assert_int_equal(same(f->st, "Quintão"), 1);
	assert_int_equal(same(f->st, "Jonas Müller"), 1);
}

static int
count_row(void *ctx, const char *label, const char *extra, long long n)
{
	g_string_append_printf(ctx, "%s=%lld ", label, n);
	return 0;
}

static char *
by_status(struct store *st)
{
	GString *g = g_string_new(NULL);
	struct err err;

	assert_int_equal(store_count_each(st, STORE_BY_STATUS, 0, 0,
	    count_row, g, &err), 0);
	return g_string_free(g, FALSE);
}

static void
mark(struct store *st, const char *addr, const char *status)
{
	struct err err;

	assert_int_equal(store_begin(st, &err), 0);
	assert_int_equal(store_contact_mark(st, 0, addr, status, "t", &err),
	    0);
	assert_int_equal(store_commit(st, &err), 0);
}

static void
counts_are(struct store *st, const char *want)
{
	char *got = by_status(st);

	assert_string_equal(got, want);
	g_free(got);
}

static void
test_counts_kept(void **state)
{
	struct test_db *f = *state;
	struct store *rd;
	struct err err;

	import(f, "a@a.example", "a@a.example,A");
	import(f, "b@a.example", "b@a.example,B");
	assert_int_equal(store_open_another(f->st, STORE_READONLY, &rd, &err),
	    0);
	store_agg_keep(rd, 30);
	counts_are(rd, "active=2 ");
	/* Another connection's write is seen at once. */
	mark(f->st, "a@a.example", "invalid");
	counts_are(rd, "active=1 invalid=1 ");
	counts_are(rd, "active=1 invalid=1 ");
	/* Kept: a connection's own writes are not seen (hence readers only). */
	store_agg_keep(f->st, 30);
	counts_are(f->st, "active=1 invalid=1 ");
	mark(f->st, "b@a.example", "invalid");
	counts_are(f->st, "active=1 invalid=1 ");
	store_agg_keep(f->st, 0);
	counts_are(f->st, "invalid=2 ");
	counts_are(rd, "invalid=2 ");
	store_close(rd);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_page_keyset, setup,
		    test_db_teardown),
		cmocka_unit_test_setup_teardown(test_page_changed, setup,
		    test_db_teardown),
		cmocka_unit_test_setup_teardown(test_attention_accept, setup,
		    test_db_teardown),
		cmocka_unit_test_setup_teardown(test_runs_readonly, setup,
		    test_db_teardown),
		cmocka_unit_test_setup_teardown(test_search_same, setup,
		    test_db_teardown),
		cmocka_unit_test_setup_teardown(test_search_writes, setup,
		    test_db_teardown),
		cmocka_unit_test_setup_teardown(test_counts_kept, setup,
		    test_db_teardown),
		cmocka_unit_test_setup_teardown(test_doubts, setup,
		    test_db_teardown),
		cmocka_unit_test_setup_teardown(test_notices, setup,
		    test_db_teardown),
		cmocka_unit_test_setup_teardown(test_proof, setup,
		    test_db_teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
