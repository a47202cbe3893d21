package org.medsoc.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.medsoc.kernel.contracts.member.MembershipChanged;
import org.medsoc.kernel.member.MembershipCategory;
import org.medsoc.kernel.member.MembershipStatus;
import org.medsoc.kernel.member.TrainingLevel;
import org.medsoc.kernel.messaging.ActingPrincipal;
import org.medsoc.kernel.messaging.EventEnvelope;
import org.medsoc.kernel.messaging.IntegrationEventCodec;
import org.medsoc.kernel.messaging.MalformedIntegrationEventException;

class IntegrationEventCodecTest {

  private final IntegrationEventCodec codec = new IntegrationEventCodec();

  private final MembershipChanged approved =
      new MembershipChanged(
          "m-1",
          "s-1",
          MembershipChanged.Change.APPROVED,
          MembershipStatus.ACTIVE,
          MembershipCategory.RESIDENT_FELLOW_IN_TRAINING,
          TrainingLevel.PGY2,
          LocalDate.of(2027, 6, 30),
          Set.of("sec-1"),
          3,
          null);

  @Test
  void an_envelope_survives_the_wire_with_all_its_metadata() {
    UUID id = UUID.randomUUID();
    EventEnvelope sent =
        codec.wrap(
            approved,
            id,
            Instant.parse("2026-11-21T10:15:30Z"),
            new ActingPrincipal("staff-7", java.util.List.of("STAFF")),
            null,
            "corr-1",
            "cause-1");

    EventEnvelope received = codec.decode(codec.encode(sent));

    assertThat(received.eventId()).isEqualTo(id);
    assertThat(received.type()).isEqualTo("member.MembershipChanged");
    assertThat(received.schemaVersion()).isEqualTo(1);
    assertThat(received.aggregateId()).isEqualTo("m-1");
    assertThat(received.principal().subject()).isEqualTo("staff-7");
    assertThat(received.correlationId()).isEqualTo("corr-1");
    assertThat(received.causationId()).isEqualTo("cause-1");
    assertThat(codec.payload(received, MembershipChanged.class)).isEqualTo(approved);
  }

  @Test
  void a_message_that_is_not_json_is_malformed() {
    assertThatThrownBy(() -> codec.decode("{not json"))
        .isInstanceOf(MalformedIntegrationEventException.class)
        .hasMessageContaining("not a readable envelope");
  }

  @Test
  void an_envelope_without_its_audit_metadata_is_malformed() {
    assertThatThrownBy(() -> codec.decode("{\"type\":\"member.MembershipChanged\",\"payload\":{}}"))
        .isInstanceOf(MalformedIntegrationEventException.class)
        .hasMessageContaining("eventId")
        .hasMessageContaining("principal")
        .hasMessageContaining("correlationId");
  }

  @Test
  void a_payload_missing_a_required_field_is_malformed() {
    EventEnvelope sent =
        codec.wrap(
            approved, UUID.randomUUID(), Instant.now(), ActingPrincipal.ANONYMOUS, null, "c", "c");
    ((com.fasterxml.jackson.databind.node.ObjectNode) sent.payload()).remove("status");

    assertThatThrownBy(() -> codec.payload(sent, MembershipChanged.class))
        .isInstanceOf(MalformedIntegrationEventException.class)
        .hasMessageContaining("status is required");
  }

  @Test
  void a_newer_schema_version_is_not_read_as_an_older_one() {
    EventEnvelope sent =
        codec.wrap(
            approved, UUID.randomUUID(), Instant.now(), ActingPrincipal.ANONYMOUS, null, "c", "c");
    EventEnvelope v2 =
        new EventEnvelope(
            sent.eventId(),
            sent.type(),
            2,
            sent.occurredAt(),
            sent.aggregateId(),
            sent.principal(),
            null,
            "c",
            "c",
            sent.payload());

    assertThatThrownBy(() -> codec.payload(v2, MembershipChanged.class))
        .isInstanceOf(MalformedIntegrationEventException.class)
        .hasMessageContaining("expected member.MembershipChanged v1");
  }
}
