-- 0006: what we sent, the proof that a notice answers our own mail.  One
-- row per sent message and recipient, from a Sent folder, a file of sent
-- mail or a mailing tool's log; reading the same again adds nothing.
-- message_id: as in the Message-ID field, without angle brackets, '' when
-- a log gives only the address; recipient: the matching key, as
-- contacts.address; date: when it was sent.
CREATE TABLE sent_messages (
	message_id	TEXT NOT NULL,
	recipient	TEXT NOT NULL,
	date		INTEGER NOT NULL,
	source		TEXT NOT NULL,	-- account/folder, path, log
	added		INTEGER NOT NULL,
	PRIMARY KEY (message_id, recipient, date)
) WITHOUT ROWID;
CREATE INDEX sent_recipient ON sent_messages(recipient, date);

-- How far each bounce is shown to answer our mail: verified (its returned
-- Message-ID is one we sent to that recipient), plausible (we sent to the
-- address within the window before it), unverified (neither).  NULL for
-- rows recorded before evidence was kept: they count as before.
-- accepted: an unverified bounce that counts all the same, 1 accepted by
-- hand (mark --accept-bounce), 2 read with accept_unverified set.
-- held: why an otherwise counting bounce does not (the per-message cap),
-- or NULL.
ALTER TABLE bounces ADD COLUMN evidence TEXT;
ALTER TABLE bounces ADD COLUMN accepted INTEGER NOT NULL DEFAULT 0;
ALTER TABLE bounces ADD COLUMN held TEXT;
