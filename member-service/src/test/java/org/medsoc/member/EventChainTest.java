package org.medsoc.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
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

/**
 * The stored events are sealed into a keyed chain: verification holds on an untouched store, is
 * held to the checkpoint the service publishes, and finds out whoever holds the database and edits
 * an event, re-seals the history, or slips an event in behind the sealer.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    args = "--spring.config.name=" + MemberServiceApplication.CONFIG_NAME)
class EventChainTest {

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    TestInfrastructure.register(registry, "event_chain");
    registry.add("platform.event-chain.checkpoint-every", () -> "PT1S");
  }

  @LocalServerPort int port;
  @Autowired DataSource dataSource;

  @Test
  void a_history_rewritten_by_whoever_holds_the_database_is_found_out() {
    Http staff = Http.onPort(port).as(TestInfrastructure.identity().platformStaff());
    for (String name :
        List.of("Academy of Dermatology", "College of Physicians", "Chest Society")) {
      assertThat(staff.post("/societies", Map.of("name", name, "kind", "SPECIALTY")).status())
          .isEqualTo(201);
    }
    assertThat(
            Http.onPort(port)
                .as(TestInfrastructure.identity().member("nosy"))
                .get("/audit/event-chain")
                .status())
        .isEqualTo(403);
    new EventChainDrill("member-service", auditor(), dataSource)
        .run("College of Physicians", "College of Surgeons");
  }

  private Http auditor() {
    return Http.onPort(port)
        .as(TestInfrastructure.identity().token("auditor-chain", List.of("AUDITOR"), List.of()));
  }
}
