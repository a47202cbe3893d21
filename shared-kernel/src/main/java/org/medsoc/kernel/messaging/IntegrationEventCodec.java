package org.medsoc.kernel.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.medsoc.kernel.json.KernelJson;

/** Writes and reads envelopes, checking everything a consumer relies on before it acts. */
public final class IntegrationEventCodec {

  private final ObjectMapper mapper;

  public IntegrationEventCodec() {
    this(KernelJson.newObjectMapper());
  }

  public IntegrationEventCodec(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  public static IntegrationEventType typeOf(Class<? extends IntegrationEvent> contract) {
    IntegrationEventType type = contract.getAnnotation(IntegrationEventType.class);
    if (type == null) {
      throw new IllegalArgumentException(contract + " is not annotated with @IntegrationEventType");
    }
    return type;
  }

  public EventEnvelope wrap(
      IntegrationEvent payload,
      UUID eventId,
      Instant occurredAt,
      ActingPrincipal principal,
      ActingPrincipal onBehalfOf,
      String correlationId,
      String causationId) {
    IntegrationEventType type = typeOf(payload.getClass());
    return new EventEnvelope(
        eventId,
        type.name(),
        type.version(),
        occurredAt,
        payload.aggregateId(),
        principal,
        onBehalfOf,
        correlationId,
        causationId,
        mapper.valueToTree(payload));
  }

  public String encode(EventEnvelope envelope) {
    try {
      return mapper.writeValueAsString(envelope);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write envelope " + envelope.eventId(), e);
    }
  }

  /** Reads an envelope and checks its mandatory metadata; a message failing either is malformed. */
  public EventEnvelope decode(String json) {
    if (json == null || json.isBlank()) {
      throw new MalformedIntegrationEventException("empty message");
    }
    EventEnvelope envelope;
    try {
      envelope = mapper.readValue(json, EventEnvelope.class);
    } catch (JsonProcessingException e) {
      throw new MalformedIntegrationEventException(
          "not a readable envelope: " + e.getOriginalMessage(), e);
    }
    List<String> missing = new ArrayList<>();
    if (envelope.eventId() == null) missing.add("eventId");
    if (envelope.type() == null) missing.add("type");
    if (envelope.schemaVersion() < 1) missing.add("schemaVersion");
    if (envelope.occurredAt() == null) missing.add("occurredAt");
    if (envelope.aggregateId() == null) missing.add("aggregateId");
    if (envelope.principal() == null) missing.add("principal");
    if (envelope.correlationId() == null) missing.add("correlationId");
    if (envelope.causationId() == null) missing.add("causationId");
    if (envelope.payload() == null || !envelope.payload().isObject()) missing.add("payload");
    if (!missing.isEmpty()) {
      throw new MalformedIntegrationEventException("envelope lacks " + String.join(", ", missing));
    }
    return envelope;
  }

  /** The payload as the given contract, refusing a type or a schema version it does not follow. */
  public <T extends IntegrationEvent> T payload(EventEnvelope envelope, Class<T> contract) {
    IntegrationEventType type = typeOf(contract);
    if (!type.name().equals(envelope.type()) || type.version() != envelope.schemaVersion()) {
      throw new MalformedIntegrationEventException(
          "expected %s v%d, got %s v%d"
              .formatted(type.name(), type.version(), envelope.type(), envelope.schemaVersion()));
    }
    T payload;
    try {
      payload = mapper.treeToValue(envelope.payload(), contract);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new MalformedIntegrationEventException(
          "payload is not a valid %s v%d: %s"
              .formatted(type.name(), type.version(), rootMessage(e)),
          e);
    }
    if (!envelope.aggregateId().equals(payload.aggregateId())) {
      throw new MalformedIntegrationEventException(
          "envelope aggregateId %s differs from the payload's %s"
              .formatted(envelope.aggregateId(), payload.aggregateId()));
    }
    return payload;
  }

  public JsonNode toTree(Object value) {
    return mapper.valueToTree(value);
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage();
  }
}
