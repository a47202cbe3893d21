-- Every state of every membership as member-service published it, kept: "was this person in good
-- standing on the day they were nominated or appointed?" is answered from the state valid then.
-- Filled only from Kafka; one row per published version, never updated.
CREATE TABLE audit_membership_state (
    member_id      TEXT        NOT NULL,
    society_id     TEXT        NOT NULL,
    member_version BIGINT      NOT NULL,
    valid_from     TIMESTAMPTZ NOT NULL,
    change         TEXT        NOT NULL,
    status         TEXT        NOT NULL,
    category       TEXT        NOT NULL,
    training_level TEXT        NOT NULL,
    paid_through   DATE,
    section_ids    TEXT[]      NOT NULL,
    actor          TEXT,
    PRIMARY KEY (member_id, society_id, member_version)
);
CREATE INDEX audit_membership_state_time ON audit_membership_state (member_id, valid_from);

CREATE TRIGGER audit_membership_state_append_only
    BEFORE UPDATE OR DELETE ON audit_membership_state
    FOR EACH ROW EXECUTE FUNCTION refuse_event_rewrite();
