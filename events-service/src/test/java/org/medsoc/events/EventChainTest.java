package org.medsoc.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
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

/** events-service's keyed event chain withstands what the database's holder might do to it. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    args = "--spring.config.name=" + EventsServiceApplication.CONFIG_NAME)
class EventChainTest {

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    TestInfrastructure.register(registry, "events_event_chain");
    registry.add("platform.event-chain.checkpoint-every", () -> "PT1S");
  }

  @LocalServerPort int port;
  @Autowired DataSource dataSource;

  @Test
  void a_history_rewritten_by_whoever_holds_the_database_is_found_out() {
    String society = "society-" + UUID.randomUUID();
    Http staff = Http.onPort(port).as(TestInfrastructure.identity().staffOf(society));
    LocalDate firstDay = LocalDate.now(ZoneOffset.UTC).plusDays(30);
    for (String name : List.of("Annual Meeting", "Winter Symposium", "Regional Day")) {
      Http.Response created =
          staff.post(
              "/societies/" + society + "/conferences",
              Map.of(
                  "name",
                  name,
                  "startDate",
                  firstDay.toString(),
                  "endDate",
                  firstDay.plusDays(1).toString(),
                  "timeZone",
                  "Europe/Paris",
                  "venue",
                  "Palais des Congrès",
                  "capacity",
                  100,
                  "fees",
                  Map.of("MEMBER_TRAINEE", 50, "MEMBER", 400, "NON_MEMBER", 700),
                  "currency",
                  "EUR"));
      assertThat(created.status()).as(created.toString()).isEqualTo(201);
    }
    new EventChainDrill(
            "events-service",
            Http.onPort(port)
                .as(
                    TestInfrastructure.identity()
                        .token("auditor-chain", List.of("AUDITOR"), List.of())),
            dataSource)
        .run("Winter Symposium", "Summer Symposium");
  }
}
