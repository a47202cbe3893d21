package org.medsoc.member.mentorship.api;

import org.medsoc.platform.personal.PersonalData;

/** The mentor declined, without penalty to anyone. */
public record MentorshipDeclined(
    String mentorshipId, String mentorId, @PersonalData(subject = "mentorId") String reason) {}
