package org.medsoc.committee.call.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medsoc.testsupport.PublishedFacts.stored;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.medsoc.committee.call.api.*;
import org.medsoc.committee.committee.api.SeatRole;
import org.medsoc.kernel.contracts.committee.CallRecorded;
import org.medsoc.kernel.contracts.committee.EndorsementRecorded;
import org.medsoc.kernel.member.MembershipCategory;
import org.medsoc.kernel.member.TrainingLevel;
import org.medsoc.testsupport.PublishedFacts;

/** Whom a call is open to, and who is asked to endorse: never a statement or an endorsement. */
class CallsPublisherTest {

  private static final LocalDate OPENS = LocalDate.of(2027, 3, 1);
  private static final LocalDate CLOSES = LocalDate.of(2027, 3, 31);

  private final PublishedFacts published = new PublishedFacts();
  private final CallsPublisher publisher = new CallsPublisher(new KnownCalls(), published);

  @Test
  void aCallOpenedSaysWhomItIsOpenTo() {
    CallEligibility residentsOfDermpath =
        new CallEligibility(
            Set.of(MembershipCategory.RESIDENT_FELLOW_IN_TRAINING),
            Set.of(TrainingLevel.PGY2),
            "dermpath");
    publisher.on(
        new CallOpened(
            "seats",
            "education",
            "aad",
            CallPurpose.COMMITTEE_SEAT,
            "Trainee seat",
            "one seat",
            Set.of(SeatRole.TRAINEE_REPRESENTATIVE),
            residentsOfDermpath,
            OPENS,
            CLOSES,
            false,
            null,
            null,
            false),
        stored("seats", 0, null));

    assertThat(published.facts())
        .containsExactly(
            new CallRecorded(
                "seats",
                CallRecorded.Step.OPENED,
                "education",
                "aad",
                "COMMITTEE_SEAT",
                "Trainee seat",
                Set.of(MembershipCategory.RESIDENT_FELLOW_IN_TRAINING),
                Set.of(TrainingLevel.PGY2),
                "dermpath",
                OPENS,
                CLOSES,
                0));
  }

  @Test
  void aCallClosedSaysOnWhichDay() {
    publisher.on(new CallClosed("seats", CLOSES), stored("seats", 40, null));

    assertThat(published.facts())
        .containsExactly(
            new CallRecorded(
                "seats",
                CallRecorded.Step.CLOSED,
                "education",
                "aad",
                "COMMITTEE_SEAT",
                "Trainee seat",
                Set.of(),
                Set.of(),
                null,
                null,
                CLOSES,
                40));
  }

  @Test
  void anEndorsementGivenNamesTheEndorserAndNotTheWords() {
    publisher.on(
        new ApplicationEndorsed(
            "seats", "app-1", "dr-ben", "dr-mentor", EndorserRelation.MENTOR, "he is ready"),
        stored("seats", 7, null));

    assertThat(published.facts())
        .containsExactly(
            new EndorsementRecorded(
                "app-1",
                EndorsementRecorded.Step.GIVEN,
                "seats",
                "aad",
                "Trainee seat",
                "dr-ben",
                "dr-mentor",
                "MENTOR",
                7));
  }
}
