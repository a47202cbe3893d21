-- The societies in which each member holds or held a membership or an application, or for which
-- staff registered them: the societies whose staff may read and act on the member's records.
-- Written in the transaction of the event; never removed (held once, reachable for the history).
CREATE TABLE member_society (
    member_id  TEXT NOT NULL,
    society_id TEXT NOT NULL,
    PRIMARY KEY (member_id, society_id)
);
CREATE INDEX member_society_society ON member_society (society_id);

-- Members who applied before this table existed.
INSERT INTO member_society (member_id, society_id)
SELECT DISTINCT e.payload::json ->> 'memberId', e.payload::json ->> 'societyId'
FROM (SELECT convert_from(payload, 'UTF8') AS payload
      FROM domainevententry
      WHERE payloadtype = 'org.medsoc.member.member.api.MembershipApplied') e
ON CONFLICT DO NOTHING;
