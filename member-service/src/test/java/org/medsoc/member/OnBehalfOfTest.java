package org.medsoc.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.medsoc.kernel.member.TrainingLevel;
import org.medsoc.kernel.messaging.ActingPrincipal;
import org.medsoc.kernel.messaging.EventEnvelope;
import org.medsoc.kernel.messaging.IntegrationEventCodec;
import org.medsoc.member.member.api.MemberProfile;
import org.medsoc.member.member.api.RegisterMember;
import org.medsoc.platform.messaging.OnBehalfOf;
import org.medsoc.testsupport.MembershipFact;
import org.springframework.beans.factory.annotation.Autowired;

/** Work a service does because of another service's event names both actors and the cause. */
class OnBehalfOfTest extends MemberServiceTestBase {

  @Autowired CommandGateway commands;

  @Test
  void an_event_caused_by_another_services_event_records_the_original_actor_and_the_cause() {
    EventEnvelope cause =
        new IntegrationEventCodec()
            .wrap(
                MembershipFact.approved("m-elsewhere", "s-1")
                    .paidThrough(LocalDate.now())
                    .version(4)
                    .build(),
                UUID.randomUUID(),
                Instant.now(),
                new ActingPrincipal("staff-7", List.of("STAFF")),
                null,
                "portal-request-99",
                "domain-event-1");
    String memberId = UUID.randomUUID().toString();
    MemberProfile profile =
        new MemberProfile(
            "Ida",
            "Berg",
            "MD",
            "Northern Hospital",
            null,
            List.of(),
            "ida-" + System.nanoTime() + "@example.org",
            null);

    commands.sendAndWait(
        GenericCommandMessage.asCommandMessage(
                new RegisterMember(memberId, profile, TrainingLevel.ATTENDING, null, null))
            .withMetaData(OnBehalfOf.of(cause, "member-service")));

    assertThat(store.lastMetadataOf(memberId))
        .contains("\"principal\":\"system:member-service\"")
        .contains("\"onBehalfOf\":\"staff-7\"")
        .contains("\"onBehalfOfRoles\":\"STAFF\"")
        .contains("\"causationId\":\"" + cause.eventId() + "\"")
        .contains("\"correlationId\":\"portal-request-99\"");
  }
}
