package org.medsoc.events.conference.api;

/** Query: the abstracts one member submitted to a conference, with their decisions. */
public record FindAbstractsOf(String conferenceId, String memberId) {}
