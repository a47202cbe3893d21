package org.medsoc.member.member.api;

import java.time.Instant;
import java.util.Map;

/**
 * One step of a membership as its history shows it.
 *
 * @param step what happened: APPLIED, APPROVED, REJECTED, RENEWED, LAPSED, REINSTATED, RESIGNED,
 *     CATEGORY_CHANGED, SECTION_JOINED, SECTION_LEFT or IMPORTED
 * @param actor the subject of who took the step ({@code system:deadline:…} for a lapse)
 * @param actorRoles the roles they acted with
 * @param onBehalfOf for a step the platform took on a schedule, who set the schedule up
 * @param detail what the step recorded: category, paidThrough, dues, reason, from, to, memberSince,
 *     status, sectionId, importId, as they apply
 */
public record MembershipStep(
    String societyId,
    String step,
    Instant occurredAt,
    String actor,
    String actorRoles,
    String onBehalfOf,
    Map<String, String> detail) {}
