-- A key mentor or sponsor in a contact log: the months between touching base (6 to 12).
ALTER TABLE contact ADD COLUMN touch_base_months INTEGER;
