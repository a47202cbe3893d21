package org.medsoc.committee.call.api;

/** In what capacity someone endorses an application. */
public enum EndorserRelation {
  MENTOR,
  PROGRAM_DIRECTOR,
  SPONSOR,
  COLLEAGUE
}
