/*
 * store_doctor: the runs of `doctor` and their findings
 * (schema/0007-doctor-runs.sql).  Records what the caller saw, keeps the
 * last runs of each kind, and reads the latest one back.  No DNS here,
 * and no verdict of its own: a run that could not check is recorded as
 * one, so the latest run is never an older run's answer.
 */
#include <string.h>

#include "store_doctor.h"
#include "store_int.h"

static const char sql_doctor_run[] =
    "INSERT INTO doctor_runs (kind, started, took_ms, outcome, note, "
    "passed, failed, unchecked) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)";
static const char sql_doctor_finding[] =
    "INSERT INTO doctor_findings (run_id, rank, check_name, subject, "
    "verdict, level, summary, advice) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)";
/* Deleting a run deletes its findings (ON DELETE CASCADE). */
static const char sql_doctor_trim[] =
    "DELETE FROM doctor_runs WHERE kind = ?1 AND id NOT IN (SELECT id "
    "FROM doctor_runs WHERE kind = ?1 ORDER BY started DESC, id DESC "
    "LIMIT ?2)";
static const char sql_doctor_latest[] =
    "SELECT id, kind, started, took_ms, outcome, note, passed, failed, "
    "unchecked FROM doctor_runs WHERE kind = ?1 "
    "ORDER BY started DESC, id DESC LIMIT 1";
static const char sql_doctor_findings[] =
    "SELECT check_name, subject, verdict, level, summary, advice "
    "FROM doctor_findings WHERE run_id = ?1 ORDER BY rank";

static const char *const doctor_verdicts[] = { "ok", "fail",
	"could-not-check" };
static const char *const doctor_outcomes[] = { "fine", "problems",
	"could-not-check" };

const char *
store_doctor_verdict_name(enum store_doctor_verdict v)
{
	return doctor_verdicts[v];
}

const char *
store_doctor_outcome_name(enum store_doctor_outcome o)
{
	return doctor_outcomes[o];
}

/* The index of name in names (n of them), or -1. */
static int
doctor_name_index(const char *const *names, int n, const char *name)
{
	int i;

	for (i = 0; name != NULL && i < n; i++)
		if (strcmp(names[i], name) == 0)
			return i;
	return -1;
}

static int
doctor_insert_run(struct store *st, struct store_doctor_run *run,
    const struct store_doctor_run *counts, struct err *err)
{
	sqlite3_stmt *s;

	if ((s = store_stmt(st, sql_doctor_run, err)) == NULL)
		return -1;
	store_bind_text(s, 1, run->kind);
	sqlite3_bind_int64(s, 2, run->started);
	sqlite3_bind_int64(s, 3, run->took_ms);
	store_bind_text(s, 4, store_doctor_outcome_name(run->outcome));
	store_bind_text(s, 5, run->note);
	sqlite3_bind_int64(s, 6, counts->passed);
	sqlite3_bind_int64(s, 7, counts->failed);
	sqlite3_bind_int64(s, 8, counts->unchecked);
	if (store_step_done(st, s, "cannot record a doctor run", err) < 0)
		return -1;
	run->id = sqlite3_last_insert_rowid(st->db);
	return 0;
}

static int
doctor_insert_finding(struct store *st, long long run_id, size_t rank,
    const struct store_doctor_finding *f, struct err *err)
{
	sqlite3_stmt *s;

	if ((s = store_stmt(st, sql_doctor_finding, err)) == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, run_id);
	sqlite3_bind_int64(s, 2, (long long)rank);
	store_bind_text(s, 3, f->check);
	store_bind_text(s, 4, f->subject);
	store_bind_text(s, 5, store_doctor_verdict_name(f->verdict));
	store_bind_text(s, 6, f->level != NULL ? f->level :
	    store_doctor_verdict_name(f->verdict));
	store_bind_text(s, 7, f->summary != NULL ? f->summary : "");
	store_bind_text(s, 8, f->advice);
	return store_step_done(st, s, "cannot record a doctor finding", err);
}

static int
doctor_trim(struct store *st, const char *kind, int keep, struct err *err)
{
	sqlite3_stmt *s;

	if ((s = store_stmt(st, sql_doctor_trim, err)) == NULL)
		return -1;
	store_bind_text(s, 1, kind);
	sqlite3_bind_int(s, 2, keep > 0 ? keep : STORE_DOCTOR_KEEP);
	return store_step_done(st, s, "cannot remove old doctor runs", err);
}

