package org.medsoc.member.sponsorship.api;

import java.time.LocalDate;
import org.medsoc.platform.personal.PersonalData;

/** A letter was asked for; shortNotice when the deadline is less than six weeks away. */
public record LetterRequested(
    String sponsorshipId,
    String letterId,
    String sponsorId,
    String protegeId,
    @PersonalData(subject = "protegeId") String purpose,
    LocalDate deadline,
    boolean shortNotice) {}
