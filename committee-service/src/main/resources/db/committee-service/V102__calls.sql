-- What commands and access rules need to know of a committee, written in the event's transaction.
ALTER TABLE committee_society RENAME TO committee_registry;
ALTER TABLE committee_registry
    ADD COLUMN name                   VARCHAR(200),
    ADD COLUMN default_term_years     INTEGER,
    ADD COLUMN award_committee        BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN carry_over_nominations BOOLEAN NOT NULL DEFAULT FALSE;

-- Calls for volunteers and award cycles, and their applications and nominations, as commands and
-- access rules need them (same transaction as the events; not replayed).
CREATE TABLE call_registry (
    call_id          VARCHAR(64)  PRIMARY KEY,
    committee_id     VARCHAR(64)  NOT NULL,
    society_id       VARCHAR(64)  NOT NULL,
    purpose          VARCHAR(32)  NOT NULL,
    title            VARCHAR(200) NOT NULL,
    conference_id    VARCHAR(64),
    closed           BOOLEAN      NOT NULL DEFAULT FALSE,
    -- One cycle continues another at most once.
    previous_call_id VARCHAR(64)  UNIQUE
);
CREATE TABLE call_submission (
    submission_id  VARCHAR(64) PRIMARY KEY,
    call_id        VARCHAR(64) NOT NULL,
    kind           VARCHAR(16) NOT NULL,
    candidate_id   VARCHAR(64) NOT NULL,
    nominator_id   VARCHAR(64),
    role           VARCHAR(32),
    statement      TEXT,
    sponsorship_id VARCHAR(64),
    consent        VARCHAR(16),
    status         VARCHAR(16) NOT NULL
);
CREATE INDEX call_submission_call ON call_submission (call_id);

-- The calls as staff and members read them (replayable).
CREATE TABLE call_view (
    call_id                 VARCHAR(64)  PRIMARY KEY,
    committee_id            VARCHAR(64)  NOT NULL,
    society_id              VARCHAR(64)  NOT NULL,
    purpose                 VARCHAR(32)  NOT NULL,
    title                   VARCHAR(200) NOT NULL,
    description             TEXT,
    roles                   TEXT[]       NOT NULL,
    categories              TEXT[]       NOT NULL,
    training_levels         TEXT[]       NOT NULL,
    section_id              VARCHAR(64),
    opens_on                DATE         NOT NULL,
    closes_on               DATE         NOT NULL,
    self_nomination_allowed BOOLEAN      NOT NULL,
    conference_id           VARCHAR(64),
    previous_call_id        VARCHAR(64),
    carry_over              BOOLEAN      NOT NULL,
    closed_on               DATE
);
CREATE INDEX call_view_open ON call_view (society_id, closes_on);
CREATE TABLE submission_view (
    submission_id           VARCHAR(64)  PRIMARY KEY,
    call_id                 VARCHAR(64)  NOT NULL,
    kind                    VARCHAR(16)  NOT NULL,
    candidate_id            VARCHAR(64)  NOT NULL,
    nominator_id            VARCHAR(64),
    role                    VARCHAR(32),
    statement               TEXT,
    sponsorship_id          VARCHAR(64),
    carried_from            VARCHAR(64),
    consent                 VARCHAR(16),
    status                  VARCHAR(16)  NOT NULL,
    reason                  TEXT,
    decided_by              VARCHAR(200),
    submitted_at            TIMESTAMPTZ  NOT NULL,
    updated_at              TIMESTAMPTZ  NOT NULL
);
CREATE INDEX submission_view_call ON submission_view (call_id, submitted_at);
CREATE INDEX submission_view_candidate ON submission_view (candidate_id);
CREATE INDEX submission_view_nominator ON submission_view (nominator_id);
CREATE TABLE endorsement_view (
    submission_id VARCHAR(64)  NOT NULL,
    endorser_id   VARCHAR(64)  NOT NULL,
    relation      VARCHAR(32)  NOT NULL,
    endorsement   TEXT         NOT NULL,
    endorsed_at   TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (submission_id, endorser_id)
);
CREATE TABLE conflict_view (
    call_id      VARCHAR(64)  NOT NULL,
    reviewer     VARCHAR(200) NOT NULL,
    candidate_id VARCHAR(64)  NOT NULL,
    reason       TEXT         NOT NULL,
    declared_at  TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (call_id, reviewer, candidate_id)
);
ALTER TABLE appointment ADD COLUMN submission_id VARCHAR(64);
CREATE INDEX appointment_member ON appointment (member_id);
ALTER TABLE committee
    ADD COLUMN award_committee        BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN carry_over_nominations BOOLEAN NOT NULL DEFAULT FALSE;
