package org.medsoc.kernel.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;

/**
 * What travels on every topic: the metadata that makes the audit trail possible around the
 * contract's payload.
 *
 * @param eventId unique and stable: a re-delivery of the same fact carries the same id
 * @param type the contract name, e.g. {@code member.MembershipChanged}
 * @param schemaVersion the contract version the payload follows
 * @param occurredAt when the fact happened in the producing service
 * @param aggregateId the aggregate the fact is about (also the Kafka key)
 * @param principal who took the action
 * @param onBehalfOf the original actor when a service acts because of another service's event
 * @param correlationId the id shared by everything one original request caused
 * @param causationId the id of the message that directly caused this one
 * @param payload the contract's fields
 */
public record EventEnvelope(
    UUID eventId,
    String type,
    int schemaVersion,
    Instant occurredAt,
    String aggregateId,
    ActingPrincipal principal,
    ActingPrincipal onBehalfOf,
    String correlationId,
    String causationId,
    JsonNode payload) {}
