package org.medsoc.member;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.medsoc.testsupport.EventStoreProbe;
import org.medsoc.testsupport.Http;
import org.medsoc.testsupport.TestInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** member-service running on real PostgreSQL and Kafka, driven over HTTP as a portal would. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    args = "--spring.config.name=" + MemberServiceApplication.CONFIG_NAME)
abstract class MemberServiceTestBase {

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    TestInfrastructure.register(registry, "member");
  }

  @LocalServerPort int port;
  @Autowired DataSource dataSource;

  Http http;
  EventStoreProbe store;

  @BeforeEach
  void connect() {
    http = Http.onPort(port).as(TestInfrastructure.identity().platformStaff());
    store = new EventStoreProbe(dataSource);
  }

  String newSociety(String name) {
    Http.Response created = http.post("/societies", Map.of("name", name, "kind", "SPECIALTY"));
    expect(created, 201);
    return created.text("societyId");
  }

  String newSection(String societyId, String name) {
    Http.Response created =
        http.post("/societies/" + societyId + "/sections", Map.of("name", name));
    expect(created, 201);
    return created.text("sectionId");
  }

  static Map<String, Object> profile(String familyName, String email) {
    return Map.of(
        "givenName", "Amara",
        "familyName", familyName,
        "degree", "MD",
        "institution", "University Hospital",
        "specialty", "Dermatology",
        "interests", List.of("skin of color"),
        "email", email,
        "orcid", "0000-0002-1825-0097");
  }

  String newMember(String familyName, String trainingLevel) {
    Http.Response created =
        http.post(
            "/members",
            Map.of(
                "profile",
                profile(
                    familyName,
                    familyName.toLowerCase() + "-" + UUID.randomUUID() + "@example.org"),
                "trainingLevel",
                trainingLevel));
    expect(created, 201);
    return created.text("memberId");
  }

  /** A member registered by their own login, and a client acting as them. */
  record Person(String id, String login, Http http) {}

  Person person(String familyName, String trainingLevel) {
    String login = "login-" + familyName + "-" + System.nanoTime();
    Http as = Http.onPort(port).as(TestInfrastructure.identity().member(login));
    Http.Response created =
        as.post(
            "/members",
            Map.of(
                "profile",
                profile(
                    familyName,
                    familyName.toLowerCase() + "-" + System.nanoTime() + "@example.org"),
                "trainingLevel",
                trainingLevel));
    expect(created, 201);
    return new Person(created.text("memberId"), login, as);
  }

  static Map<String, Object> paidPeriod(LocalDate paidThrough) {
    return Map.of(
        "paidThrough", paidThrough.toString(), "dues", Map.of("amount", 95.00, "currency", "USD"));
  }

  /** The member applies to the society; the office has not decided yet. */
  void applies(String memberId, String societyId, String category) {
    expect(
        http.post(
            "/members/" + memberId + "/memberships",
            Map.of("societyId", societyId, "category", category)),
        201);
  }

  /** A new member in training who applied to the society as a resident. */
  String residentApplicant(String societyId, String familyName) {
    String memberId = newMember(familyName, "PGY2");
    applies(memberId, societyId, "RESIDENT_FELLOW_IN_TRAINING");
    return memberId;
  }

  String activeMember(String societyId, String familyName, String trainingLevel, String category) {
    String memberId = newMember(familyName, trainingLevel);
    applies(memberId, societyId, category);
    expect(
        http.post(
            "/members/" + memberId + "/memberships/" + societyId + "/approval",
            paidPeriod(LocalDate.now().plusYears(1))),
        204);
    return memberId;
  }

  static JsonNode expect(Http.Response response, int status) {
    if (response.status() != status) {
      throw new AssertionError("expected " + status + " but got " + response);
    }
    return response.body();
  }
}
