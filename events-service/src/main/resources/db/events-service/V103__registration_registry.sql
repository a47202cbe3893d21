-- Who each registration is for, written in the transaction of the registration, so access rules
-- let its registrant (and staff) cancel it, and answer the same for one that does not exist.
CREATE TABLE registration_registry (
    registration_id TEXT PRIMARY KEY,
    conference_id   TEXT NOT NULL,
    member_id       TEXT NOT NULL
);
