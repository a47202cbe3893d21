-- One key per person whose data this service stores (AES-256, wrapped by the master key that lives
-- outside the database). Erasure empties the key: what was encrypted with it is unreadable from
-- then on, while the stored bytes, and so the event chain, stay as they were.
CREATE TABLE personal_key (
    subject_id  TEXT        PRIMARY KEY,
    wrapped_key BYTEA,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    erased_at   TIMESTAMPTZ,
    CHECK ((wrapped_key IS NULL) = (erased_at IS NOT NULL))
);
