package org.medsoc.events.conference.api;

/** Query: a member's own registrations, the newest conference first. */
public record FindRegistrationsOf(String memberId) {}
