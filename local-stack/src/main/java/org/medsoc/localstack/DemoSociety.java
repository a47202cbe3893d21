package org.medsoc.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The demo society a newcomer finds on first start: the society itself, and its office staff
 * working for it. Made once (remembered in the identity home), through the APIs as anyone would.
 */
final class DemoSociety {

  static final String NAME = "Demo College of Internal Medicine";
  static final String OFFICE = "office@demo.medsoc.test";

  private final Path identityHome;
  private final String issuer;
  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();

  DemoSociety(Path identityHome, String issuer) {
    this.identityHome = identityHome;
    this.issuer = issuer;
  }

  void ensure(String memberService) throws IOException, InterruptedException {
    Path made = identityHome.resolve("demo-society.properties");
    if (Files.exists(made)) {
      return;
    }
    String society =
        send(HttpRequest.newBuilder(URI.create(memberService + "/societies"))
                .header("Authorization", "Bearer " + token("staff-demo"))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        json.writeValueAsString(Map.of("name", NAME, "kind", "SPECIALTY")))))
            .path("societyId")
            .asText();
    String admin = token("admin-demo");
    JsonNode office =
        send(HttpRequest.newBuilder(
                    URI.create(
                        issuer
                            + "/api/accounts?q="
                            + URLEncoder.encode(OFFICE, StandardCharsets.UTF_8)))
                .header("Authorization", "Bearer " + admin))
            .path(0);
    send(
        HttpRequest.newBuilder(
                URI.create(
                    issuer + "/api/accounts/" + office.path("accountId").asText() + "/access"))
            .header("Authorization", "Bearer " + admin)
            .header("Content-Type", "application/json")
            .PUT(
                HttpRequest.BodyPublishers.ofString(
                    json.writeValueAsString(
                        Map.of(
                            "roles", java.util.List.of("STAFF"),
                            "societyIds", java.util.List.of(society))))));
    Files.writeString(made, "societyId=" + society + "\n");
    System.out.println("  made the demo society " + NAME);
  }

  /** The demo people and their passwords, as the issuer generated them. */
  static void printSignIns(Path identityHome) throws IOException {
    Properties passwords = load(identityHome.resolve("demo-passwords.properties"));
    new TreeMap<>(passwords)
        .forEach((email, password) -> System.out.printf("  %-30s %s%n", email, password));
  }

  private String token(String client) throws IOException, InterruptedException {
    String secret =
        load(identityHome.resolve("demo-client-secrets.properties")).getProperty(client);
    String basic =
        Base64.getEncoder()
            .encodeToString((client + ":" + secret).getBytes(StandardCharsets.UTF_8));
    return send(HttpRequest.newBuilder(URI.create(issuer + "/oauth2/token"))
            .header("Authorization", "Basic " + basic)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")))
        .path("access_token")
        .asText();
  }

  private JsonNode send(HttpRequest.Builder request) throws IOException, InterruptedException {
    HttpResponse<String> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() >= 300) {
      throw new IllegalStateException(
          "The demo society could not be made: " + response.statusCode() + " " + response.body());
    }
    return response.body().isEmpty() ? json.createObjectNode() : json.readTree(response.body());
  }

  private static Properties load(Path file) throws IOException {
    Properties properties = new Properties();
    try (var in = Files.newInputStream(file)) {
      properties.load(in);
    }
    return properties;
  }
}
