-- The running instances of this service, each beating every few seconds, so that instances can
-- share the event processors' segments fairly (see SegmentBalancer).
CREATE TABLE service_instance (
    instance_id  VARCHAR(64)  PRIMARY KEY,
    started_at   TIMESTAMPTZ  NOT NULL,
    heartbeat_at TIMESTAMPTZ  NOT NULL
);
