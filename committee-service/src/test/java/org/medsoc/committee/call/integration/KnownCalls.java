package org.medsoc.committee.call.integration;

import java.util.Map;
import java.util.Optional;
import org.medsoc.committee.call.api.CallPurpose;
import org.medsoc.committee.call.command.CallRegistry;
import org.medsoc.committee.committee.api.SeatRole;

/** The calls and submissions as the registry holds them, without its database. */
final class KnownCalls extends CallRegistry {
  private final Map<String, CallFacts> calls =
      Map.of(
          "seats",
          new CallFacts(
              "seats", "education", "aad", CallPurpose.COMMITTEE_SEAT, "Trainee seat", null),
          "award",
          new CallFacts("award", "awards", "aad", CallPurpose.AWARD, "Young Investigator", null));
  private final Map<String, SubmissionFacts> submissions =
      Map.of(
          "nom-1",
          new SubmissionFacts(
              "nom-1",
              "seats",
              "NOMINATION",
              "dr-ana",
              "dr-sponsor",
              SeatRole.TRAINEE_REPRESENTATIVE,
              "sp-1",
              "SUBMITTED"),
          "nom-2",
          new SubmissionFacts(
              "nom-2", "award", "NOMINATION", "dr-ana", "dr-sponsor", null, null, "SUBMITTED"),
          "app-1",
          new SubmissionFacts(
              "app-1",
              "seats",
              "APPLICATION",
              "dr-ben",
              null,
              SeatRole.TRAINEE_REPRESENTATIVE,
              null,
              "SUBMITTED"));

  KnownCalls() {
    super(null);
  }

  @Override
  public Optional<CallFacts> call(String callId) {
    return Optional.ofNullable(calls.get(callId));
  }

  @Override
  public Optional<SubmissionFacts> submission(String submissionId) {
    return Optional.ofNullable(submissions.get(submissionId));
  }
}
