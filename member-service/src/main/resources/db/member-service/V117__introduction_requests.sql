-- Requests for an introduction: the asker and the colleague asked read them; the person hoped for
-- is not told unless the colleague proposes the introduction.
CREATE TABLE introduction_request (
    request_id      TEXT PRIMARY KEY,
    asker_id        TEXT NOT NULL,
    introducer_id   TEXT NOT NULL,
    target_id       TEXT NOT NULL,
    reason          TEXT NOT NULL,
    status          TEXT NOT NULL,
    decline_reason  TEXT,
    introduction_id TEXT,
    asked_at        TIMESTAMPTZ NOT NULL
);
CREATE INDEX introduction_request_asker ON introduction_request (asker_id);
CREATE INDEX introduction_request_introducer ON introduction_request (introducer_id);
