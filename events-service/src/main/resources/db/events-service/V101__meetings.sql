-- People's time at conferences, as meeting rules need it (same transaction as the events).
CREATE TABLE attendance (
    conference_id VARCHAR(64) NOT NULL,
    member_id     VARCHAR(64) NOT NULL,
    PRIMARY KEY (conference_id, member_id)
);
CREATE TABLE session_slot (
    session_id    VARCHAR(64)  PRIMARY KEY,
    conference_id VARCHAR(64)  NOT NULL,
    title         VARCHAR(300) NOT NULL,
    starts_at     TIMESTAMPTZ  NOT NULL,
    ends_at       TIMESTAMPTZ  NOT NULL
);
CREATE TABLE speaking_slot (
    session_id VARCHAR(64) NOT NULL,
    member_id  VARCHAR(64) NOT NULL,
    PRIMARY KEY (session_id, member_id)
);
CREATE INDEX speaking_slot_member ON speaking_slot (member_id);
CREATE TABLE meeting_slot (
    meeting_id    VARCHAR(64) NOT NULL,
    member_id     VARCHAR(64) NOT NULL,
    conference_id VARCHAR(64) NOT NULL,
    starts_at     TIMESTAMPTZ NOT NULL,
    ends_at       TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (meeting_id, member_id)
);
CREATE INDEX meeting_slot_member ON meeting_slot (member_id, conference_id);

-- Meeting requests and follow-ups as their people read them (replayable).
CREATE TABLE meeting_view (
    meeting_id       VARCHAR(64)  PRIMARY KEY,
    conference_id    VARCHAR(64)  NOT NULL,
    requester_id     VARCHAR(64)  NOT NULL,
    invitee_id       VARCHAR(64)  NOT NULL,
    starts_at        TIMESTAMPTZ  NOT NULL,
    ends_at          TIMESTAMPTZ  NOT NULL,
    purpose          TEXT         NOT NULL,
    status           VARCHAR(32)  NOT NULL,
    follow_up        VARCHAR(16),
    follow_up_from   DATE,
    follow_up_due_by DATE,
    requested_at     TIMESTAMPTZ  NOT NULL
);
CREATE INDEX meeting_view_requester ON meeting_view (requester_id);
CREATE INDEX meeting_view_invitee ON meeting_view (invitee_id);
