-- Which selected application or nomination became an appointment. Kept apart from the
-- submission's row: the committee's event and the call's events reach the view in any order.
CREATE TABLE submission_appointed (
    submission_id  TEXT PRIMARY KEY,
    appointment_id TEXT NOT NULL
);
