package org.medsoc.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.medsoc.testsupport.EventStoreProbe;
import org.medsoc.testsupport.Http;
import org.medsoc.testsupport.TestInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The stored events are hash-chained: verification holds on an untouched store and names the first
 * event someone changed directly in PostgreSQL, without crashing.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    args = "--spring.config.name=" + MemberServiceApplication.CONFIG_NAME)
class EventChainTest {

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    TestInfrastructure.register(registry, "event_chain");
  }

  @LocalServerPort int port;
  @Autowired DataSource dataSource;

  @Test
  void verification_holds_then_names_the_event_changed_in_the_database() {
    Http staff = Http.onPort(port).as(TestInfrastructure.identity().platformStaff());
    Http auditor =
        Http.onPort(port)
            .as(
                TestInfrastructure.identity()
                    .token("auditor-chain", List.of("AUDITOR"), List.of()));
    for (String name :
        List.of("Academy of Dermatology", "College of Physicians", "Chest Society")) {
      assertThat(staff.post("/societies", Map.of("name", name, "kind", "SPECIALTY")).status())
          .isEqualTo(201);
    }
    long events = new EventStoreProbe(dataSource).eventCount();
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () -> {
              JsonNode chain = auditor.get("/audit/event-chain").body();
              assertThat(chain.path("sealedEvents").asLong()).isEqualTo(events);
              assertThat(chain.path("unsealedEvents").asLong()).isZero();
              assertThat(chain.path("firstBrokenLink").isMissingNode()).isTrue();
              assertThat(chain.path("headHash").asText()).hasSize(64);
            });
    assertThat(
            Http.onPort(port)
                .as(TestInfrastructure.identity().member("nosy"))
                .get("/audit/event-chain")
                .status())
        .isEqualTo(403);

    // Someone with database rights rewrites history: the second society's name.
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    long tampered =
        jdbc.queryForObject(
            "SELECT globalindex FROM domainevententry WHERE convert_from(payload, 'UTF8') LIKE"
                + " '%College of Physicians%'",
            Long.class);
    jdbc.execute("ALTER TABLE domainevententry DISABLE TRIGGER domainevententry_append_only");
    jdbc.update(
        "UPDATE domainevententry SET payload = convert_to(replace(convert_from(payload, 'UTF8'),"
            + " 'College of Physicians', 'College of Surgeons'), 'UTF8') WHERE globalindex = ?",
        tampered);
    jdbc.execute("ALTER TABLE domainevententry ENABLE TRIGGER domainevententry_append_only");

    Http.Response verification = auditor.get("/audit/event-chain");
    assertThat(verification.status()).isEqualTo(200);
    JsonNode broken = verification.body().path("firstBrokenLink");
    assertThat(broken.path("globalIndex").asLong()).isEqualTo(tampered);
    assertThat(broken.path("reason").asText())
        .isEqualTo("the stored event differs from what was sealed");
    assertThat(verification.body().path("sealedEvents").asLong())
        .as("the links before the changed event still hold")
        .isEqualTo(
            jdbc.queryForObject(
                "SELECT count(*) FROM event_seal WHERE global_index < ?", Long.class, tampered));
  }
}
