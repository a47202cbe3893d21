package org.medsoc.platform.republish;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.medsoc.kernel.error.DomainException;

/**
 * Publishes a service's integration facts again from its event store, for a new consumer or a topic
 * lost and made again: the publisher's processor starts over from the first stored event, its
 * handlers run again over every event (the tables they keep for themselves emptied first by their
 * reset handlers, so each fact is built as it was then), and each fact goes out with the id it had
 * the first time, so a consumer that saw it drops it. The topics chosen travel in the reset token,
 * so whichever instance claims the publisher's segment honours them; facts of events stored after
 * the start are published as always.
 */
public class Republication {

  public static final String PUBLISHER = "integration-publisher";

  /**
   * @param republishing whether the publisher is still going over the events stored before the
   *     start
   * @param topics the topics being published again, empty for all
   * @param position the last event the publisher handled
   * @param head the last event in the store
   */
  public record Status(boolean republishing, List<String> topics, long position, long head) {}

  private final EventProcessingConfiguration processing;
  private final EventStore store;

  public Republication(EventProcessingConfiguration processing, EventStore store) {
    this.processing = processing;
    this.store = store;
  }

  /** Starts publishing the facts of these topics again (all the service's, when empty). */
  public Status start(List<String> topics) {
    StreamingEventProcessor publisher = publisher();
    if (replaying(publisher)) {
      throw DomainException.conflict("topics", "a republication is under way");
    }
    publisher.shutDown();
    try {
      publisher.resetTokens(String.join(",", topics));
    } catch (RuntimeException claimedElsewhere) {
      throw DomainException.conflict(
          "topics",
          "another instance holds the publisher; start the republication there, or with one"
              + " instance running");
    } finally {
      publisher.start();
    }
    // The processor claims its segment a moment later; until then it reports nothing.
    return new Status(true, List.copyOf(topics), 0, head());
  }

  public Status status() {
    StreamingEventProcessor publisher = publisher();
    long position =
        publisher.processingStatus().values().stream()
            .map(EventTrackerStatus::getCurrentPosition)
            .filter(OptionalLong::isPresent)
            .mapToLong(OptionalLong::getAsLong)
            .min()
            .orElse(0);
    List<String> topics =
        publisher.processingStatus().values().stream()
            .map(EventTrackerStatus::getTrackingToken)
            .map(token -> ReplayToken.replayContext(token, String.class))
            .flatMap(java.util.Optional::stream)
            .findFirst()
            .map(Republication::topics)
            .orElse(List.of());
    return new Status(replaying(publisher), topics, position, head());
  }

  private long head() {
    TrackingToken head = store.createHeadToken();
    return head == null ? 0 : head.position().orElse(0);
  }

  /**
   * Whether a fact of this topic, caused by this event, is sent: always, but while the facts of
   * other topics are being published again.
   */
  public static boolean sends(String topic, EventMessage<?> cause) {
    if (!ReplayToken.isReplay(cause)) {
      return true;
    }
    List<String> topics =
        ReplayToken.replayContext(cause, String.class).map(Republication::topics).orElse(List.of());
    return topics.isEmpty() || topics.contains(topic);
  }

  private static List<String> topics(String context) {
    return context.isBlank() ? List.of() : Arrays.asList(context.split(","));
  }

  /**
   * Whether a segment is still short of where the store ended when the republication began (Axon
   * keeps calling it a replay until an event after that arrives).
   */
  private static boolean replaying(StreamingEventProcessor publisher) {
    return publisher.processingStatus().values().stream()
        .anyMatch(
            segment -> {
              TrackingToken token = segment.getTrackingToken();
              OptionalLong end = ReplayToken.getTokenAtReset(token);
              OptionalLong at = token == null ? OptionalLong.empty() : token.position();
              return ReplayToken.isReplay(token)
                  && end.isPresent()
                  && (at.isEmpty() || at.getAsLong() < end.getAsLong());
            });
  }

  private StreamingEventProcessor publisher() {
    return processing
        .eventProcessor(PUBLISHER, StreamingEventProcessor.class)
        .orElseThrow(() -> DomainException.notFound("topics", "this service publishes no facts"));
  }
}
