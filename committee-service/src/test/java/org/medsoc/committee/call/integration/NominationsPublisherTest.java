package org.medsoc.committee.call.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medsoc.testsupport.PublishedFacts.storedAt;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.medsoc.committee.call.api.*;
import org.medsoc.committee.committee.api.SeatRole;
import org.medsoc.committee.committee.command.CommitteeRegistry.CommitteeFacts;
import org.medsoc.kernel.contracts.committee.NominationRecorded;
import org.medsoc.kernel.contracts.committee.NominationRecorded.Purpose;
import org.medsoc.kernel.contracts.committee.NominationRecorded.Step;
import org.medsoc.kernel.contracts.record.AchievementRecorded;
import org.medsoc.testsupport.PublishedFacts;

/** Every step of a nomination as the audit hears it, never the supporting statement. */
class NominationsPublisherTest {

  private static final Instant AT = Instant.parse("2027-04-02T15:00:00Z");
  private static final LocalDate DAY = LocalDate.of(2027, 4, 2);

  private final PublishedFacts published = new PublishedFacts();
  private final NominationsPublisher publisher =
      new NominationsPublisher(
          new KnownCalls(),
          committeeId ->
              Optional.of(
                  new CommitteeFacts(committeeId, "aad", "Awards Committee", 2, true, false)),
          published);

  @Test
  void aNominationSubmittedCarriesTheCallThePeopleAndTheSponsorshipButNotTheStatement() {
    publisher.on(
        new MemberNominated(
            "seats",
            "nom-1",
            "dr-sponsor",
            "dr-ana",
            SeatRole.TRAINEE_REPRESENTATIVE,
            "she leads",
            "sp-1"),
        storedAt("seats", 3, AT));

    assertThat(published.facts())
        .containsExactly(
            new NominationRecorded(
                "nom-1",
                Step.SUBMITTED,
                "seats",
                "education",
                "aad",
                Purpose.COMMITTEE_SEAT,
                "Trainee seat",
                "TRAINEE_REPRESENTATIVE",
                "dr-sponsor",
                "dr-ana",
                "sp-1",
                null,
                null,
                null,
                DAY,
                3));
  }

  @Test
  void aNomineesDeclineCarriesTheReasonTheyGave() {
    publisher.on(
        new NominationDeclined("seats", "nom-1", "dr-ana", "not this year"),
        storedAt("seats", 4, AT));

    NominationRecorded step = (NominationRecorded) published.facts().get(0);
    assertThat(step.step()).isEqualTo(Step.DECLINED_BY_NOMINEE);
    assertThat(step.reason()).isEqualTo("not this year");
  }

  @Test
  void anApplicationStaysInsideCommitteeService() {
    publisher.on(
        new SubmissionDecided(
            "seats", "app-1", "dr-ben", Outcome.SELECTED, "strong", "staff-login"),
        storedAt("seats", 5, AT));

    assertThat(published.facts()).isEmpty();
  }

  @Test
  void anAwardReceivedGoesOnTheMembersRecord() {
    publisher.on(
        new SubmissionDecided(
            "award", "nom-2", "dr-ana", Outcome.SELECTED, "outstanding", "staff-login"),
        storedAt("award", 6, AT));

    assertThat(published.facts()).hasSize(2);
    assertThat(((NominationRecorded) published.facts().get(0)).step()).isEqualTo(Step.SELECTED);
    assertThat(published.facts().get(1))
        .isEqualTo(
            new AchievementRecorded(
                "committee-service:award:nom-2",
                "dr-ana",
                AchievementRecorded.Kind.AWARD,
                "Young Investigator",
                "Awards Committee",
                DAY));
  }
}
