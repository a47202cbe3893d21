-- A cancelled session stays in the programme, marked, with the reason its people are told.
ALTER TABLE session_view ADD COLUMN cancelled_reason TEXT;
ALTER TABLE session_view ADD COLUMN cancelled BOOLEAN NOT NULL DEFAULT FALSE;
CREATE INDEX conference_view_society ON conference_view (society_id, start_date);