int
store_doctor_record(struct store *st, struct store_doctor_run *run,
    const struct store_doctor_finding *f, size_t n, int keep,
    struct err *err)
{
	struct store_doctor_run counts = *run;
	size_t i;

	for (i = 0; i < n; i++) {
		counts.passed += f[i].verdict == STORE_DOCTOR_OK;
		counts.failed += f[i].verdict == STORE_DOCTOR_FAIL;
		counts.unchecked += f[i].verdict == STORE_DOCTOR_UNCHECKED;
	}
	if (store_begin(st, err) < 0)
		return -1;
	if (doctor_insert_run(st, run, &counts, err) < 0)
		goto fail;
	for (i = 0; i < n; i++)
		if (doctor_insert_finding(st, run->id, i + 1, &f[i], err) < 0)
			goto fail;
	if (doctor_trim(st, run->kind, keep, err) < 0 ||
	    store_commit(st, err) < 0)
		goto fail;
	return 0;
fail:
	store_rollback(st);
	return -1;
}

/* The row of sql_doctor_latest as a run; strings borrowed from s. */
static void
doctor_run_row(sqlite3_stmt *s, struct store_doctor_run *r)
{
	int o;

	r->id = sqlite3_column_int64(s, 0);
	r->kind = store_col_text(s, 1);
	r->started = sqlite3_column_int64(s, 2);
	r->took_ms = sqlite3_column_int64(s, 3);
	o = doctor_name_index(doctor_outcomes, 3, store_col_text(s, 4));
	/* An outcome this version does not know: not a verdict to trust. */
	r->outcome = o < 0 ? STORE_DOCTOR_COULD_NOT :
	    (enum store_doctor_outcome)o;
	r->note = store_col_text(s, 5);
	r->passed = (long)sqlite3_column_int64(s, 6);
	r->failed = (long)sqlite3_column_int64(s, 7);
	r->unchecked = (long)sqlite3_column_int64(s, 8);
}

static int
doctor_findings_each(struct store *st, long long run_id,
    store_doctor_finding_fn fn, void *ctx, struct err *err)
{
	struct store_doctor_finding f;
	sqlite3_stmt *s;
	int rc, v, stop = 0;

	if ((s = store_stmt(st, sql_doctor_findings, err)) == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, run_id);
	while (stop == 0 && (rc = sqlite3_step(s)) == SQLITE_ROW) {
		f.check = store_col_text(s, 0);
		f.subject = store_col_text(s, 1);
		v = doctor_name_index(doctor_verdicts, 3, store_col_text(s, 2));
		f.verdict = v < 0 ? STORE_DOCTOR_UNCHECKED :
		    (enum store_doctor_verdict)v;
		f.level = store_col_text(s, 3);
		f.summary = store_col_text(s, 4);
		f.advice = store_col_text(s, 5);
		stop = fn(ctx, &f);
	}
	sqlite3_reset(s);
	if (stop != 0)
		return stop;
	return rc == SQLITE_DONE ? 0 :
	    store_sql_err(st, "cannot read doctor findings", err);
}

int
store_doctor_latest(struct store *st, const char *kind,
    store_doctor_run_fn run_fn, store_doctor_finding_fn finding_fn,
    void *ctx, struct err *err)
{
	struct store_doctor_run r;
	sqlite3_stmt *s;
	int rc;

	if ((s = store_stmt(st, sql_doctor_latest, err)) == NULL)
		return -1;
	store_bind_text(s, 1, kind);
	rc = sqlite3_step(s);
	if (rc != SQLITE_ROW) {
		sqlite3_reset(s);
		return rc == SQLITE_DONE ? 0 :
		    store_sql_err(st, "cannot read doctor runs", err);
	}
	doctor_run_row(s, &r);
	rc = run_fn(ctx, &r);
	sqlite3_reset(s);
	if (rc != 0)
		return rc;
	if (finding_fn != NULL && (rc = doctor_findings_each(st, r.id,
	    finding_fn, ctx, err)) != 0)
		return rc;
	return 1;
}
