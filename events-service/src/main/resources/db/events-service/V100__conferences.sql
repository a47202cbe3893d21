-- Which society each conference belongs to, for access rules and publishers (same transaction).
CREATE TABLE conference_registry (
    conference_id VARCHAR(64)  PRIMARY KEY,
    society_id    VARCHAR(64)  NOT NULL,
    name          VARCHAR(200) NOT NULL,
    time_zone     VARCHAR(64)  NOT NULL,
    start_date    DATE         NOT NULL,
    end_date      DATE         NOT NULL,
    currency      VARCHAR(3)
);

-- Conferences, programmes, registrations, speakers and posters as people read them (replayable).
CREATE TABLE conference_view (
    conference_id VARCHAR(64)  PRIMARY KEY,
    society_id    VARCHAR(64)  NOT NULL,
    name          VARCHAR(200) NOT NULL,
    start_date    DATE         NOT NULL,
    end_date      DATE         NOT NULL,
    time_zone     VARCHAR(64)  NOT NULL,
    venue         VARCHAR(200),
    capacity      INTEGER      NOT NULL,
    fees          TEXT         NOT NULL,
    currency      VARCHAR(3)
);
CREATE TABLE session_view (
    session_id    VARCHAR(64)  PRIMARY KEY,
    conference_id VARCHAR(64)  NOT NULL,
    kind          VARCHAR(32)  NOT NULL,
    title         VARCHAR(300) NOT NULL,
    starts_at     TIMESTAMPTZ  NOT NULL,
    ends_at       TIMESTAMPTZ  NOT NULL,
    room          VARCHAR(100),
    capacity      INTEGER,
    speaker_ids   TEXT[]       NOT NULL DEFAULT '{}'
);
CREATE INDEX session_view_conference ON session_view (conference_id, starts_at);
CREATE TABLE session_place_view (
    session_id VARCHAR(64) NOT NULL,
    member_id  VARCHAR(64) NOT NULL,
    waiting    BOOLEAN     NOT NULL,
    PRIMARY KEY (session_id, member_id)
);
CREATE TABLE registration_view (
    registration_id VARCHAR(64)  PRIMARY KEY,
    conference_id   VARCHAR(64)  NOT NULL,
    member_id       VARCHAR(64)  NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    rate            VARCHAR(16)  NOT NULL,
    fee             NUMERIC(10, 2) NOT NULL,
    registered_at   TIMESTAMPTZ  NOT NULL,
    checked_in_at   TIMESTAMPTZ
);
CREATE INDEX registration_view_conference ON registration_view (conference_id, registered_at);
CREATE INDEX registration_view_member ON registration_view (member_id);
CREATE TABLE invitation_view (
    invitation_id VARCHAR(64)  PRIMARY KEY,
    conference_id VARCHAR(64)  NOT NULL,
    member_id     VARCHAR(64)  NOT NULL,
    topic         VARCHAR(300),
    session_id    VARCHAR(64),
    nomination_id VARCHAR(64),
    status        VARCHAR(16)  NOT NULL,
    reason        TEXT
);
CREATE INDEX invitation_view_member ON invitation_view (member_id);
CREATE TABLE abstract_view (
    abstract_id   VARCHAR(64)  PRIMARY KEY,
    conference_id VARCHAR(64)  NOT NULL,
    member_id     VARCHAR(64)  NOT NULL,
    title         VARCHAR(300) NOT NULL,
    authors       TEXT,
    status        VARCHAR(16)  NOT NULL,
    session_id    VARCHAR(64),
    board_number  INTEGER,
    presented     BOOLEAN      NOT NULL DEFAULT FALSE
);
CREATE INDEX abstract_view_conference ON abstract_view (conference_id);
