-- What the protégé hopes to be considered for, as they last stated it.
ALTER TABLE sponsorship ADD COLUMN opportunities TEXT[] NOT NULL DEFAULT '{}';
