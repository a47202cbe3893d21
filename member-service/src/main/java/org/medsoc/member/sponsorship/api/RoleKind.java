package org.medsoc.member.sponsorship.api;

/** What a sponsor recommends a protégé for. */
public enum RoleKind {
  FELLOWSHIP,
  JOB,
  PROGRAM,
  COMMITTEE,
  PANEL,
  TALK,
  AWARD
}
