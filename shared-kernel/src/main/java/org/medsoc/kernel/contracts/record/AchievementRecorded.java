package org.medsoc.kernel.contracts.record;

import java.time.LocalDate;
import java.util.Objects;
import org.medsoc.kernel.messaging.IntegrationEvent;
import org.medsoc.kernel.messaging.IntegrationEventType;
import org.medsoc.kernel.messaging.Topics;

/**
 * Version 1: an achievement for a member's professional record, published by the service where it
 * happened (committee-service for appointments and awards, events-service for presentations and
 * talks) and kept by member-service.
 *
 * @param achievementId the producer's stable id of the achievement; the same id twice is one line
 * @param memberId the member (and the Kafka key)
 * @param kind what kind of achievement
 * @param title e.g. "Resident representative, Education Committee" or the talk's title
 * @param organization the society, committee or conference
 * @param achievedOn when it happened (or began)
 */
@IntegrationEventType(name = "record.AchievementRecorded", version = 1, topic = Topics.ACHIEVEMENTS)
public record AchievementRecorded(
    String achievementId,
    String memberId,
    Kind kind,
    String title,
    String organization,
    LocalDate achievedOn)
    implements IntegrationEvent {

  public enum Kind {
    COMMITTEE_APPOINTMENT,
    PRESENTATION,
    POSTER,
    TALK,
    AWARD
  }

  public AchievementRecorded {
    Objects.requireNonNull(achievementId, "achievementId is required");
    Objects.requireNonNull(memberId, "memberId is required");
    Objects.requireNonNull(kind, "kind is required");
    Objects.requireNonNull(title, "title is required");
    Objects.requireNonNull(achievedOn, "achievedOn is required");
  }

  @Override
  public String aggregateId() {
    return memberId;
  }
}
