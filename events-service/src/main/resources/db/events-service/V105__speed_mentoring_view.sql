-- Who took a place at a speed-mentoring session, in the order they joined, and the pairs made.
CREATE TABLE speed_mentoring_place (
    session_id    TEXT NOT NULL,
    member_id     TEXT NOT NULL,
    conference_id TEXT NOT NULL,
    role          TEXT NOT NULL,
    interests     TEXT[] NOT NULL,
    joined_order  BIGINT GENERATED ALWAYS AS IDENTITY,
    PRIMARY KEY (session_id, member_id)
);
CREATE TABLE speed_mentoring_pair (
    pair_id          TEXT PRIMARY KEY,
    conference_id    TEXT NOT NULL,
    session_id       TEXT NOT NULL,
    trainee_id       TEXT NOT NULL,
    mentor_id        TEXT NOT NULL,
    shared_interests TEXT[] NOT NULL
);
CREATE INDEX speed_mentoring_pair_session ON speed_mentoring_pair (session_id);
-- The reason an abstract was accepted or rejected, as its presenter is told.
ALTER TABLE abstract_view ADD COLUMN decision_reason TEXT;
