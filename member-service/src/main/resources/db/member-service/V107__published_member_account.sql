-- The login that acts as each member, told to other services with each membership fact.
ALTER TABLE published_member ADD COLUMN account_subject VARCHAR(200);
