-- 0002: flags and moves (after = flag | move:FOLDER) still due on the
-- server.  A row is written in the transaction that advances the folder's
-- cursor past its message, and deleted once the server has flagged or
-- moved it.  A row left behind (the action failed, or the run died, after
-- the commit) is acted on at the start of the folder's next run, before
-- the search; when the folder's UIDVALIDITY has changed it is dropped
-- instead (the UIDs name other messages now; the rescan reads and acts
-- on the messages again).  Every row has its cursor's UIDVALIDITY.
CREATE TABLE mailbox_pending (
	account		TEXT NOT NULL,
	folder		TEXT NOT NULL,
	uidvalidity	INTEGER NOT NULL,
	uid		INTEGER NOT NULL,
	added		INTEGER NOT NULL,
	PRIMARY KEY (account, folder, uidvalidity, uid)
) WITHOUT ROWID;
