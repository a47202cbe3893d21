package org.medsoc.member.sponsorship.api;

/** What came of a sponsorship action. */
public record SponsorshipOutcomeRecorded(
    String sponsorshipId,
    String actionId,
    String sponsorId,
    String protegeId,
    Outcome outcome,
    String note) {}
