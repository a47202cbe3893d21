package org.medsoc.member.sponsorship.api;

/** The sponsor declined to write the letter. */
public record LetterDeclined(
    String sponsorshipId, String letterId, String sponsorId, String protegeId, String reason) {}
