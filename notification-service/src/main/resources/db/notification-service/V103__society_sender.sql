-- Who a society's mails are from, under which name and in which language: set by its staff. A
-- notification that names no society, or a digest across societies, comes from the platform's sender.
CREATE TABLE society_sender (
    society_id   TEXT PRIMARY KEY,
    society_name TEXT NOT NULL,
    address      TEXT NOT NULL,
    language     TEXT NOT NULL,
    updated_at   TIMESTAMPTZ NOT NULL,
    updated_by   TEXT NOT NULL
);
