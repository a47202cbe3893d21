-- The institution a member worked at in each published state: fairness by institution counts
-- people where they were at the time.
ALTER TABLE audit_membership_state ADD COLUMN institution TEXT;
