package org.medsoc.member.sponsorship.api;

/**
 * Query: one sponsorship with its actions, as the viewer may see it (letters only to their author).
 */
public record FindSponsorship(String sponsorshipId, String viewerMemberId) {}
