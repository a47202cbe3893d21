-- The login acting as the member, so this service can tell when a caller is the member.
ALTER TABLE member_eligibility ADD COLUMN account_subject VARCHAR(200);
CREATE INDEX member_eligibility_account ON member_eligibility (account_subject);
