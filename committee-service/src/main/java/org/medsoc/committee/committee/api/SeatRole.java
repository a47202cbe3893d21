package org.medsoc.committee.committee.api;

/** The seats of a committee; trainee representative seats are reserved for trainees. */
public enum SeatRole {
  CHAIR,
  VICE_CHAIR,
  MEMBER,
  TRAINEE_REPRESENTATIVE
}
