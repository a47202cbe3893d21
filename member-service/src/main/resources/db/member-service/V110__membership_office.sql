-- Search in the member directory: name, institution, specialty and interests, by word prefix.
ALTER TABLE directory_member ADD COLUMN search tsvector NOT NULL DEFAULT ''::tsvector;
CREATE INDEX directory_member_search ON directory_member USING gin (search);
UPDATE directory_member SET search = to_tsvector('simple',
    given_name || ' ' || family_name || ' ' || institution || ' ' || coalesce(specialty, '') || ' '
    || array_to_string(interests, ' '));

-- The queues: applications by the day they came in; members by the day they joined.
ALTER TABLE directory_membership ADD COLUMN applied_at TIMESTAMPTZ;
ALTER TABLE directory_membership ADD COLUMN member_since DATE;
CREATE INDEX directory_membership_paid ON directory_membership (society_id, paid_through);

-- Each step of each membership, attributed: one row per event, so a redelivery adds nothing.
CREATE TABLE membership_step (
    event_id     TEXT        PRIMARY KEY,
    member_id    TEXT        NOT NULL,
    society_id   TEXT        NOT NULL,
    step         TEXT        NOT NULL,
    occurred_at  TIMESTAMPTZ NOT NULL,
    actor        TEXT        NOT NULL,
    actor_roles  TEXT        NOT NULL,
    on_behalf_of TEXT,
    detail       TEXT
);
CREATE INDEX membership_step_member ON membership_step (member_id, occurred_at);

-- A society's dues per membership category (same-transaction lookup for approvals).
CREATE TABLE society_fee (
    society_id TEXT    NOT NULL,
    category   TEXT    NOT NULL,
    amount     NUMERIC NOT NULL,
    currency   TEXT    NOT NULL,
    PRIMARY KEY (society_id, category)
);

-- Which member each row of an imported roster became: a row key imports once per society.
CREATE TABLE imported_row (
    society_id TEXT NOT NULL,
    row_key    TEXT NOT NULL,
    member_id  TEXT NOT NULL,
    PRIMARY KEY (society_id, row_key)
);

-- Roster imports: the file as uploaded, its column mapping, and the run's progress and problems.
CREATE TABLE roster_import (
    import_id        TEXT        PRIMARY KEY,
    society_id       TEXT        NOT NULL,
    file_name        TEXT,
    csv              TEXT        NOT NULL,
    columns          TEXT[]      NOT NULL,
    total_rows       INTEGER     NOT NULL,
    mapping          JSONB,
    valid_rows       INTEGER,
    known_rows       INTEGER,
    status           TEXT        NOT NULL,
    uploaded_by      TEXT        NOT NULL,
    uploaded_at      TIMESTAMPTZ NOT NULL,
    started_by       TEXT,
    started_at       TIMESTAMPTZ,
    finished_at      TIMESTAMPTZ,
    processed        INTEGER     NOT NULL DEFAULT 0,
    imported         INTEGER     NOT NULL DEFAULT 0,
    already_imported INTEGER     NOT NULL DEFAULT 0,
    refused          INTEGER     NOT NULL DEFAULT 0
);
CREATE INDEX roster_import_society ON roster_import (society_id, uploaded_at);
CREATE TABLE roster_import_problem (
    import_id  TEXT    NOT NULL REFERENCES roster_import (import_id) ON DELETE CASCADE,
    row_number INTEGER NOT NULL,
    row_key    TEXT,
    field      TEXT    NOT NULL,
    message    TEXT    NOT NULL,
    phase      TEXT    NOT NULL
);
CREATE INDEX roster_import_problem_import ON roster_import_problem (import_id, row_number);
