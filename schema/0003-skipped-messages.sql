-- 0003: messages read but not applied, so that they can be found again:
-- too large for the configured limit, no body from the server, or not
-- readable as mail.  One row per message and place: a later run that
-- meets the same message again adds nothing.  source is "account/folder"
-- (with uidvalidity and uid) or a file's path (with msg_index, its place
-- in an mbox, 0 for a single message); unused numbers are 0.
CREATE TABLE skipped_messages (
	id		INTEGER PRIMARY KEY,
	source		TEXT NOT NULL,
	uidvalidity	INTEGER NOT NULL DEFAULT 0,
	uid		INTEGER NOT NULL DEFAULT 0,
	msg_index	INTEGER NOT NULL DEFAULT 0,
	kind		TEXT NOT NULL,		-- too-large | no-body | unreadable
	detail		TEXT NOT NULL,
	at		INTEGER NOT NULL,
	run_id		INTEGER REFERENCES runs(id),
	UNIQUE (source, uidvalidity, uid, msg_index)
);
