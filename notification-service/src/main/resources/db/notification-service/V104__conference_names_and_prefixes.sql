-- Obligations are withdrawn by the prefix of their id (a renewal withdraws the old period's
-- reminders): a pattern index keeps that a lookup, not a scan of the ledger.
CREATE INDEX notification_pending_prefix ON notification (notification_id text_pattern_ops)
    WHERE status = 'PENDING';

-- What each conference is called, as events-service scheduled it: mails name it.
CREATE TABLE conference_name (
    conference_id TEXT PRIMARY KEY,
    society_id    TEXT,
    name          TEXT NOT NULL
);
