-- The hash chain over the event store: one seal per event, in the order they were sealed, each
-- hash covering the event's stored bytes and the previous seal's hash. Append-only like the events.
CREATE TABLE event_seal (
    seal_sequence    BIGSERIAL    PRIMARY KEY,
    global_index     BIGINT       NOT NULL UNIQUE,
    event_identifier VARCHAR(255) NOT NULL UNIQUE,
    hash             BYTEA        NOT NULL,
    sealed_at        TIMESTAMPTZ  NOT NULL DEFAULT now()
);

CREATE TRIGGER event_seal_append_only
    BEFORE UPDATE OR DELETE ON event_seal
    FOR EACH ROW EXECUTE FUNCTION refuse_event_rewrite();
