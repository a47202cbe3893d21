package org.medsoc.events.meeting.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.Test;
import org.medsoc.events.conference.integration.KnownConference;
import org.medsoc.events.meeting.api.*;
import org.medsoc.kernel.contracts.events.MeetingStepRecorded;
import org.medsoc.kernel.contracts.events.MeetingStepRecorded.Step;
import org.medsoc.testsupport.PublishedFacts;

/**
 * Each meeting step with its two people, read from the meeting's first event in the store (here
 * Axon's in-memory store, as in the fixture tests); never the purpose or a reason.
 */
class MeetingsPublisherTest {

  private static final String MEETING = "mt-1";
  private static final Instant STARTS = Instant.parse("2027-03-05T15:00:00Z");
  private static final MeetingRequested REQUESTED =
      new MeetingRequested(
          MEETING,
          KnownConference.ID,
          "dr-ana",
          "dr-mentor",
          LocalDateTime.of(2027, 3, 5, 9, 0),
          STARTS,
          STARTS.plusSeconds(900),
          "career advice",
          LocalDate.of(2027, 3, 7),
          "America/Chicago");

  private final EmbeddedEventStore store =
      EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
  private final PublishedFacts published = new PublishedFacts();
  private final MeetingsPublisher publisher =
      new MeetingsPublisher(new KnownConference(), store, published);

  private DomainEventMessage<Object> stored(long sequence, Object event) {
    DomainEventMessage<Object> message =
        new GenericDomainEventMessage<>("Meeting", MEETING, sequence, event);
    store.publish(message);
    return message;
  }

  @Test
  void aRequestNamesBothPeopleTheTimeAndTheZoneNotThePurpose() {
    publisher.on(REQUESTED, stored(0, REQUESTED));

    assertThat(published.facts())
        .containsExactly(
            new MeetingStepRecorded(
                MEETING,
                KnownConference.ID,
                "aad",
                "dr-ana",
                "dr-mentor",
                Step.REQUESTED,
                "dr-ana",
                STARTS,
                null,
                null,
                "America/Chicago",
                0));
  }

  @Test
  void aLaterStepTakesThePeopleFromTheRequest() {
    stored(0, REQUESTED);
    FollowUpDue due =
        new FollowUpDue(
            MEETING, "dr-ana", "dr-mentor", LocalDate.of(2027, 3, 10), LocalDate.of(2027, 3, 14));
    publisher.on(due, stored(1, due));

    assertThat(published.facts())
        .containsExactly(
            new MeetingStepRecorded(
                MEETING,
                KnownConference.ID,
                "aad",
                "dr-ana",
                "dr-mentor",
                Step.FOLLOW_UP_DUE,
                null,
                null,
                LocalDate.of(2027, 3, 10),
                LocalDate.of(2027, 3, 14),
                "America/Chicago",
                1));
  }

  @Test
  void aReplyIsTheInviteesAct() {
    stored(0, REQUESTED);
    FollowUpReplied replied = new FollowUpReplied(MEETING, LocalDate.of(2027, 3, 12));
    publisher.on(replied, stored(1, replied));

    MeetingStepRecorded step = (MeetingStepRecorded) published.facts().get(0);
    assertThat(step.step()).isEqualTo(Step.REPLIED);
    assertThat(step.actingMemberId()).isEqualTo("dr-mentor");
  }
}
