-- Sponsorships read model (replayable). Letter content is kept here for its author's view only.
CREATE TABLE sponsorship (
    sponsorship_id     VARCHAR(64) PRIMARY KEY,
    sponsor_id         VARCHAR(64) NOT NULL,
    protege_id         VARCHAR(64) NOT NULL,
    goals              TEXT        NOT NULL,
    from_mentorship_id VARCHAR(64),
    declared_at        TIMESTAMPTZ NOT NULL
);
CREATE INDEX sponsorship_sponsor ON sponsorship (sponsor_id);
CREATE INDEX sponsorship_protege ON sponsorship (protege_id);

CREATE TABLE sponsorship_action (
    action_id      VARCHAR(64) PRIMARY KEY,
    sponsorship_id VARCHAR(64) NOT NULL,
    kind           VARCHAR(16) NOT NULL,
    role_kind      VARCHAR(16),
    target         TEXT,
    note           TEXT,
    purpose        TEXT,
    deadline       DATE,
    short_notice   BOOLEAN,
    letter_status  VARCHAR(16),
    letter_content TEXT,
    outcome        VARCHAR(16),
    recorded_at    TIMESTAMPTZ NOT NULL
);
CREATE INDEX sponsorship_action_sponsorship ON sponsorship_action (sponsorship_id, recorded_at);
