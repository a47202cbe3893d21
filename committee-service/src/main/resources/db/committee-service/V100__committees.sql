-- Which society each committee belongs to; written in the event's transaction, read by access rules.
CREATE TABLE committee_society (
    committee_id VARCHAR(64) PRIMARY KEY,
    society_id   VARCHAR(64) NOT NULL
);

-- Committees and their rosters (replayable).
CREATE TABLE committee (
    committee_id       VARCHAR(64)  PRIMARY KEY,
    society_id         VARCHAR(64)  NOT NULL,
    section_id         VARCHAR(64),
    name               VARCHAR(200) NOT NULL,
    charter            TEXT,
    seat_plan          TEXT         NOT NULL,
    default_term_years INTEGER      NOT NULL
);
CREATE TABLE appointment (
    appointment_id VARCHAR(64) PRIMARY KEY,
    committee_id   VARCHAR(64) NOT NULL,
    member_id      VARCHAR(64) NOT NULL,
    role           VARCHAR(32) NOT NULL,
    term_start     DATE        NOT NULL,
    term_end       DATE        NOT NULL,
    ended_on       DATE
);
CREATE INDEX appointment_committee ON appointment (committee_id, term_start);
