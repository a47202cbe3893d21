package org.medsoc.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.medsoc.testsupport.EventStoreProbe;
import org.medsoc.testsupport.Http;
import org.medsoc.testsupport.TestInfrastructure;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Stops member-service and starts it again on the same database: aggregates come back from the
 * event store, and a lapse deadline set before the stop fires after it.
 */
class RestartTest {

  private final Map<String, Object> properties =
      new HashMap<>(TestInfrastructure.serviceProperties("member_restart"));

  @Test
  void state_and_deadlines_survive_a_restart() {
    properties.put("server.port", "0");
    String societyId;
    String memberId;
    JsonNode profileBefore;

    try (ConfigurableApplicationContext first = start()) {
      Http http = http(first);
      societyId =
          http.post(
                  "/societies",
                  Map.of("name", "American College of Physicians", "kind", "SPECIALTY"))
              .text("societyId");
      memberId =
          http.post(
                  "/members",
                  Map.of(
                      "profile",
                      MemberServiceTestBase.profile("Okafor", "restart@example.org"),
                      "trainingLevel",
                      "PGY3"))
              .text("memberId");
      http.post(
          "/members/" + memberId + "/memberships",
          Map.of("societyId", societyId, "category", "RESIDENT_FELLOW_IN_TRAINING"));
      assertThat(
              http.post(
                      "/members/" + memberId + "/memberships/" + societyId + "/approval",
                      MemberServiceTestBase.paidPeriod(LocalDate.now().plusMonths(6)))
                  .status())
          .isEqualTo(204);
      assertThat(
              http.post(
                      "/members/" + memberId + "/memberships/" + societyId + "/renewal",
                      MemberServiceTestBase.paidPeriod(LocalDate.now().plusMonths(18)))
                  .status())
          .isEqualTo(204);
      String id = memberId;
      await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> http.get("/members/" + id).status() == 200);
      profileBefore = http.get("/members/" + memberId).body().path("profile");
    }

    JdbcTemplate database = new JdbcTemplate(dataSourceOf(properties));
    // Both lapse deadlines (the approval's, made stale by the renewal, and the renewal's) wait in
    // PostgreSQL while the service is down. Let their time come.
    assertThat(
            database.queryForObject(
                "SELECT count(*) FROM scheduled_tasks WHERE task_name = 'AxonDeadline'",
                Integer.class))
        .isEqualTo(2);
    database.update(
        "UPDATE scheduled_tasks SET execution_time = now() - interval '1 second' WHERE task_name = 'AxonDeadline'");

    try (ConfigurableApplicationContext second = start()) {
      Http http = http(second);
      EventStoreProbe store = new EventStoreProbe(second.getBean(DataSource.class));
      String id = memberId;
      await()
          .atMost(Duration.ofSeconds(20))
          .untilAsserted(
              () ->
                  assertThat(store.eventTypesOf(id))
                      .containsExactly(
                          "MemberRegistered",
                          "MembershipApplied",
                          "MembershipApproved",
                          "MembershipRenewed",
                          "MembershipLapsed"));
      assertThat(store.lastMetadataOf(memberId))
          .contains("\"principal\":\"system:deadline:membership-lapse\"");

      await()
          .atMost(Duration.ofSeconds(10))
          .untilAsserted(
              () ->
                  assertThat(http.get("/members/" + id).body().at("/memberships/0/status").asText())
                      .isEqualTo("LAPSED"));
      assertThat(http.get("/members/" + memberId).body().path("profile")).isEqualTo(profileBefore);

      // The aggregate was rebuilt from its events: it knows the membership lapsed.
      assertThat(
              http.post(
                      "/members/" + memberId + "/memberships/" + societyId + "/renewal",
                      MemberServiceTestBase.paidPeriod(LocalDate.now().plusYears(2)))
                  .status())
          .isEqualTo(409);
      assertThat(
              http.post(
                      "/members/" + memberId + "/memberships/" + societyId + "/reinstatement",
                      MemberServiceTestBase.paidPeriod(LocalDate.now().plusYears(2)))
                  .status())
          .isEqualTo(204);
    }
  }

  private ConfigurableApplicationContext start() {
    return MemberServiceApplication.application().run(TestInfrastructure.asArguments(properties));
  }

  private static Http http(ConfigurableApplicationContext context) {
    return Http.onPort(((WebServerApplicationContext) context).getWebServer().getPort())
        .as(TestInfrastructure.identity().platformStaff());
  }

  private static DataSource dataSourceOf(Map<String, Object> properties) {
    org.postgresql.ds.PGSimpleDataSource dataSource = new org.postgresql.ds.PGSimpleDataSource();
    dataSource.setUrl((String) properties.get("spring.datasource.url"));
    dataSource.setUser("postgres");
    dataSource.setPassword("postgres");
    return dataSource;
  }
}
