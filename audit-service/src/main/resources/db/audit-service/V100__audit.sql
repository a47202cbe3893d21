-- Every introduction, sponsorship, nomination, appointment and achievement action the platform
-- published, with who acted, on whose behalf, when, why, and the correlation and causation chain.
-- Filled only from Kafka; never updated.
CREATE TABLE audit_action (
    action_id      UUID         PRIMARY KEY,
    occurred_at    TIMESTAMPTZ  NOT NULL,
    kind           VARCHAR(16)  NOT NULL,
    step           VARCHAR(32)  NOT NULL,
    subject_id     VARCHAR(128) NOT NULL,
    related_id     VARCHAR(128),
    society_id     VARCHAR(64),
    sponsor_id     VARCHAR(64),
    members        TEXT[]       NOT NULL,
    actor          VARCHAR(200),
    on_behalf_of   VARCHAR(200),
    correlation_id VARCHAR(128),
    causation_id   VARCHAR(128),
    reason         TEXT,
    detail         JSONB        NOT NULL,
    recorded_at    TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX audit_action_time ON audit_action (occurred_at, action_id);
CREATE INDEX audit_action_subject ON audit_action (subject_id);
CREATE INDEX audit_action_related ON audit_action (related_id);
CREATE INDEX audit_action_sponsor ON audit_action (sponsor_id, occurred_at);
CREATE INDEX audit_action_members ON audit_action USING gin (members);
CREATE INDEX audit_action_causation ON audit_action (causation_id);

CREATE TRIGGER audit_action_append_only
    BEFORE UPDATE OR DELETE ON audit_action
    FOR EACH ROW EXECUTE FUNCTION refuse_event_rewrite();

-- Each appointment's known state (term, early end) and the selection it came from.
CREATE TABLE audit_appointment (
    appointment_id VARCHAR(64)  PRIMARY KEY,
    committee_id   VARCHAR(64)  NOT NULL,
    committee_name VARCHAR(200),
    society_id     VARCHAR(64),
    member_id      VARCHAR(64)  NOT NULL,
    role           VARCHAR(32),
    term_start     DATE,
    term_end       DATE,
    ended_on       DATE,
    submission_id  VARCHAR(64),
    appointed_by   VARCHAR(200),
    version        BIGINT       NOT NULL
);
CREATE INDEX audit_appointment_committee ON audit_appointment (committee_id, term_start);

-- Each nomination's parties and where it stands.
CREATE TABLE audit_nomination (
    nomination_id  VARCHAR(64)  PRIMARY KEY,
    call_id        VARCHAR(64)  NOT NULL,
    committee_id   VARCHAR(64),
    society_id     VARCHAR(64),
    purpose        VARCHAR(32)  NOT NULL,
    title          VARCHAR(300),
    nominator_id   VARCHAR(64)  NOT NULL,
    nominee_id     VARCHAR(64)  NOT NULL,
    sponsorship_id VARCHAR(64),
    carried_from   VARCHAR(64),
    status         VARCHAR(32)  NOT NULL,
    submitted_at   TIMESTAMPTZ  NOT NULL,
    version        BIGINT       NOT NULL
);
CREATE INDEX audit_nomination_nominee ON audit_nomination (nominee_id, submitted_at);
