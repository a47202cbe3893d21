-- Who chairs (CHAIR or VICE_CHAIR) which committee, from the roster itself: a chair's rights last as long as the
-- appointment. Written in the event's transaction, read by access rules.
CREATE TABLE chair_seat (
    appointment_id text PRIMARY KEY,
    committee_id   text NOT NULL,
    member_id      text NOT NULL,
    term_start     date NOT NULL,
    term_end       date NOT NULL,
    ended_on       date
);
CREATE INDEX chair_seat_member ON chair_seat (member_id, committee_id);
