package org.medsoc.committee.call.api;

import java.time.Instant;
import java.util.List;
import org.medsoc.committee.committee.api.SeatRole;

/**
 * A member's own nominations: those they received, without who nominated them or what was said,
 * those they made, in full, and their own applications with the endorsements they gathered.
 */
public record MemberNominations(
    List<Received> received, List<SubmissionView> made, List<SubmissionView> applied) {

  /** A nomination as the nominee sees it. */
  public record Received(
      String nominationId,
      String callId,
      String title,
      CallPurpose purpose,
      SeatRole role,
      String consent,
      String status,
      Instant submittedAt) {}
}
