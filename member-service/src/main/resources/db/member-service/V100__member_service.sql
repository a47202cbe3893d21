-- Society directory (same-transaction lookup for command handlers and the society page).
CREATE TABLE society (
    society_id VARCHAR(64)  PRIMARY KEY,
    name       VARCHAR(200) NOT NULL,
    kind       VARCHAR(32)  NOT NULL
);
CREATE TABLE society_section (
    society_id VARCHAR(64)  NOT NULL REFERENCES society (society_id),
    section_id VARCHAR(64)  NOT NULL,
    name       VARCHAR(200) NOT NULL,
    PRIMARY KEY (society_id, section_id)
);

-- One email address, one member (same-transaction lookup; the key settles races).
CREATE TABLE member_email (
    email     VARCHAR(254) PRIMARY KEY,
    member_id VARCHAR(64)  NOT NULL
);
CREATE INDEX member_email_member ON member_email (member_id);

-- Member directory projection: profiles, memberships, rosters. Replayable.
CREATE TABLE directory_member (
    member_id      VARCHAR(64)  PRIMARY KEY,
    given_name     VARCHAR(100) NOT NULL,
    family_name    VARCHAR(100) NOT NULL,
    degree         VARCHAR(20),
    training_level VARCHAR(16)  NOT NULL,
    institution    VARCHAR(200) NOT NULL,
    specialty      VARCHAR(100),
    interests      TEXT[]       NOT NULL DEFAULT '{}',
    email          VARCHAR(254) NOT NULL,
    orcid          VARCHAR(19)
);
CREATE TABLE directory_membership (
    member_id    VARCHAR(64) NOT NULL,
    society_id   VARCHAR(64) NOT NULL,
    status       VARCHAR(16) NOT NULL,
    category     VARCHAR(64) NOT NULL,
    paid_through DATE,
    section_ids  TEXT[]      NOT NULL DEFAULT '{}',
    PRIMARY KEY (member_id, society_id)
);
CREATE INDEX directory_membership_roster ON directory_membership (society_id, status, category);
CREATE INDEX directory_member_name ON directory_member (family_name, given_name);

-- What the integration publisher last told other services about each membership.
CREATE TABLE published_membership (
    member_id      VARCHAR(64) NOT NULL,
    society_id     VARCHAR(64) NOT NULL,
    status         VARCHAR(16) NOT NULL,
    category       VARCHAR(64) NOT NULL,
    paid_through   DATE,
    section_ids    TEXT[]      NOT NULL DEFAULT '{}',
    PRIMARY KEY (member_id, society_id)
);
CREATE TABLE published_member (
    member_id      VARCHAR(64) PRIMARY KEY,
    training_level VARCHAR(16) NOT NULL
);
