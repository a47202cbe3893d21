-- Why staff must look at an appointment (e.g. the membership lapsed during the term).
ALTER TABLE appointment ADD COLUMN flag TEXT;
