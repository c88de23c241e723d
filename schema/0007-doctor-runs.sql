-- 0007: what each `doctor` run found, so that the review pages (serve,
-- report --html) show the latest checkup without asking DNS.  Only the
-- last runs of each kind are kept (store_doctor.c).
-- kind: sender (the checkup) or recipients (doctor --recipients).
-- outcome: fine, problems, or could-not-check (the canaries failed, the
-- deadline passed, too many domains dead at once): a run that could not
-- check is recorded as such, so the latest run never shows an older
-- run's "ok".  note: why it could not check, or NULL.
-- passed, failed, unchecked: its checks by verdict, also those not kept
-- as findings (a recipients run keeps only the domains that failed or
-- could not be checked).
CREATE TABLE doctor_runs (
	id		INTEGER PRIMARY KEY,
	kind		TEXT NOT NULL,
	started		INTEGER NOT NULL,
	took_ms		INTEGER NOT NULL,
	outcome		TEXT NOT NULL,
	note		TEXT,
	passed		INTEGER NOT NULL,
	failed		INTEGER NOT NULL,
	unchecked	INTEGER NOT NULL
);
CREATE INDEX doctor_runs_kind ON doctor_runs(kind, started);

-- One finding of a run, in the run's order (most urgent first).
-- verdict: ok, fail or could-not-check; level: doctor's own (ok, info,
-- unknown, warn, fail).  subject: the IP, domain or zone checked.
CREATE TABLE doctor_findings (
	run_id		INTEGER NOT NULL REFERENCES doctor_runs(id)
			    ON DELETE CASCADE,
	rank		INTEGER NOT NULL,
	check_name	TEXT NOT NULL,
	subject		TEXT,
	verdict		TEXT NOT NULL,
	level		TEXT NOT NULL,
	summary		TEXT NOT NULL,
	advice		TEXT,
	PRIMARY KEY (run_id, rank)
) WITHOUT ROWID;
