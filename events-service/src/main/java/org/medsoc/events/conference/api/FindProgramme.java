package org.medsoc.events.conference.api;

/** Query: a conference's sessions in time order. */
public record FindProgramme(String conferenceId) {}
