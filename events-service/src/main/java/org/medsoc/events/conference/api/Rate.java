package org.medsoc.events.conference.api;

/** What an attendee pays, by membership of the conference's society as Kafka last told. */
public enum Rate {
  MEMBER_TRAINEE,
  MEMBER,
  NON_MEMBER
}
