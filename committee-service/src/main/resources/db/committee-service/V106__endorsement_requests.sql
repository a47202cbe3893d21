-- The endorsements each member was asked for, and whether they gave them.
CREATE TABLE endorsement_request (
    application_id VARCHAR(64) NOT NULL,
    endorser_id    VARCHAR(64) NOT NULL,
    call_id        VARCHAR(64) NOT NULL,
    applicant_id   VARCHAR(64) NOT NULL,
    relation       VARCHAR(32) NOT NULL,
    requested_at   TIMESTAMPTZ NOT NULL,
    endorsed       BOOLEAN     NOT NULL DEFAULT FALSE,
    PRIMARY KEY (application_id, endorser_id)
);
CREATE INDEX endorsement_request_endorser ON endorsement_request (endorser_id, endorsed);
