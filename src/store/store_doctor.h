/*
 * store_doctor: what each `doctor` run found (schema/0007-doctor-runs.sql),
 * recorded by the CLI after a run and read by the review pages (serve,
 * report --html) and the JSON API.  Like store.h, no SQLite type crosses
 * this header.
 *
 * All memory belongs to the caller unless stated otherwise; strings in
 * rows handed to a callback are borrowed until the callback returns.
 */
#ifndef BH_STORE_DOCTOR_H
#define BH_STORE_DOCTOR_H

#include <stddef.h>

#include "store.h"

/* Runs of each kind kept; older ones are deleted with their findings. */
#define STORE_DOCTOR_KEEP	30

enum store_doctor_verdict {
	STORE_DOCTOR_OK = 0,
	STORE_DOCTOR_FAIL,
	STORE_DOCTOR_UNCHECKED,	/* DNS did not answer: could not tell */
};

enum store_doctor_outcome {
	STORE_DOCTOR_FINE = 0,	/* checked, no problem */
	STORE_DOCTOR_PROBLEMS,	/* checked, problems found */
	STORE_DOCTOR_COULD_NOT,	/* could not check (see note) */
};

struct store_doctor_finding {
	const char	*check;		/* spf, dnsbl, mx, dns, ... */
	const char	*subject;	/* the IP, domain or zone, or NULL */
	enum store_doctor_verdict verdict;
	const char	*level;		/* doctor's own: ok, warn, ... */
	const char	*summary;	/* what was found, in words */
	const char	*advice;	/* what to do, or NULL */
};

struct store_doctor_run {
	long long	 id;		/* set by store_doctor_record */
	const char	*kind;		/* "sender" or "recipients" */
	long long	 started;	/* seconds since the epoch */
	long long	 took_ms;
	enum store_doctor_outcome outcome;
	const char	*note;		/* why it could not check, or NULL */
	/*
	 * Checks by verdict.  To store_doctor_record: those not among the
	 * findings given (it adds the findings' own); read back: all.
	 */
	long		 passed, failed, unchecked;
};

/*
 * Records a run and its n findings (in their order, most urgent first)
 * in one transaction of its own, then deletes all but the last keep
 * runs of the kind.  Fills run->id.  0, or -1 with err set (nothing
 * recorded).
 */
int	store_doctor_record(struct store *st, struct store_doctor_run *run,
	    const struct store_doctor_finding *f, size_t n, int keep,
	    struct err *err);

typedef int (*store_doctor_run_fn)(void *ctx,
    const struct store_doctor_run *r);
typedef int (*store_doctor_finding_fn)(void *ctx,
    const struct store_doctor_finding *f);
/*
 * The latest run of kind: run_fn once, then finding_fn (may be NULL)
 * for each of its findings in order.  1 when there is a run, 0 when none,
 * -1 with err set; a callback's nonzero answer stops and is returned.
 */
int	store_doctor_latest(struct store *st, const char *kind,
	    store_doctor_run_fn run_fn, store_doctor_finding_fn finding_fn,
	    void *ctx, struct err *err);

const char *store_doctor_verdict_name(enum store_doctor_verdict v);
const char *store_doctor_outcome_name(enum store_doctor_outcome o);

#endif
