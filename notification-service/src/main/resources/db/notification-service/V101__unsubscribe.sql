-- The one-click unsubscribe link of each mail (RFC 8058): whoever holds the token may turn off the
-- kinds that mail was about, for that member only. The token is the credential: long and random.
CREATE TABLE unsubscribe_link (
    token      TEXT PRIMARY KEY,
    member_id  TEXT NOT NULL,
    kinds      TEXT[] NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    used_at    TIMESTAMPTZ
);
CREATE INDEX unsubscribe_link_member ON unsubscribe_link (member_id);
