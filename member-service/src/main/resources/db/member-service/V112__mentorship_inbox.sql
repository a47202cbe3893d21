-- The mentor's inbox and the check-in due: requests by mentor, and the day a mentorship began.
ALTER TABLE mentorship ADD COLUMN accepted_on DATE;
ALTER TABLE mentorship ADD COLUMN decline_reason TEXT;
CREATE INDEX mentorship_mentor ON mentorship (mentor_id, status);
