package org.medsoc.member.sponsorship.api;

import org.medsoc.platform.personal.PersonalData;

/** A sponsorship began. */
public record SponsorshipDeclared(
    String sponsorshipId,
    String sponsorId,
    String protegeId,
    @PersonalData(subject = "protegeId") String goals) {}
