package org.medsoc.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.medsoc.testsupport.Http;
import org.medsoc.testsupport.TestIdentity;
import org.medsoc.testsupport.TestInfrastructure;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/** Tokens that must not open the door, owners and strangers, and what each may see. */
class SecurityTest extends MemberServiceTestBase {

  private final TestIdentity identity = TestInfrastructure.identity();

  @Test
  void no_token_or_a_token_that_is_not_a_jwt_is_unauthorized() {
    Http anonymous = Http.onPort(port);
    assertUnauthorized(anonymous.get("/societies/any"));
    assertUnauthorized(anonymous.as("not-a-jwt").get("/societies/any"));
  }

  @Test
  void an_expired_token_from_the_right_issuer_is_unauthorized() {
    Instant issued = Instant.now().minusSeconds(3600);
    String expired =
        sign(identity.signingKeys(), claims(identity.issuerUri(), TestIdentity.AUDIENCE, issued));
    assertUnauthorized(Http.onPort(port).as(expired).get("/societies/any"));
  }

  @Test
  void a_token_signed_with_another_key_is_unauthorized() throws Exception {
    RSAKey stranger = new RSAKeyGenerator(2048).keyID("stranger").generate();
    String forged =
        sign(
            new ImmutableJWKSet<>(new com.nimbusds.jose.jwk.JWKSet(stranger)),
            claims(identity.issuerUri(), TestIdentity.AUDIENCE, Instant.now()));
    assertUnauthorized(Http.onPort(port).as(forged).get("/societies/any"));
  }

  @Test
  void a_token_for_another_audience_or_from_another_issuer_is_unauthorized() {
    String otherAudience =
        sign(identity.signingKeys(), claims(identity.issuerUri(), "some-other-api", Instant.now()));
    String otherIssuer =
        sign(
            identity.signingKeys(),
            claims("https://sso.example.org", TestIdentity.AUDIENCE, Instant.now()));
    assertUnauthorized(Http.onPort(port).as(otherAudience).get("/societies/any"));
    assertUnauthorized(Http.onPort(port).as(otherIssuer).get("/societies/any"));
  }

  @Test
  void a_well_formed_access_token_signed_by_the_issuer_is_accepted() {
    String token =
        sign(
            identity.signingKeys(),
            claims(identity.issuerUri(), TestIdentity.AUDIENCE, Instant.now()));
    assertThat(Http.onPort(port).as(token).get("/societies/any").status()).isEqualTo(404);
  }

  @Test
  void a_token_without_an_expiry_is_unauthorized() {
    JwtClaimsSet forever =
        JwtClaimsSet.builder()
            .issuer(identity.issuerUri())
            .subject("staff-forever")
            .audience(List.of(TestIdentity.AUDIENCE))
            .issuedAt(Instant.now())
            .claim("roles", List.of("STAFF"))
            .claim("society_ids", List.of("*"))
            .build();
    assertUnauthorized(
        Http.onPort(port).as(sign(identity.signingKeys(), forever)).get("/societies/any"));
  }

  @Test
  void an_id_token_is_not_an_access_token_even_for_the_platforms_audience() {
    JwtClaimsSet idToken =
        JwtClaimsSet.from(claims(identity.issuerUri(), TestIdentity.AUDIENCE, Instant.now()))
            .claim("nonce", "n-0S6_WzA2Mj")
            .claim("at_hash", "77QmUPtjPfzWtF2AnpK9RQ")
            .build();
    assertUnauthorized(
        Http.onPort(port).as(sign(identity.signingKeys(), idToken, "JWT")).get("/societies/any"));
    assertUnauthorized(
        Http.onPort(port)
            .as(sign(identity.signingKeys(), idToken, "at+jwt"))
            .get("/societies/any"));
    assertUnauthorized(
        Http.onPort(port)
            .as(
                sign(
                    identity.signingKeys(),
                    claims(identity.issuerUri(), TestIdentity.AUDIENCE, Instant.now()),
                    null))
            .get("/societies/any"));
  }

