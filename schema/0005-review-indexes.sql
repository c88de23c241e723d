-- 0005: indexes for reviewing contacts in a browser (serve, report
-- --html): contacts of one status in address order (the status filter,
-- counts by status and the attention list without a full scan); contacts
-- by the time of their last status change (newest first, or filtered by
-- date); failures by date with their category and recipient, so that the
-- chart and the top domains read this index alone (1,000,000 contacts
-- and 100,000 bounces: the overview's CPU time from 232 to 150 ms); and
-- the few bounces that name a replacement address.
CREATE INDEX IF NOT EXISTS contacts_status ON contacts(status, address);
CREATE INDEX IF NOT EXISTS contacts_since ON contacts(since, address);
CREATE INDEX IF NOT EXISTS bounces_date ON bounces(date, category, recipient);
CREATE INDEX IF NOT EXISTS bounces_replacement ON bounces(recipient)
	WHERE replacement IS NOT NULL;
