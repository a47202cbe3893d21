package org.medsoc.member.sponsorship.api;

import java.util.List;

/** What the protégé hopes to be considered for, as they last stated it. */
public record OpportunitiesStated(
    String sponsorshipId, String sponsorId, String protegeId, List<String> opportunities) {}
