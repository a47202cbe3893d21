-- Members' professional records, fed from the record.achievements topic.
CREATE TABLE professional_record (
    achievement_id VARCHAR(128) PRIMARY KEY,
    member_id      VARCHAR(64)  NOT NULL,
    kind           VARCHAR(32)  NOT NULL,
    title          TEXT         NOT NULL,
    organization   TEXT,
    achieved_on    DATE         NOT NULL,
    source         VARCHAR(100) NOT NULL,
    recorded_at    TIMESTAMPTZ  NOT NULL
);
CREATE INDEX professional_record_member ON professional_record (member_id, achieved_on DESC);
