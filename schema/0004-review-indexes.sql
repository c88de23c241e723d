-- 0004: indexes for reviewing contacts in a browser (serve): contacts of
-- one status in address order (the status filter, counts by status and
-- the attention list without a full scan), and contacts by the time of
-- their last status change (sorted newest first, or filtered by date).
CREATE INDEX IF NOT EXISTS contacts_status ON contacts(status, address);
CREATE INDEX IF NOT EXISTS contacts_since ON contacts(since, address);
-- status_history.manual = 2: a reviewer's action that is not policy input
-- (a cleared mark, an accepted replacement); manual = 1 marks stay input.
