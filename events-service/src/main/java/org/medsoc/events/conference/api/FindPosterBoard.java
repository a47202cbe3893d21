package org.medsoc.events.conference.api;

/** Query: the poster board plan of a conference. */
public record FindPosterBoard(String conferenceId) {}
