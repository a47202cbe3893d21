-- The societies each member belongs to, as member-service last told: whose staff see that a mail
-- to the member could not be delivered (a wrong address is the office's to correct).
CREATE TABLE member_society (
    member_id      TEXT NOT NULL,
    society_id     TEXT NOT NULL,
    member_version BIGINT NOT NULL,
    PRIMARY KEY (member_id, society_id)
);
CREATE INDEX member_society_society ON member_society (society_id);
CREATE INDEX notification_failed ON notification (member_id) WHERE status = 'FAILED';
