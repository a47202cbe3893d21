-- The speed-mentoring suggestion a mentorship request followed, if any.
ALTER TABLE mentorship ADD COLUMN suggestion_id VARCHAR(200);
CREATE INDEX mentorship_suggestion_link ON mentorship (suggestion_id);
