-- What a call for volunteers asks of a member (status, category, training level, sections), as
-- member-service last told, so that the members a call is open to hear that it opened.
ALTER TABLE member_society
    ADD COLUMN status         TEXT,
    ADD COLUMN category       TEXT,
    ADD COLUMN training_level TEXT,
    ADD COLUMN section_ids    TEXT[] NOT NULL DEFAULT '{}';
