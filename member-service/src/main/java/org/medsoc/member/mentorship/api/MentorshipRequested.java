package org.medsoc.member.mentorship.api;

/** A mentorship was asked for. */
public record MentorshipRequested(
    String mentorshipId,
    String menteeId,
    String mentorId,
    MentorshipType type,
    String ask,
    String firstStep) {}
