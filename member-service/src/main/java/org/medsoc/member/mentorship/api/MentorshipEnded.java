package org.medsoc.member.mentorship.api;

/** The mentorship ended. */
public record MentorshipEnded(String mentorshipId, String endedBy, String reason) {}
