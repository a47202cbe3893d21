-- Members' private contact logs (replayable).
CREATE TABLE contact (
    contact_id        VARCHAR(64)  PRIMARY KEY,
    owner_id          VARCHAR(64)  NOT NULL,
    name              VARCHAR(200) NOT NULL,
    role              VARCHAR(200),
    institution       VARCHAR(200),
    where_met         VARCHAR(500),
    interests         TEXT[]       NOT NULL DEFAULT '{}',
    last_contact_on   DATE,
    last_contact_note TEXT,
    next_step         TEXT,
    next_step_due     DATE
);
CREATE INDEX contact_owner_due ON contact (owner_id, next_step_due);
