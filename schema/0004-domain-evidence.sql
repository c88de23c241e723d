-- 0004: what `doctor --recipients` learnt about recipient domains that
-- cannot receive mail, as evidence of its own kind (not a manual mark).
-- One row per domain whose last definite answer was dead (nxdomain,
-- null-mx, no-mail-host); a run that finds the domain alive deletes the
-- row, and its contacts are evaluated again without it.  first_seen: the
-- first run that saw this answer; last_seen: the latest; confirmed: the
-- first run that saw the same answer at least the configured time
-- (24 hours) after first_seen, NULL until then.  Only a confirmed row
-- counts in the policy (contacts invalid, reason hostunknown, from
-- confirmed on).
CREATE TABLE domain_evidence (
	domain		TEXT PRIMARY KEY,	-- as in contacts.address
	state		TEXT NOT NULL,
	detail		TEXT,
	first_seen	INTEGER NOT NULL,
	last_seen	INTEGER NOT NULL,
	confirmed	INTEGER
) WITHOUT ROWID;

-- Older versions recorded each contact of a dead-looking domain as a
-- manual mark (reason hostunknown, note "doctor --recipients: ..."), on
-- one DNS answer, which only another mark per contact could undo.  Those
-- rows stay in the history as marks taken back (manual = 2, as `mark
-- --clear` leaves them); the store evaluates their contacts again once
-- this migration has run (store_domain_unmark()), so they return to what
-- their own events say until two runs of the new doctor confirm the
-- domain dead.
UPDATE status_history SET manual = 2,
	note = note || ' (a mark from an older doctor: no longer counts)'
	WHERE manual = 1 AND reason = 'hostunknown'
	AND note LIKE 'doctor --recipients: %';
