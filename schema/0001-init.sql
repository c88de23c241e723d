-- 0001: the contact database.  Applied once, inside a transaction, when
-- PRAGMA user_version is below 1.  Times are seconds since the epoch (UTC).

-- One row per imported CSV header, so an export gives back the columns in
-- their original order.  names: the header as one RFC 4180 line.
CREATE TABLE csv_headers (
	id		INTEGER PRIMARY KEY,
	names		TEXT NOT NULL UNIQUE,
	email_col	INTEGER NOT NULL	-- 0-based
);

-- address: the matching key (local part lower-cased, domain lower-cased
-- and in its ASCII form).  base_*: what the import decided (active,
-- invalid for bad syntax, suspect for a likely typo); status: base
-- plus the policy applied to the bounces and manual marks.
CREATE TABLE contacts (
	id		INTEGER PRIMARY KEY,
	address		TEXT NOT NULL UNIQUE,
	display		TEXT,			-- as first seen, if not address
	source		TEXT NOT NULL,		-- import | bounce | manual
	header_id	INTEGER REFERENCES csv_headers(id),
	columns		TEXT,			-- the CSV row, one RFC 4180 line
	base_status	TEXT NOT NULL DEFAULT 'active',
	base_reason	TEXT,
	suggestion	TEXT,
	status		TEXT NOT NULL DEFAULT 'active',
	reason		TEXT,
	since		INTEGER NOT NULL,
	retry_after	INTEGER,
	review		TEXT,
	bounces		INTEGER NOT NULL DEFAULT 0,
	soft_bounces	INTEGER NOT NULL DEFAULT 0,
	full_bounces	INTEGER NOT NULL DEFAULT 0,
	first_bounce	INTEGER,
	last_bounce	INTEGER
);
-- Only the contacts whose status wears off (see store_contact_expire).
CREATE INDEX contacts_decaying ON contacts(last_bounce)
	WHERE status IN ('full', 'retry-later');

CREATE TABLE runs (
	id		INTEGER PRIMARY KEY,
	command		TEXT NOT NULL,
	source		TEXT,
	started		INTEGER NOT NULL,
	finished	INTEGER,
	messages	INTEGER NOT NULL DEFAULT 0,
	unreadable	INTEGER NOT NULL DEFAULT 0,
	recipients	INTEGER NOT NULL DEFAULT 0,
	applied		INTEGER NOT NULL DEFAULT 0,	-- new bounce rows
	ok		INTEGER				-- NULL while running
);

-- One row per reported recipient per message.  msg_key identifies the
-- message (its Message-ID, else a hash of its bytes), so the same message
-- read twice, from a file or a mailbox, changes nothing.
CREATE TABLE bounces (
	id		INTEGER PRIMARY KEY,
	msg_key		TEXT NOT NULL,
	recipient	TEXT NOT NULL,		-- matching key, as contacts.address
	rcpt_display	TEXT NOT NULL,
	kind		TEXT,
	category	TEXT NOT NULL,
	reason		TEXT,
	status		TEXT,
	code		TEXT,
	action		TEXT,
	hard		INTEGER NOT NULL DEFAULT 0,
	diagnostic	TEXT,
	remote_mta	TEXT,
	reporting_mta	TEXT,
	date		INTEGER NOT NULL,	-- the report's date, else first seen
	date_known	INTEGER NOT NULL,
	date_text	TEXT,
	original_message_id TEXT,
	original_subject TEXT,
	replacement	TEXT,
	feedback_type	TEXT,
	rule		TEXT,
	file		TEXT,
	msg_index	INTEGER,
	account		TEXT,
	folder		TEXT,
	uidvalidity	INTEGER,
	uid		INTEGER,
	run_id		INTEGER REFERENCES runs(id),
	UNIQUE (msg_key, recipient)
);
CREATE INDEX bounces_recipient ON bounces(recipient, date);

-- Every status change, with the bounce or the manual note behind it.
-- manual = 1 rows are also policy input (marks).
CREATE TABLE status_history (
	id		INTEGER PRIMARY KEY,
	contact_id	INTEGER NOT NULL REFERENCES contacts(id),
	at		INTEGER NOT NULL,
	old_status	TEXT,
	new_status	TEXT NOT NULL,
	reason		TEXT,
	bounce_id	INTEGER REFERENCES bounces(id),
	manual		INTEGER NOT NULL DEFAULT 0,
	note		TEXT,
	run_id		INTEGER REFERENCES runs(id)
);
-- Marks only: ingest reads them for every bounce; the full history is read
-- by `status` alone, and a scan is fine there.
CREATE INDEX status_history_marks ON status_history(contact_id)
	WHERE manual = 1;

-- Problems on the sending side (blocklists, authentication, content...),
-- one per bounce that shows one.
CREATE TABLE sender_alerts (
	id		INTEGER PRIMARY KEY,
	bounce_id	INTEGER NOT NULL UNIQUE REFERENCES bounces(id),
	at		INTEGER NOT NULL,
	kind		TEXT NOT NULL,
	list_name	TEXT,
	domain		TEXT,
	advice		TEXT NOT NULL
);

-- IMAP progress per (account, folder); advanced in the same transaction
-- as the bounces read from those messages.
CREATE TABLE mailbox_cursors (
	account		TEXT NOT NULL,
	folder		TEXT NOT NULL,
	uidvalidity	INTEGER NOT NULL,
	last_uid	INTEGER NOT NULL,
	updated		INTEGER NOT NULL,
	PRIMARY KEY (account, folder)
);
