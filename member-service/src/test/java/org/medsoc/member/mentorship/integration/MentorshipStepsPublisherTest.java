package org.medsoc.member.mentorship.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medsoc.testsupport.PublishedFacts.stored;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.medsoc.kernel.contracts.member.MentorshipStepRecorded;
import org.medsoc.kernel.contracts.member.MentorshipStepRecorded.Step;
import org.medsoc.member.acting.Parties;
import org.medsoc.member.mentorship.api.*;
import org.medsoc.testsupport.PublishedFacts;

/** Each mentorship step names both people and who acted: never the ask, agenda or reasons. */
class MentorshipStepsPublisherTest {

  /** The mentorship's two people as the parties table holds them, without its database. */
  static final class KnownParties extends Parties {
    KnownParties() {
      super(null);
    }

    @Override
    public Optional<String> playing(String recordId, Role role) {
      return Optional.of(role == Role.MENTEE ? "dr-ana" : "dr-mentor");
    }
  }

  private final PublishedFacts published = new PublishedFacts();
  private final MentorshipStepsPublisher publisher =
      new MentorshipStepsPublisher(new KnownParties(), published);

  @Test
  void aRequestNamesTheTypeAndNotTheAsk() {
    publisher.on(
        new MentorshipRequested(
            "ms-1", "dr-ana", "dr-mentor", MentorshipType.values()[0], "help me", "a call", null),
        stored("ms-1", 0, null));

    assertThat(published.facts())
        .containsExactly(
            new MentorshipStepRecorded(
                "ms-1",
                Step.REQUESTED,
                "dr-ana",
                "dr-mentor",
                MentorshipType.values()[0].name(),
                "dr-ana",
                null,
                0));
  }

  @Test
  void aCheckInNamesItsDayAndWhoRecordedItNotTheAgenda() {
    LocalDate held = LocalDate.of(2027, 5, 1);
    publisher.on(
        new CheckInRecorded("ms-1", held, "residency plans", "draft the CV", "dr-mentor"),
        stored("ms-1", 3, null));

    assertThat(published.facts())
        .containsExactly(
            new MentorshipStepRecorded(
                "ms-1", Step.CHECKED_IN, "dr-ana", "dr-mentor", null, "dr-mentor", held, 3));
  }

  @Test
  void anEndNamesWhoEndedItNotWhy() {
    publisher.on(new MentorshipEnded("ms-1", "dr-ana", "moving away"), stored("ms-1", 4, null));

    assertThat(published.facts())
        .containsExactly(
            new MentorshipStepRecorded(
                "ms-1", Step.ENDED, "dr-ana", "dr-mentor", null, "dr-ana", null, 4));
  }
}
