package org.medsoc.member.mentorship.api;

/** Query: one mentorship. */
public record FindMentorship(String mentorshipId) {}
