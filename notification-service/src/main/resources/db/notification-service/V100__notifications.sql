-- Where to write to each member, as member-service last told: the address and the name, nothing
-- else. Erasure (a later issue) empties the row.
CREATE TABLE recipient (
    member_id      TEXT PRIMARY KEY,
    account_subject TEXT,
    email          TEXT,
    display_name   TEXT,
    member_version BIGINT NOT NULL,
    updated_at     TIMESTAMPTZ NOT NULL
);
CREATE INDEX recipient_account ON recipient (account_subject);

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

-- What each member chose per kind, every choice kept with when and by whom: the history is the
-- record of their consent. No row: IMMEDIATELY.
CREATE TABLE preference_choice (
    choice_id  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    member_id  TEXT NOT NULL,
    kind       TEXT NOT NULL,
    choice     TEXT NOT NULL,
    chosen_at  TIMESTAMPTZ NOT NULL,
    chosen_by  TEXT NOT NULL
);
CREATE INDEX preference_choice_member ON preference_choice (member_id, kind, choice_id);

-- A notification held for a digest goes out with the member's others at this time.
ALTER TABLE notification ADD COLUMN digest_at TIMESTAMPTZ;
