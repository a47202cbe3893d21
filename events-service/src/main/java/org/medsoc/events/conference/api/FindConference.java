package org.medsoc.events.conference.api;

/** Query: a conference. */
public record FindConference(String conferenceId) {}
