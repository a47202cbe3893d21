-- A member's short headline or pitch and professional links, on their card.
ALTER TABLE directory_member ADD COLUMN headline VARCHAR(300);
ALTER TABLE directory_member ADD COLUMN linkedin VARCHAR(300);
ALTER TABLE directory_member ADD COLUMN doximity VARCHAR(300);
