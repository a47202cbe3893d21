package org.medsoc.member.sponsorship.api;

import org.medsoc.platform.personal.PersonalData;

/** The letter was written. Its content is confidential: only its author sees it. */
public record LetterSubmitted(
    String sponsorshipId,
    String letterId,
    String sponsorId,
    String protegeId,
    @PersonalData(subject = "protegeId") String content) {}
