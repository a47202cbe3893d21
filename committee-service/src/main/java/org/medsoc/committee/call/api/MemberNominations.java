package org.medsoc.committee.call.api;

import java.time.Instant;
import java.util.List;
import org.medsoc.committee.committee.api.SeatRole;

/**
 * A member's own nominations: those they received, without who nominated them or what was said, and
 * those they made, in full.
 */
public record MemberNominations(List<Received> received, List<SubmissionView> made) {

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
