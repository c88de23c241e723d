-- 0009: who sent the notice itself (its From: address, as written, and
-- its Subject, decoded), so that a review can say "from <address>" of a
-- notice it does not believe, and group a notice's failures.  NULL for
-- rows recorded before: their message is not read again.
ALTER TABLE bounces ADD COLUMN notice_from TEXT;
ALTER TABLE bounces ADD COLUMN notice_subject TEXT;
