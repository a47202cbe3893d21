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
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.medsoc.identity.IdentityProperties;
import org.medsoc.identity.account.Accounts;
import org.medsoc.identity.account.LinkCourier;
import org.medsoc.identity.account.MachineClients;
import org.medsoc.identity.account.Secrets;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

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

  public String token(String subject, List<String> roles, List<String> societyIds) {
    return tokens.computeIfAbsent(
        new IdentityProperties.Persona(subject, roles, societyIds), this::issue);
  }

  /**
   * A person who signs in with the form: an account with a verified address and the roles and
   * societies given. Answers the password.
   */
  public String person(String email, String name, List<String> roles, List<String> societyIds) {
    String password = "pw-" + UUID.randomUUID();
    issuer
        .getBean(Accounts.class)
        .saveDemoPerson(
            email, name, issuer.getBean(PasswordEncoder.class).encode(password), roles, societyIds);
    return password;
  }

  /** The subject of a person's tokens: what the services know their login by. */
  public String subjectOf(String email) {
    return issuer
        .getBean(Accounts.class)
        .byEmail(email)
        .orElseThrow(() -> new IllegalArgumentException("no person " + email))
        .accountId();
  }

  /**
   * A person's access token, got as the portal gets one: the sign-in form, the authorization code
   * and PKCE.
   */
  public String signIn(String email, String password) {
    return new PersonSignIn(
            issuerUri, "http://localhost:" + TestInfrastructure.portalPort(), portalClientSecret())
        .accessToken(email, password);
  }

  /** A person who signed up and has not yet opened the link that verifies their address. */
  public String unverifiedPerson(String email, String name) {
    String password = "pw-" + UUID.randomUUID();
    issuer
        .getBean(Accounts.class)
        .createPerson(email, name, issuer.getBean(PasswordEncoder.class).encode(password));
    return password;
  }

  /** The latest link the issuer sent to this address (an invitation, a verification). */
  public Optional<String> latestLinkTo(String email) {
    return issuer.getBean(LinkCourier.class).latestTo(email);
  }

  /** The portal's client secret, for a portal started in the tests. */
  public String portalClientSecret() {
    return issuer.getBean(Secrets.class).portalClientSecret();
  }

  private String issue(IdentityProperties.Persona persona) {
    String secret = UUID.randomUUID().toString();
    issuer.getBean(MachineClients.class).save(persona, secret);
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
