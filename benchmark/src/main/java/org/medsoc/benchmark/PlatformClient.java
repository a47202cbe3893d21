package org.medsoc.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Map;
import java.util.Properties;

/** Calls the running platform over HTTP as the demo staff login, as a staff portal would. */
public final class PlatformClient {

  /** What a service answered; {@code status} is 0 when no answer came. */
  public record Answer(int status, JsonNode body) {
    public boolean accepted() {
      return status / 100 == 2;
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(2))
          .build();
  private final String token;

  private PlatformClient(String token) {
    this.token = token;
  }

  /** Signs in as {@code staff-demo} at the stack's development token issuer. */
  public static PlatformClient asStaff(Path stackHome) throws IOException, InterruptedException {
    return as(stackHome, "staff-demo");
  }

  /** Signs in as one of the development token issuer's logins. */
  public static PlatformClient as(Path stackHome, String login)
      throws IOException, InterruptedException {
    Properties secrets = new Properties();
    try (var in =
        Files.newInputStream(stackHome.resolve("identity/demo-client-secrets.properties"))) {
      secrets.load(in);
    }
    String basic =
        Base64.getEncoder().encodeToString((login + ":" + secrets.getProperty(login)).getBytes());
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://localhost:9000/oauth2/token"))
                    .header("Authorization", "Basic " + basic)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    return new PlatformClient(JSON.readTree(response.body()).path("access_token").asText());
  }

  /** Posts and insists on a 2xx answer. */
  public JsonNode post(String url, Object body) throws IOException, InterruptedException {
    Answer answer = send(url, body);
    if (!answer.accepted()) {
      throw new IllegalStateException(url + " answered " + answer.status() + ": " + answer.body());
    }
    return answer.body();
  }

  /** Posts and reports whatever came back; an {@link IOException} means no answer came. */
  public Answer send(String url, Object body) throws IOException, InterruptedException {
    return send("POST", url, "application/json", JSON.writeValueAsString(body));
  }

  /** Sends a body of any type with any method and insists on a 2xx answer. */
  public JsonNode exchange(String method, String url, String contentType, String body)
      throws IOException, InterruptedException {
    Answer answer = send(method, url, contentType, body);
    if (!answer.accepted()) {
      throw new IllegalStateException(url + " answered " + answer.status() + ": " + answer.body());
    }
    return answer.body();
  }

  private Answer send(String method, String url, String contentType, String body)
      throws IOException, InterruptedException {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(20))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    return new Answer(
        response.statusCode(),
        response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body()));
  }

  /** A society and its annual meeting, by id. */
  public record AnnualMeeting(String societyId, String conferenceId) {}

  /** Staff found a society and open its annual meeting. */
  public AnnualMeeting societyWithAnnualMeeting(String name, LocalDate firstDay, int capacity)
      throws IOException, InterruptedException {
    String societyId =
        post("http://localhost:8081/societies", Map.of("name", name, "kind", "SPECIALTY"))
            .path("societyId")
            .asText();
    String conferenceId =
        post(
                "http://localhost:8083/societies/" + societyId + "/conferences",
                Map.of(
                    "name",
                    "Annual Meeting",
                    "startDate",
                    firstDay.toString(),
                    "endDate",
                    firstDay.plusDays(2).toString(),
                    "timeZone",
                    "America/Chicago",
                    "venue",
                    "Convention Center",
                    "capacity",
                    capacity,
                    "fees",
                    Map.of("MEMBER_TRAINEE", 150, "MEMBER", 450, "NON_MEMBER", 900),
                    "currency",
                    "USD"))
            .path("conferenceId")
            .asText();
    return new AnnualMeeting(societyId, conferenceId);
  }

  /** A GET whose answer is not JSON (metrics in Prometheus' text format). */
  public String text(String url) throws IOException, InterruptedException {
    HttpResponse<String> response = fetch(url);
    if (response.statusCode() != 200) {
      throw new IllegalStateException(url + " answered " + response.statusCode());
    }
    return response.body();
  }

  public JsonNode get(String url) throws IOException, InterruptedException {
    return JSON.readTree(fetch(url).body());
  }

  private HttpResponse<String> fetch(String url) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofSeconds(20))
            .header("Authorization", "Bearer " + token)
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
