-- Speed-mentoring pairs offered to trainees as possible mentorships, fed from events.mentoring-pairs.
CREATE TABLE mentorship_suggestion (
    pair_id          VARCHAR(200) PRIMARY KEY,
    mentee_id        VARCHAR(64)  NOT NULL,
    mentor_id        VARCHAR(64)  NOT NULL,
    shared_interests TEXT[]       NOT NULL,
    conference_id    VARCHAR(64)  NOT NULL,
    met_on           DATE         NOT NULL,
    suggested_at     TIMESTAMPTZ  NOT NULL
);
CREATE INDEX mentorship_suggestion_mentee ON mentorship_suggestion (mentee_id, met_on DESC);
