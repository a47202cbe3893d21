package org.medsoc.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.medsoc.testsupport.Http;
import org.medsoc.testsupport.TestInfrastructure;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Each service with an event store signs checkpoints of its chain; audit-service keeps them from
 * the broker, outside the services' databases; an auditor holds each service's chain to what the
 * audit kept, and it matches.
 */
class ChainCheckpointsAcrossServicesTest {

  private final RunningPlatform platform = RunningPlatform.get();

  @Test
  void every_services_chain_matches_the_checkpoints_the_audit_kept_of_it() {
    String run = String.valueOf(System.nanoTime());
    Http memberStaff = staff(platform.member);
    String societyId =
        memberStaff
            .post("/societies", Map.of("name", "Chain Society " + run, "kind", "SPECIALTY"))
            .text("societyId");
    staff(platform.committee, societyId)
        .post(
            "/societies/" + societyId + "/committees",
            Map.of(
                "name", "Chain Committee", "seatPlan", Map.of("MEMBER", 2), "defaultTermYears", 1));
    Http audit = auditor(platform.audit);
    for (Map.Entry<String, ConfigurableApplicationContext> service :
        Map.of("member-service", platform.member, "committee-service", platform.committee)
            .entrySet()) {
      String path = "/audit/chain-checkpoints/" + service.getKey();
      await().atMost(Duration.ofSeconds(30)).until(() -> audit.get(path).body().size() > 0);
      JsonNode kept = audit.get(path).body();
      assertThat(kept.at("/0/signature").asText()).hasSize(64);
      Http.Response held =
          auditor(service.getValue())
              .post("/audit/event-chain/checks", Map.of("checkpoints", kept));
      assertThat(held.status()).as(held.toString()).isEqualTo(200);
      assertThat(held.body().path("firstBrokenLink").isMissingNode())
          .as(service.getKey() + ": " + held.body())
          .isTrue();
      assertThat(held.body().path("checkpointsMatched").asInt()).isPositive();
    }
    assertThat(
            staff(platform.audit, societyId)
                .get("/audit/chain-checkpoints/member-service")
                .status())
        .as("society staff do not read the platform's chains")
        .isEqualTo(403);
  }

  private static Http staff(ConfigurableApplicationContext service) {
    return RunningPlatform.http(service).as(TestInfrastructure.identity().platformStaff());
  }

  private static Http staff(ConfigurableApplicationContext service, String societyId) {
    return RunningPlatform.http(service).as(TestInfrastructure.identity().staffOf(societyId));
  }

  private static Http auditor(ConfigurableApplicationContext service) {
    return RunningPlatform.http(service)
        .as(TestInfrastructure.identity().token("auditor-chains", List.of("AUDITOR"), List.of()));
  }
}
