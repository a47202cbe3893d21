-- How each seal was made: 1, SHA-256 alone (the seals made before the key existed, which anyone
-- holding the database could recompute); 2, HMAC-SHA256 with the event chain key, which lives
-- outside the database. A constant default adds the column without touching a row.
ALTER TABLE event_seal ADD COLUMN scheme SMALLINT NOT NULL DEFAULT 1;
