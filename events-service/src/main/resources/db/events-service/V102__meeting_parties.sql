-- The two people of every meeting requested at a conference, written in the request's transaction,
-- so a cancelled registration finds each meeting of its member there (the meetings decide whether
-- anything is left to cancel).
CREATE TABLE meeting_party (
    meeting_id    TEXT NOT NULL,
    conference_id TEXT NOT NULL,
    member_id     TEXT NOT NULL,
    PRIMARY KEY (meeting_id, member_id)
);
CREATE INDEX meeting_party_member ON meeting_party (conference_id, member_id);
