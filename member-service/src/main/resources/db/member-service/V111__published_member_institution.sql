-- The institution a member works at, published with each membership fact so the audit can count
-- fairness by institution at the time.
ALTER TABLE published_member ADD COLUMN institution VARCHAR(200);
