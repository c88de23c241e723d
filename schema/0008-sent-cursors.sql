-- 0008: how far each Sent folder has been read, per (account, folder):
-- apart from mailbox_cursors, so that a folder read both for bounces and
-- for what we sent keeps two positions.  Advanced in the same transaction
-- as the sent_messages rows of the messages it passes.
CREATE TABLE sent_cursors (
	account		TEXT NOT NULL,
	folder		TEXT NOT NULL,
	uidvalidity	INTEGER NOT NULL,
	last_uid	INTEGER NOT NULL,
	updated		INTEGER NOT NULL,
	PRIMARY KEY (account, folder)
);
