package org.medsoc.committee.call.api;

import java.time.Instant;
import java.util.List;
import org.medsoc.committee.committee.api.SeatRole;

/** An application or nomination as reviewers see it, confidential statement included. */
public record SubmissionView(
    String submissionId,
    String callId,
    String kind,
    String candidateId,
    String nominatorId,
    SeatRole role,
    String statement,
    String sponsorshipId,
    String carriedFrom,
    String consent,
    String status,
    String reason,
    String decidedBy,
    Instant submittedAt,
    List<Endorsement> endorsements) {

  /**
   * The submission as its candidate reads it: who endorsed them and when, never what an endorser
   * wrote (their words are theirs, as a letter of recommendation is).
   */
  public SubmissionView asTheCandidateReadsIt() {
    return new SubmissionView(
        submissionId,
        callId,
        kind,
        candidateId,
        nominatorId,
        role,
        statement,
        sponsorshipId,
        carriedFrom,
        consent,
        status,
        reason,
        decidedBy,
        submittedAt,
        endorsements.stream()
            .map(e -> new Endorsement(e.endorserId(), e.relation(), null, e.endorsedAt()))
            .toList());
  }

  /** An endorsement of an application. */
  public record Endorsement(
      String endorserId, EndorserRelation relation, String endorsement, Instant endorsedAt) {}
}
