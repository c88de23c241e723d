/*
 * Unit tests for store_doctor: doctor runs and their findings recorded,
 * read back in order, the last runs of each kind kept, and a run that
 * could not check taking the place of an older "ok", on a real database
 * with the real migrations.
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
#include "store_doctor.h"
#include "test_db.h"

#define T0	1700000000LL

static int
setup(void **state)
{
	return test_db_setup(state, "bh-doctor-XXXXXX", "d.db");
}

/* What store_doctor_latest() handed over, copied. */
struct seen {
	struct store_doctor_run run;
	char		*note;
	GString		*findings;	/* "check|subject|verdict|advice;" */
	int		 runs;
};

static int
seen_run(void *ctx, const struct store_doctor_run *r)
{
	struct seen *s = ctx;

	s->run = *r;
	s->run.kind = NULL;
	s->note = g_strdup(r->note);
	s->runs++;
	return 0;
}

static int
seen_finding(void *ctx, const struct store_doctor_finding *f)
{
	struct seen *s = ctx;

	g_string_append_printf(s->findings, "%s|%s|%s|%s|%s;", f->check,
	    f->subject ? f->subject : "(null)",
	    store_doctor_verdict_name(f->verdict), f->summary,
	    f->advice ? f->advice : "(null)");
	return 0;
}

/* The latest run of kind into s (release with seen_release); 1, 0. */
static int
latest(struct test_db *f, const char *kind, struct seen *s)
{
	struct err err;
	int rc;

	memset(s, 0, sizeof(*s));
	s->findings = g_string_new(NULL);
	rc = store_doctor_latest(f->st, kind, seen_run, seen_finding, s,
	    &err);
	assert_true(rc >= 0);
	return rc;
}

static void
seen_release(struct seen *s)
{
	g_free(s->note);
	g_string_free(s->findings, TRUE);
}

static const struct store_doctor_finding checkup[] = {
	{ "dnsbl", "203.0.113.7", STORE_DOCTOR_FAIL, "fail",
	    "listed on <b>zen</b>.spamhaus.org", "ask for removal" },
	{ "dbl", "example.org", STORE_DOCTOR_UNCHECKED, "unknown",
	    "could not tell", NULL },
	{ "spf", "example.org", STORE_DOCTOR_OK, "ok", "valid", NULL },
	{ "dkim", "example.org", STORE_DOCTOR_OK, "info", "no selector",
	    "give --selector" },
};

static long long
record(struct test_db *f, const char *kind, long long started,
    enum store_doctor_outcome o, const char *note,
    const struct store_doctor_finding *fd, size_t n, long passed)
{
	struct store_doctor_run r = { 0, kind, started, 1500, o, note,
	    passed, 0, 0 };
	struct err err;

	assert_int_equal(store_doctor_record(f->st, &r, fd, n,
	    STORE_DOCTOR_KEEP, &err), 0);
	assert_true(r.id > 0);
	return r.id;
}

static void
test_none(void **state)
{
	struct seen s;

	assert_int_equal(latest(*state, "sender", &s), 0);
	assert_int_equal(s.runs, 0);
	seen_release(&s);
}

static void
test_record_and_read(void **state)
{
	struct test_db *f = *state;
	struct seen s;

	record(f, "sender", T0, STORE_DOCTOR_PROBLEMS, NULL, checkup,
	    G_N_ELEMENTS(checkup), 0);
	assert_int_equal(latest(f, "sender", &s), 1);
	assert_int_equal(s.run.started, T0);
	assert_int_equal(s.run.took_ms, 1500);
	assert_int_equal(s.run.outcome, STORE_DOCTOR_PROBLEMS);
	assert_null(s.note);
	/* Counted from the findings: info is a pass, unknown is not. */
	assert_int_equal(s.run.passed, 2);
	assert_int_equal(s.run.failed, 1);
	assert_int_equal(s.run.unchecked, 1);
	/* In the order given, texts as they were (escaping is the page's). */
	assert_string_equal(s.findings->str,
	    "dnsbl|203.0.113.7|fail|listed on <b>zen</b>.spamhaus.org|"
	    "ask for removal;"
	    "dbl|example.org|could-not-check|could not tell|(null);"
	    "spf|example.org|ok|valid|(null);"
	    "dkim|example.org|ok|no selector|give --selector;");
	seen_release(&s);
	/* Another kind has its own latest run: none yet. */
	assert_int_equal(latest(f, "recipients", &s), 0);
	seen_release(&s);
}

/* Checks not among the findings (a recipients run's passes) count. */
static void
test_counts_not_listed(void **state)
{
	struct test_db *f = *state;
	struct store_doctor_run r = { 0, "recipients", T0, 10,
	    STORE_DOCTOR_PROBLEMS, NULL, 950, 0, 40 };
	struct err err;
	struct seen s;

	assert_int_equal(store_doctor_record(f->st, &r, checkup, 1, 30,
	    &err), 0);
	assert_int_equal(latest(f, "recipients", &s), 1);
	assert_int_equal(s.run.passed, 950);
	assert_int_equal(s.run.failed, 1);
	assert_int_equal(s.run.unchecked, 40);
	seen_release(&s);
}

