-- Introductions read model (replayable).
CREATE TABLE introduction (
    introduction_id  VARCHAR(64)  PRIMARY KEY,
    introducer_id    VARCHAR(64)  NOT NULL,
    first_member_id  VARCHAR(64)  NOT NULL,
    second_member_id VARCHAR(64)  NOT NULL,
    reason           TEXT         NOT NULL,
    context          TEXT,
    sponsorship_id   VARCHAR(64),
    status           VARCHAR(16)  NOT NULL,
    first_accepted   BOOLEAN,
    second_accepted  BOOLEAN,
    proposed_at      TIMESTAMPTZ  NOT NULL,
    expires_at       TIMESTAMPTZ  NOT NULL,
    meeting_held_on  DATE,
    followed_up      BOOLEAN      NOT NULL DEFAULT FALSE
);
CREATE INDEX introduction_introducer ON introduction (introducer_id);
CREATE INDEX introduction_first ON introduction (first_member_id);
CREATE INDEX introduction_second ON introduction (second_member_id);

-- The parties of each introduction, as the integration publisher last told other services.
CREATE TABLE published_introduction (
    introduction_id  VARCHAR(64) PRIMARY KEY,
    introducer_id    VARCHAR(64) NOT NULL,
    first_member_id  VARCHAR(64) NOT NULL,
    second_member_id VARCHAR(64) NOT NULL,
    sponsorship_id   VARCHAR(64)
);

-- Who takes part in which networking record (introduction, mentorship, sponsorship); written in
-- the event's transaction, read by access rules.
CREATE TABLE party (
    record_id VARCHAR(64) NOT NULL,
    member_id VARCHAR(64) NOT NULL,
    role      VARCHAR(16) NOT NULL,
    PRIMARY KEY (record_id, member_id, role)
);
