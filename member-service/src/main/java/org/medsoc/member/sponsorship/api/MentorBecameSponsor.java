package org.medsoc.member.sponsorship.api;

/** A mentor who has seen the mentee's reliability now also sponsors them. */
public record MentorBecameSponsor(
    String sponsorshipId, String mentorshipId, String sponsorId, String protegeId) {}
