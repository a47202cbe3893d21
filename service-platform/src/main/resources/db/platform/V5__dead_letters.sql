-- Axon's sequenced dead-letter queue (JdbcSequencedDeadLetterQueue), one for every streaming
-- processing group: an event a projection, publisher or sealer cannot handle waits here, with the
-- later events of its aggregate, while every other aggregate flows on. As GenericDeadLetterTableFactory
-- makes it, but with bytea for serialized data and text for the cause.
CREATE TABLE deadletterentry (
    deadletteridentifier VARCHAR(255) NOT NULL PRIMARY KEY,
    processinggroup      VARCHAR(255) NOT NULL,
    sequenceidentifier   VARCHAR(255) NOT NULL,
    sequenceindex        BIGINT       NOT NULL,
    messagetype          VARCHAR(255) NOT NULL,
    eventidentifier      VARCHAR(255) NOT NULL,
    timestamp            VARCHAR(255) NOT NULL,
    payloadtype          VARCHAR(255) NOT NULL,
    payloadrevision      VARCHAR(255),
    payload              BYTEA        NOT NULL,
    metadata             BYTEA,
    type                 VARCHAR(255),
    aggregateidentifier  VARCHAR(255),
    sequencenumber       BIGINT,
    tokentype            VARCHAR(255),
    token                BYTEA,
    enqueuedat           VARCHAR(255) NOT NULL,
    lasttouched          VARCHAR(255),
    processingstarted    VARCHAR(255),
    causetype            VARCHAR(255),
    causemessage         TEXT,
    diagnostics          BYTEA,
    CONSTRAINT deadletter_sequence_index UNIQUE (processinggroup, sequenceidentifier, sequenceindex)
);

CREATE INDEX deadletter_processing_group ON deadletterentry (processinggroup);
CREATE INDEX deadletter_sequence ON deadletterentry (processinggroup, sequenceidentifier);
