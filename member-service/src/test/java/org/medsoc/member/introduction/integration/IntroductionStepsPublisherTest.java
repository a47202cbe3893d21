package org.medsoc.member.introduction.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medsoc.testsupport.PublishedFacts.stored;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.medsoc.kernel.contracts.member.IntroductionRecorded;
import org.medsoc.kernel.contracts.member.IntroductionRecorded.Step;
import org.medsoc.member.introduction.api.*;
import org.medsoc.testsupport.PublishedFacts;
import org.medsoc.testsupport.TestInfrastructure;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Each introduction step names the introducer and both sides, as the publisher remembers them from
 * the proposal (in its own table, on a real PostgreSQL), and who acted.
 */
class IntroductionStepsPublisherTest {

  private static final Instant EXPIRES = Instant.parse("2027-03-19T10:00:00Z");

  private final PublishedFacts published = new PublishedFacts();
  private final IntroductionStepsPublisher publisher =
      new IntroductionStepsPublisher(
          new JdbcTemplate(TestInfrastructure.migratedDatabase("member-service")), published);

  IntroductionStepsPublisherTest() {
    publisher.on(
        new IntroductionProposed(
            "in-1",
            "dr-mentor",
            "dr-ana",
            "dr-ben",
            "both work on melanoma",
            "annual meeting",
            "sp-1",
            EXPIRES,
            null),
        stored("in-1", 0, null));
  }

  @Test
  void aProposalNamesTheThreePeopleTheSponsorshipAndWhenItExpires() {
    assertThat(published.facts())
        .containsExactly(
            new IntroductionRecorded(
                "in-1",
                Step.PROPOSED,
                "dr-mentor",
                "dr-ana",
                "dr-ben",
                "sp-1",
                "dr-mentor",
                "both work on melanoma",
                "annual meeting",
                null,
                0,
                EXPIRES));
  }

  @Test
  void anAcceptanceNamesTheSideWhoAcceptedAndThePeopleFromTheProposal() {
    publisher.on(new IntroductionAccepted("in-1", "dr-ben"), stored("in-1", 1, null));

    assertThat(published.facts().get(1))
        .isEqualTo(
            new IntroductionRecorded(
                "in-1",
                Step.ACCEPTED,
                "dr-mentor",
                "dr-ana",
                "dr-ben",
                "sp-1",
                "dr-ben",
                null,
                null,
                null,
                1,
                null));
  }

  @Test
  void aConnectionIsNobodysActAlone() {
    publisher.on(new IntroductionConnected("in-1"), stored("in-1", 2, null));

    IntroductionRecorded connected = (IntroductionRecorded) published.facts().get(1);
    assertThat(connected.step()).isEqualTo(Step.CONNECTED);
    assertThat(connected.actingMemberId()).isNull();
    assertThat(connected.firstMemberId()).isEqualTo("dr-ana");
  }
}
