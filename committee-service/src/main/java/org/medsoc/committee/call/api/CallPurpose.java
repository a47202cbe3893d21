package org.medsoc.committee.call.api;

/**
 * What a call fills: committee seats (applications and nominations), or by nomination an award, a
 * talk or a panel place.
 */
public enum CallPurpose {
  COMMITTEE_SEAT,
  AWARD,
  TALK,
  PANEL
}
