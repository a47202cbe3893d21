package org.medsoc.events.conference.api;

/** Query: a conference's registrations, placed and waiting, in order of arrival. */
public record FindRegistrations(String conferenceId) {}
