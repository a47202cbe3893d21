package org.medsoc.member.sponsorship.api;

import java.time.Instant;
import java.util.List;

/**
 * A sponsorship and its actions; the opportunities the protégé hopes for are shown to the two of
 * them only.
 */
public record SponsorshipView(
    String sponsorshipId,
    String sponsorId,
    String protegeId,
    String goals,
    String fromMentorshipId,
    Instant declaredAt,
    List<SponsorshipActionView> actions,
    List<String> opportunities) {}
