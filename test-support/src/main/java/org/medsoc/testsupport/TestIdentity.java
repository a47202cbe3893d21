package org.medsoc.testsupport;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.medsoc.identity.AuthorizationServerConfiguration;
import org.medsoc.identity.IdentityProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;

/**
 * The development issuer running in the test JVM. A test asks for a token for any persona; the
 * persona is registered with the issuer on first use and the token fetched over HTTP, exactly as a
 * portal would get one.
 */
public final class TestIdentity {

  public static final String AUDIENCE = "medsoc-platform";

  private final ConfigurableApplicationContext issuer;
  private final String issuerUri;
  private final Map<IdentityProperties.Persona, String> tokens = new ConcurrentHashMap<>();
  private final HttpClient http = HttpClient.newHttpClient();

  TestIdentity(ConfigurableApplicationContext issuer, String issuerUri) {
    this.issuer = issuer;
    this.issuerUri = issuerUri;
  }

  public String issuerUri() {
    return issuerUri;
  }

  /** The issuer's signing keys, for tests that forge expired or misdirected tokens. */
  @SuppressWarnings("unchecked")
  public JWKSource<SecurityContext> signingKeys() {
    return issuer.getBean(JWKSource.class);
  }

  /** Staff of every society. */
  public String platformStaff() {
    return token("staff-platform", List.of("STAFF"), List.of("*"));
  }

  public String staffOf(String societyId) {
    return token("staff-" + societyId, List.of("STAFF"), List.of(societyId));
  }

  public String member(String subject) {
    return token(subject, List.of("MEMBER"), List.of());
  }

  /** A member who chairs this committee. */
  public String chairOf(String committeeId) {
    return tokens.computeIfAbsent(
        new IdentityProperties.Persona(
            "chair-of-" + committeeId, List.of("MEMBER", "CHAIR"), List.of(), List.of(committeeId)),
        this::issue);
  }

  /** A member, signed in as {@code subject}, who chairs this committee. */
  public String chair(String subject, String committeeId) {
    return tokens.computeIfAbsent(
        new IdentityProperties.Persona(
            subject, List.of("MEMBER", "CHAIR"), List.of(), List.of(committeeId)),
        this::issue);
  }

  /** A token naming committees in {@code committee_ids} with whatever roles it is given. */
  public String token(
      String subject, List<String> roles, List<String> societyIds, List<String> committeeIds) {
    return tokens.computeIfAbsent(
        new IdentityProperties.Persona(subject, roles, societyIds, committeeIds), this::issue);
  }

  public String token(String subject, List<String> roles, List<String> societyIds) {
    return tokens.computeIfAbsent(
        new IdentityProperties.Persona(subject, roles, societyIds, List.of()), this::issue);
  }

  private String issue(IdentityProperties.Persona persona) {
    String secret = UUID.randomUUID().toString();
    IdentityProperties properties = issuer.getBean(IdentityProperties.class);
    issuer
        .getBean(RegisteredClientRepository.class)
        .save(AuthorizationServerConfiguration.client(persona, secret, properties));
    String basic =
        Base64.getEncoder()
            .encodeToString((persona.subject() + ":" + secret).getBytes(StandardCharsets.UTF_8));
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(issuerUri + "/oauth2/token"))
            .header("Authorization", "Basic " + basic)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
            .build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException("No token for " + persona + ": " + response.body());
      }
      return new ObjectMapper().readTree(response.body()).path("access_token").asText();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
