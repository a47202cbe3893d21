-- The consuming service's copy of member eligibility, fed from the member.memberships topic.
CREATE TABLE member_eligibility (
    member_id      VARCHAR(64)  NOT NULL,
    society_id     VARCHAR(64)  NOT NULL,
    status         VARCHAR(32)  NOT NULL,
    category       VARCHAR(64)  NOT NULL,
    training_level VARCHAR(16)  NOT NULL,
    paid_through   DATE,
    section_ids    TEXT[]       NOT NULL DEFAULT '{}',
    member_version BIGINT       NOT NULL,
    updated_at     TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (member_id, society_id)
);
CREATE INDEX member_eligibility_society_status ON member_eligibility (society_id, status);
