-- Which login (token subject) acts as which member; one login, one member.
CREATE TABLE member_account (
    member_id VARCHAR(64)  PRIMARY KEY,
    subject   VARCHAR(255) NOT NULL UNIQUE
);