/*
 * A run that could not check is the latest word: none of the older
 * run's "ok" findings show through it.
 */
static void
test_unchecked_replaces_ok(void **state)
{
	struct test_db *f = *state;
	struct seen s;

	record(f, "sender", T0, STORE_DOCTOR_FINE, NULL, checkup + 2, 2, 0);
	record(f, "sender", T0 + 86400, STORE_DOCTOR_COULD_NOT,
	    "DNS does not resolve gmail.com", NULL, 0, 0);
	assert_int_equal(latest(f, "sender", &s), 1);
	assert_int_equal(s.run.outcome, STORE_DOCTOR_COULD_NOT);
	assert_string_equal(s.note, "DNS does not resolve gmail.com");
	assert_int_equal(s.run.passed, 0);
	assert_string_equal(s.findings->str, "");
	seen_release(&s);
}

/* Two runs in the same second: the one recorded last is the latest. */
static void
test_same_second(void **state)
{
	struct test_db *f = *state;
	struct seen s;

	record(f, "sender", T0, STORE_DOCTOR_PROBLEMS, NULL, checkup, 1, 0);
	record(f, "sender", T0, STORE_DOCTOR_FINE, NULL, checkup + 2, 1, 0);
	assert_int_equal(latest(f, "sender", &s), 1);
	assert_int_equal(s.run.outcome, STORE_DOCTOR_FINE);
	seen_release(&s);
}

/* Only the last STORE_DOCTOR_KEEP runs of a kind stay, with findings. */
static void
test_keep_last(void **state)
{
	struct test_db *f = *state;
	long long first_kept = 0, id;
	int i;

	record(f, "recipients", T0, STORE_DOCTOR_FINE, NULL, checkup, 1, 0);
	for (i = 0; i < STORE_DOCTOR_KEEP + 5; i++) {
		id = record(f, "sender", T0 + i * 3600, STORE_DOCTOR_PROBLEMS,
		    NULL, checkup, G_N_ELEMENTS(checkup), 0);
		if (i == 5)
			first_kept = id;
	}
	assert_int_equal(test_db_int(f->path, "SELECT count(*) FROM "
	    "doctor_runs WHERE kind = 'sender'"), STORE_DOCTOR_KEEP);
	assert_int_equal(test_db_int(f->path, "SELECT min(id) FROM "
	    "doctor_runs WHERE kind = 'sender'"), first_kept);
	/* Deleted runs take their findings along. */
	assert_int_equal(test_db_int(f->path, "SELECT count(*) FROM "
	    "doctor_findings WHERE run_id NOT IN (SELECT id FROM "
	    "doctor_runs)"), 0);
	assert_int_equal(test_db_int(f->path, "SELECT count(*) FROM "
	    "doctor_findings"), STORE_DOCTOR_KEEP * 4 + 1);
	/* The other kind's run is not trimmed by these. */
	assert_int_equal(test_db_int(f->path, "SELECT count(*) FROM "
	    "doctor_runs WHERE kind = 'recipients'"), 1);
}

/* A failed write records nothing: no run without its findings. */
static void
test_read_only(void **state)
{
	struct test_db *f = *state;
	struct store_doctor_run r = { 0, "sender", T0, 1, STORE_DOCTOR_FINE,
	    NULL, 0, 0, 0 };
	struct store *ro;
	struct err err;
	struct seen s;

	record(f, "sender", T0, STORE_DOCTOR_PROBLEMS, NULL, checkup, 1, 0);
	assert_int_equal(store_open_mode(f->path, 1000, STORE_READONLY, &ro,
	    &err), 0);
	assert_int_equal(store_doctor_record(ro, &r, checkup, 2, 30, &err),
	    -1);
	assert_non_null(strstr(err.msg, "read-only"));
	memset(&s, 0, sizeof(s));
	s.findings = g_string_new(NULL);
	assert_int_equal(store_doctor_latest(ro, "sender", seen_run,
	    seen_finding, &s, &err), 1);
	assert_int_equal(s.run.outcome, STORE_DOCTOR_PROBLEMS);
	seen_release(&s);
	store_close(ro);
	assert_int_equal(test_db_int(f->path, "SELECT count(*) FROM "
	    "doctor_runs"), 1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_none, setup,
		    test_db_teardown),
		cmocka_unit_test_setup_teardown(test_record_and_read, setup,
		    test_db_teardown),
		cmocka_unit_test_setup_teardown(test_counts_not_listed, setup,
		    test_db_teardown),
		cmocka_unit_test_setup_teardown(test_unchecked_replaces_ok,
		    setup, test_db_teardown),
		cmocka_unit_test_setup_teardown(test_same_second, setup,
		    test_db_teardown),
		cmocka_unit_test_setup_teardown(test_keep_last, setup,
		    test_db_teardown),
		cmocka_unit_test_setup_teardown(test_read_only, setup,
		    test_db_teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