  @Test
  void a_member_acting_on_someone_else_gets_a_forbidden_that_reveals_nothing() {
    Http amara = Http.onPort(port).as(identity.member("login-amara-" + System.nanoTime()));
    String amaraId =
        amara
            .post(
                "/members",
                Map.of("profile", profile("Okafor", unique("amara")), "trainingLevel", "PGY2"))
            .text("memberId");
    String someoneElse = newMember("Baker", "PGY3");

    Http.Response existing =
        amara.put("/members/" + someoneElse + "/training-level", Map.of("trainingLevel", "PGY4"));
    Http.Response missing =
        amara.put("/members/no-such-member/training-level", Map.of("trainingLevel", "PGY4"));
    Http.Response invalidBody =
        amara.put("/members/" + someoneElse + "/profile", "{\"nonsense\":true}");

    for (Http.Response refused : List.of(existing, missing, invalidBody)) {
      assertThat(refused.status()).isEqualTo(403);
      assertThat(refused.contentType()).startsWith("application/problem+json");
      assertThat(refused.body()).isEqualTo(existing.body());
    }
    assertThat(
            amara
                .put("/members/" + amaraId + "/training-level", Map.of("trainingLevel", "PGY3"))
                .status())
        .isEqualTo(204);
  }

  @Test
  void contact_data_is_shown_to_the_member_and_staff_but_not_to_other_members() {
    String subject = "login-lena-" + System.nanoTime();
    Http lena = Http.onPort(port).as(identity.member(subject));
    String email = unique("lena");
    String lenaId =
        lena.post("/members", Map.of("profile", profile("Hart", email), "trainingLevel", "MS4"))
            .text("memberId");
    Http otherMember = Http.onPort(port).as(identity.member("login-other-" + System.nanoTime()));

    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> lena.get("/members/" + lenaId).status() == 200);
    assertThat(lena.get("/members/" + lenaId).body().at("/profile/email").asText())
        .isEqualTo(email);
    assertThat(http.get("/members/" + lenaId).body().at("/profile/email").asText())
        .isEqualTo(email);
    Http.Response card = otherMember.get("/members/" + lenaId);
    assertThat(card.status()).isEqualTo(200);
    assertThat(card.text("familyName")).isEqualTo("Hart");
    assertThat(card.body().toString()).doesNotContain(email).doesNotContain("memberships");
  }

  @Test
  void a_login_registers_one_member_for_itself_and_cannot_claim_another_login() {
    String subject = "login-once-" + System.nanoTime();
    Http once = Http.onPort(port).as(identity.member(subject));
    assertThat(
            once.post(
                    "/members",
                    Map.of("profile", profile("First", unique("first")), "trainingLevel", "PGY1"))
                .status())
        .isEqualTo(201);
    Http.Response second =
        once.post(
            "/members",
            Map.of("profile", profile("Second", unique("second")), "trainingLevel", "PGY1"));
    assertThat(second.status()).isEqualTo(409);
    assertThat(second.body().at("/errors/0/field").asText()).isEqualTo("profile.email");

    Http another = Http.onPort(port).as(identity.member("login-another-" + System.nanoTime()));
    Http.Response claim =
        another.post(
            "/members",
            Map.of(
                "profile",
                profile("Third", unique("third")),
                "trainingLevel",
                "PGY1",
                "accountSubject",
                subject));
    assertThat(claim.status()).isEqualTo(400);
  }

  @Test
  void a_person_registers_with_the_address_their_sign_in_verified_and_no_other() {
    String email = unique("verified");
    String password = identity.person(email, "Vera Verified", List.of("MEMBER"), List.of());
    Http vera = Http.onPort(port).as(identity.signIn(email, password));
    Http.Response colleagues =
        vera.post(
            "/members",
            Map.of("profile", profile("Vera", unique("colleague")), "trainingLevel", "PGY1"));
    assertThat(colleagues.status()).isEqualTo(400);
    assertThat(colleagues.body().at("/errors/0/field").asText()).isEqualTo("profile.email");
    assertThat(vera.get("/members/me").status()).isEqualTo(404);

    Http.Response own =
        vera.post("/members", Map.of("profile", profile("Vera", email), "trainingLevel", "PGY1"));
    assertThat(own.status()).isEqualTo(201);
    assertThat(vera.get("/members/me").body().path("memberId").asText())
        .isEqualTo(own.body().path("memberId").asText());
  }

  @Test
  void a_person_whose_address_is_not_verified_yet_registers_nobody() {
    String email = unique("unverified");
    String password = identity.unverifiedPerson(email, "Una Unverified");
    Http.Response refused =
        Http.onPort(port)
            .as(identity.signIn(email, password))
            .post("/members", Map.of("profile", profile("Una", email), "trainingLevel", "PGY1"));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body().at("/errors/0/field").asText()).isEqualTo("profile.email");
  }

  @Test
  void a_taken_address_and_a_taken_login_get_the_same_answer() {
    String subject = "login-twice-" + System.nanoTime();
    Http once = Http.onPort(port).as(identity.member(subject));
    String taken = unique("taken");
    assertThat(
            once.post(
                    "/members", Map.of("profile", profile("First", taken), "trainingLevel", "PGY1"))
                .status())
        .isEqualTo(201);
    Http.Response sameLogin =
        once.post(
            "/members",
            Map.of("profile", profile("Again", unique("again")), "trainingLevel", "PGY1"));
    Http.Response sameAddress =
        Http.onPort(port)
            .as(identity.member("login-other-" + System.nanoTime()))
            .post("/members", Map.of("profile", profile("Other", taken), "trainingLevel", "PGY1"));
    assertThat(sameLogin.status()).isEqualTo(409);
    assertThat(sameAddress.status()).isEqualTo(409);
    assertThat(sameAddress.body().path("errors")).isEqualTo(sameLogin.body().path("errors"));
  }

  @Test
  void staff_of_one_society_cannot_decide_for_another() {
    String aad = newSociety("American Academy of Dermatology");
    String acp = newSociety("American College of Physicians");
    String memberId = newMember("Diaz", "PGY2");
    expect(
        http.post(
            "/members/" + memberId + "/memberships",
            Map.of("societyId", acp, "category", "RESIDENT_FELLOW_IN_TRAINING")),
        201);

    Http aadStaff = Http.onPort(port).as(identity.staffOf(aad));
    Http acpStaff = Http.onPort(port).as(identity.staffOf(acp));
    Map<String, Object> period = paidPeriod(java.time.LocalDate.now().plusYears(1));

    assertThat(
            aadStaff
                .post("/members/" + memberId + "/memberships/" + acp + "/approval", period)
                .status())
        .isEqualTo(403);
    assertThat(aadStaff.get("/societies/" + acp + "/roster").status()).isEqualTo(403);
    assertThat(
            acpStaff
                .post("/members/" + memberId + "/memberships/" + acp + "/approval", period)
                .status())
        .isEqualTo(204);
  }

  @Test
  void the_acting_principal_and_its_roles_are_recorded_with_every_event() {
    String subject = "login-rec-" + System.nanoTime();
    Http member =
        Http.onPort(port).as(identity.member(subject)).withHeader("X-Correlation-Id", "portal-7");
    String memberId =
        member
            .post(
                "/members", Map.of("profile", profile("Ng", unique("ng")), "trainingLevel", "PGY1"))
            .text("memberId");

    String metadata = store.lastMetadataOf(memberId);
    assertThat(metadata)
        .contains("\"principal\":\"" + subject + "\"")
        .contains("\"principalRoles\":\"MEMBER\"")
        .contains("\"correlationId\":\"portal-7\"");
  }

  @Test
  void an_oversized_body_is_refused_before_it_is_read() {
    String huge = "{\"name\":\"" + "x".repeat(300 * 1024) + "\",\"kind\":\"SPECIALTY\"}";
    long eventsBefore = store.eventCount();
    Http.Response response = http.post("/societies", huge);
    assertThat(response.status()).isEqualTo(413);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(store.eventCount()).isEqualTo(eventsBefore);
  }

  private static String unique(String name) {
    return name + "-" + System.nanoTime() + "@example.org";
  }

  private static void assertUnauthorized(Http.Response response) {
    assertThat(response.status()).isEqualTo(401);
    assertThat(response.contentType()).startsWith("application/problem+json");
  }

  private static JwtClaimsSet claims(String issuer, String audience, Instant issuedAt) {
    return JwtClaimsSet.builder()
        .issuer(issuer)
        .subject("staff-forged")
        .audience(List.of(audience))
        .issuedAt(issuedAt)
        .expiresAt(issuedAt.plusSeconds(600))
        .claim("roles", List.of("STAFF"))
        .claim("society_ids", List.of("*"))
        .build();
  }

  /** Signed as the development issuer signs access tokens, with RFC 9068's header type. */
  private static String sign(JWKSource<SecurityContext> keys, JwtClaimsSet claims) {
    return sign(keys, claims, "at+jwt");
  }

  private static String sign(JWKSource<SecurityContext> keys, JwtClaimsSet claims, String type) {
    JwsHeader.Builder header = JwsHeader.with(SignatureAlgorithm.RS256);
    if (type != null) {
      header.type(type);
    }
    return new NimbusJwtEncoder(keys)
        .encode(JwtEncoderParameters.from(header.build(), claims))
        .getTokenValue();
  }
}
