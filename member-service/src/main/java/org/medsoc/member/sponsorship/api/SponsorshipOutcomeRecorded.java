package org.medsoc.member.sponsorship.api;

import org.medsoc.platform.personal.PersonalData;

/** What came of a sponsorship action. */
public record SponsorshipOutcomeRecorded(
    String sponsorshipId,
    String actionId,
    String sponsorId,
    String protegeId,
    Outcome outcome,
    @PersonalData(subject = "protegeId") String note) {}
