package org.medsoc.member.sponsorship.api;

/** A sponsorship began. */
public record SponsorshipDeclared(
    String sponsorshipId, String sponsorId, String protegeId, String goals) {}
