package org.medsoc.kernel.contracts.events;

import java.time.LocalDate;
import java.util.Objects;
import org.medsoc.kernel.messaging.IntegrationEvent;
import org.medsoc.kernel.messaging.IntegrationEventType;
import org.medsoc.kernel.messaging.Topics;

/**
 * Version 1: a conference was scheduled by a society, so other services can tell which society's a
 * conference is (a call for talks names a conference of its own society only).
 *
 * @param conferenceId the conference (and the Kafka key)
 * @param societyId the society holding it
 * @param name its name
 * @param startDate its first day
 * @param endDate its last day
 */
@IntegrationEventType(name = "events.ConferenceScheduled", version = 1, topic = Topics.CONFERENCES)
public record ConferenceScheduled(
    String conferenceId, String societyId, String name, LocalDate startDate, LocalDate endDate)
    implements IntegrationEvent {

  public ConferenceScheduled {
    Objects.requireNonNull(conferenceId, "conferenceId is required");
    Objects.requireNonNull(societyId, "societyId is required");
  }

  @Override
  public String aggregateId() {
    return conferenceId;
  }
}
