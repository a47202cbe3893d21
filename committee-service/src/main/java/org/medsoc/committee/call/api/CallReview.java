package org.medsoc.committee.call.api;

import java.time.Instant;
import java.util.List;

/** What reviewers weigh: a call's applications and nominations, and the declared conflicts. */
public record CallReview(
    String callId, List<SubmissionView> submissions, List<DeclaredConflict> conflicts) {

  /** A reviewer's declared conflict of interest. */
  public record DeclaredConflict(
      String reviewer, String candidateId, String reason, Instant declaredAt) {}
}
