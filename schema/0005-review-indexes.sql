-- 0005: the few bounces that name a replacement address ("I have left,
-- write to ..."), for the review's attention list.  The indexes that make
-- browsing a large list fast (contacts by status and by change date,
-- failures by date) are made by `serve` when it starts
-- (store_review_indexes()): each would cost every import and ingest, and
-- only people who review in a browser need them.
CREATE INDEX IF NOT EXISTS bounces_replacement ON bounces(recipient)
	WHERE replacement IS NOT NULL;
