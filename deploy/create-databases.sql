-- One database per service; no service reads another's.
CREATE DATABASE member_service;
CREATE DATABASE committee_service;
CREATE DATABASE events_service;
CREATE DATABASE audit_service;
CREATE DATABASE identity;
CREATE DATABASE portal;
