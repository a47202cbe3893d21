package org.medsoc.kernel.messaging;

/**
 * A fact one service publishes for the others. Implementations are records annotated with {@link
 * IntegrationEventType}; once published, a version's fields are only ever added to (optional),
 * never renamed, removed or given a new meaning. A breaking change is a new version.
 */
public interface IntegrationEvent {

  /** The id of the aggregate the fact is about; it is the Kafka key, so its facts stay in order. */
  String aggregateId();
}
