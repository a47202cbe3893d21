package org.medsoc.events.conference.api;

/** Query: the abstracts submitted to a conference, with their decisions and poster boards. */
public record FindAbstracts(String conferenceId) {}
