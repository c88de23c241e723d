/*
 * cmd_doctor_record: each doctor run's findings recorded in the database
 * (store_doctor.h), for the review pages.  A run that could not check is
 * recorded as such, with why, so that the pages never show an older
 * run's "ok" as the latest word.  Reading commands never create a
 * database: only one the run already opened is written, never with
 * --no-mark.
 */
#include <glib.h>

#include "cli.h"
#include "cmd_doctor.h"
#include "log.h"

void
cmd_doctor_record_init(struct doctor_record *r, const char *kind)
{
	r->kind = kind;
	r->started = g_get_real_time() / G_USEC_PER_SEC;
	r->t0 = g_get_monotonic_time();
	r->note = g_string_new(NULL);
	r->findings = g_array_new(FALSE, TRUE,
	    sizeof(struct store_doctor_finding));
	r->texts = g_string_chunk_new(4096);
	r->passed = 0;
	r->unchecked = 0;
}

void
cmd_doctor_record_release(struct doctor_record *r)
{
	g_string_free(r->note, TRUE);
	g_array_free(r->findings, TRUE);
	g_string_chunk_free(r->texts);
}

static const char *
record_text(struct doctor_record *r, const char *s)
{
	return s != NULL ? g_string_chunk_insert(r->texts, s) : NULL;
}

void
cmd_doctor_record_add(struct doctor_record *r, const char *check,
    const char *subject, enum store_doctor_verdict verdict,
    const char *level, const char *summary, const char *advice)
{
	struct store_doctor_finding f = {
		record_text(r, check), record_text(r, subject), verdict,
		record_text(r, level), record_text(r, summary),
		record_text(r, advice),
	};

	g_array_append_val(r->findings, f);
}

static enum store_doctor_outcome
record_outcome(int rc)
{
	if (rc == EXIT_OK)
		return STORE_DOCTOR_FINE;
	return rc == EXIT_PARTIAL ? STORE_DOCTOR_PROBLEMS :
	    STORE_DOCTOR_COULD_NOT;
}

int
cmd_doctor_record_save(const struct doctor_args *a, struct doctor_record *r,
    int rc)
{
	struct store_doctor_run run = { 0, r->kind, r->started,
	    (g_get_monotonic_time() - r->t0) / 1000, record_outcome(rc), NULL,
	    r->passed, 0, r->unchecked };
	struct err err;

	if (a->no_mark || a->db->st == NULL)
		return EXIT_OK;
	if (run.outcome == STORE_DOCTOR_COULD_NOT && r->note->len == 0)
		g_string_assign(r->note, "DNS could not be asked");
	run.note = r->note->len > 0 ? r->note->str : NULL;
	if (store_doctor_record(a->db->st, &run,
	    (const struct store_doctor_finding *)(void *)r->findings->data,
	    r->findings->len, STORE_DOCTOR_KEEP, &err) < 0) {
		log_error("doctor: findings not recorded: %s", err.msg);
		return EXIT_STORE;
	}
	return EXIT_OK;
}
