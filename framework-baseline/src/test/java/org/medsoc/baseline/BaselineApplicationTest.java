package org.medsoc.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The yardstick measures what it says: each accepted command stores one event, a refused none. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BaselineApplicationTest {

  private static EmbeddedPostgres postgres;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) throws IOException {
    postgres = EmbeddedPostgres.builder().start();
    registry.add("spring.datasource.url", () -> postgres.getJdbcUrl("postgres", "postgres"));
  }

  @AfterAll
  static void stop() throws IOException {
    postgres.close();
  }

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void an_enrolment_and_its_steps_are_stored_as_events_and_a_step_out_of_turn_is_refused()
      throws Exception {
    HttpResponse<String> enrolled = post("/enrolments", "{\"name\":\"Amara\"}");
    assertThat(enrolled.statusCode()).isEqualTo(201);
    String id = enrolled.body().replaceAll(".*\"enrolmentId\":\"([^\"]+)\".*", "$1");

    assertThat(post("/enrolments/" + id + "/steps", "{\"step\":1}").statusCode()).isEqualTo(204);
    assertThat(post("/enrolments/" + id + "/steps", "{\"step\":2}").statusCode()).isEqualTo(204);
    assertThat(post("/enrolments/" + id + "/steps", "{\"step\":4}").statusCode()).isEqualTo(409);

    assertThat(
            jdbc.queryForList(
                "SELECT payloadtype FROM domainevententry WHERE aggregateidentifier = ?"
                    + " ORDER BY sequencenumber",
                String.class,
                id))
        .containsExactly(
            "org.medsoc.baseline.enrolment.Enrolled",
            "org.medsoc.baseline.enrolment.StepTaken",
            "org.medsoc.baseline.enrolment.StepTaken");
  }

  private HttpResponse<String> post(String path, String json) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
