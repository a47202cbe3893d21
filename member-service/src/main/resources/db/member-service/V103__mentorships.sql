-- Mentorships read model (replayable).
CREATE TABLE mentorship (
    mentorship_id         VARCHAR(64) PRIMARY KEY,
    mentee_id             VARCHAR(64) NOT NULL,
    mentor_id             VARCHAR(64) NOT NULL,
    type                  VARCHAR(32) NOT NULL,
    ask                   TEXT        NOT NULL,
    first_step            TEXT        NOT NULL,
    status                VARCHAR(16) NOT NULL,
    requested_at          TIMESTAMPTZ NOT NULL,
    check_ins             INTEGER     NOT NULL DEFAULT 0,
    last_check_in_on      DATE,
    last_agreed_next_steps TEXT,
    end_reason            TEXT
);
CREATE INDEX mentorship_mentee ON mentorship (mentee_id, status);
