package org.medsoc.member.mentorship.api;

/** The mentor declined, without penalty to anyone. */
public record MentorshipDeclined(String mentorshipId, String mentorId, String reason) {}
