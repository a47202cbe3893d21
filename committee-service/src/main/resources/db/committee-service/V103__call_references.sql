-- What committee-service knows of other services' records a call may name, fed from Kafka: each
-- conference's society (a talk or panel call names a conference of its own society) and each
-- sponsorship's two people (a nomination names a sponsorship only of its nominator and nominee).
CREATE TABLE known_conference (
    conference_id TEXT PRIMARY KEY,
    society_id    TEXT NOT NULL
);
CREATE TABLE known_sponsorship (
    sponsorship_id TEXT PRIMARY KEY,
    sponsor_id     TEXT NOT NULL,
    protege_id     TEXT NOT NULL
);
