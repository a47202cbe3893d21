package org.medsoc.committee;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.medsoc.testsupport.EventChainDrill;
import org.medsoc.testsupport.Http;
import org.medsoc.testsupport.TestInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** committee-service's keyed event chain withstands what the database's holder might do to it. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    args = "--spring.config.name=" + CommitteeServiceApplication.CONFIG_NAME)
class EventChainTest {

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    TestInfrastructure.register(registry, "committee_event_chain");
    registry.add("platform.event-chain.checkpoint-every", () -> "PT1S");
  }

  @LocalServerPort int port;
  @Autowired DataSource dataSource;

  @Test
  void a_history_rewritten_by_whoever_holds_the_database_is_found_out() {
    String society = "society-" + UUID.randomUUID();
    Http staff = Http.onPort(port).as(TestInfrastructure.identity().staffOf(society));
    for (String name : List.of("Education Committee", "Ethics Committee", "Wellbeing Committee")) {
      Http.Response created =
          staff.post(
              "/societies/" + society + "/committees",
              Map.of(
                  "name",
                  name,
                  "seatPlan",
                  Map.of("CHAIR", 1, "MEMBER", 3),
                  "defaultTermYears",
                  2));
      assertThat(created.status()).as(created.toString()).isEqualTo(201);
    }
    new EventChainDrill(
            "committee-service",
            Http.onPort(port)
                .as(
                    TestInfrastructure.identity()
                        .token("auditor-chain", List.of("AUDITOR"), List.of())),
            dataSource)
        .run("Ethics Committee", "Ethics Board");
  }
}
