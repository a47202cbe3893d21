package org.medsoc.member.sponsorship.api;

import org.medsoc.platform.personal.PersonalData;

/** The sponsor declined to write the letter. */
public record LetterDeclined(
    String sponsorshipId,
    String letterId,
    String sponsorId,
    String protegeId,
    @PersonalData(subject = "protegeId") String reason) {}
