package org.medsoc.events.conference.api;

/** Query: a member's agenda at a conference. */
public record FindAgenda(String conferenceId, String memberId) {}
