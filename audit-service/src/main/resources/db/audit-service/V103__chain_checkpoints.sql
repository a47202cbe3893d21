-- The signed checkpoints of every service's event chain, kept here, outside the services'
-- databases: whoever holds a service's database cannot make its history match them again.
CREATE TABLE chain_checkpoint (
    service       TEXT        NOT NULL,
    seal_sequence BIGINT      NOT NULL,
    global_index  BIGINT      NOT NULL,
    head_hash     TEXT        NOT NULL,
    sealed_events BIGINT      NOT NULL,
    key_id        TEXT,
    signed_at     TIMESTAMPTZ NOT NULL,
    signature     TEXT        NOT NULL,
    received_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (service, seal_sequence, signature)
);
CREATE INDEX chain_checkpoint_latest ON chain_checkpoint (service, signed_at DESC);

CREATE TRIGGER chain_checkpoint_append_only
    BEFORE UPDATE OR DELETE ON chain_checkpoint
    FOR EACH ROW EXECUTE FUNCTION refuse_event_rewrite();
