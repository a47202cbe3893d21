package org.medsoc.member.sponsorship.api;

import java.time.Instant;
import java.time.LocalDate;

/** One action; the letter content is null unless the caller wrote the letter. */
public record SponsorshipActionView(
    String actionId,
    String kind,
    RoleKind roleKind,
    String target,
    String purpose,
    LocalDate deadline,
    Boolean shortNotice,
    String letterStatus,
    String letterContent,
    Outcome outcome,
    Instant recordedAt) {}
