package org.medsoc.member.mentorship.api;

/** The mentor accepted. */
public record MentorshipAccepted(String mentorshipId, String mentorId) {}
