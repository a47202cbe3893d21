-- Where to write to each member, as member-service last told: the address and the name, nothing
-- else. Erasure (a later issue) empties the row.
CREATE TABLE recipient (
    member_id      TEXT PRIMARY KEY,
    email          TEXT,
    display_name   TEXT,
    member_version BIGINT NOT NULL,
    updated_at     TIMESTAMPTZ NOT NULL
);

-- The ledger: one row per obligation, keyed by what it is about, so a fact heard twice, a restart
-- or a retry never makes a second mail. Sent once, or failed for good after its attempts.
CREATE TABLE notification (
    notification_id TEXT PRIMARY KEY,
    member_id       TEXT NOT NULL,
    kind            TEXT NOT NULL,
    society_id      TEXT,
    args            TEXT[] NOT NULL,
    link            TEXT NOT NULL,
    due_at          TIMESTAMPTZ NOT NULL,
    status          TEXT NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ NOT NULL,
    last_error      TEXT,
    sent_at         TIMESTAMPTZ,
    created_at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX notification_to_send ON notification (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX notification_member ON notification (member_id, created_at);
