package org.medsoc.member.mentorship.api;

import org.medsoc.platform.personal.PersonalData;

/** The mentorship ended. */
public record MentorshipEnded(
    String mentorshipId, String endedBy, @PersonalData(subject = "endedBy") String reason) {}
