package org.medsoc.systemtests;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.medsoc.testsupport.Http;
import org.medsoc.testsupport.TestIdentity;
import org.medsoc.testsupport.TestInfrastructure;

/**
 * A society with real records for every persona of {@code authorization-matrix.csv}: the ids the
 * matrix's paths name and a token per persona. Each build makes a society of its own.
 */
final class PlatformFixture {

  final Map<String, String> ids = new LinkedHashMap<>();
  final Map<String, String> tokens = new LinkedHashMap<>();

  private PlatformFixture() {}

  static PlatformFixture build(RunningPlatform platform) {
    PlatformFixture fixture = new PlatformFixture();
    fixture.populate(platform, String.valueOf(System.nanoTime()));
    return fixture;
  }

  /** A path of the matrix with the fixture's ids in place of its variables. */
  String path(String template) {
    String path = template;
    for (Map.Entry<String, String> value : ids.entrySet()) {
      path = path.replace("{" + value.getKey() + "}", value.getValue());
    }
    return path;
  }

  private void populate(RunningPlatform platform, String run) {
    TestIdentity identity = TestInfrastructure.identity();

    Http staff = RunningPlatform.http(platform.member).as(identity.platformStaff());
    String societyId =
        staff
            .post("/societies", Map.of("name", "Matrix Society " + run, "kind", "SPECIALTY"))
            .text("societyId");
    String sectionId =
        staff
            .post("/societies/" + societyId + "/sections", Map.of("name", "Residents"))
            .text("sectionId");
    String committeeId =
        RunningPlatform.http(platform.committee)
            .as(identity.platformStaff())
            .post(
                "/societies/" + societyId + "/committees",
                Map.of(
                    "name",
                    "Matrix Committee",
                    "seatPlan",
                    Map.of("CHAIR", 1, "VICE_CHAIR", 1, "MEMBER", 2),
                    "defaultTermYears",
                    2))
            .text("committeeId");

    // The owner: an active resident of the fixture society, a side of the introduction, mentee of
    // the mentorship, protégé of the sponsorship, nominee of the nomination, registrant at the
    // conference and appointed to the committee.
    String ownerLogin = "matrix-owner-" + run;
    String memberId =
        Members.active(
            platform.member, ownerLogin, "Owen", "PGY2", "RESIDENT_FELLOW_IN_TRAINING", societyId);
    String otherLogin = "matrix-other-side-" + run;
    Http otherMember = RunningPlatform.http(platform.member).as(identity.member(otherLogin));
    String otherMemberId =
        otherMember
            .post(
                "/members",
                Map.of(
                    "profile",
                    Map.of(
                        "givenName",
                        "Olga",
                        "familyName",
                        "Side",
                        "institution",
                        "Test Hospital",
                        "email",
                        otherLogin + "@example.org"),
                    "trainingLevel",
                    "ATTENDING"))
            .text("memberId");
    // The introducer, who also nominates the owner: a member who speaks for themself.
    String introducerLogin = "matrix-introducer-" + run;
    String introducerId =
        Members.active(platform.member, introducerLogin, "Ian", "ATTENDING", "FULL", societyId);
    Http introducer = RunningPlatform.http(platform.member).as(identity.member(introducerLogin));
    // The chair, and the candidate chair (the vice chair) who applies to the committee's call:
    // both chair by the roster. The other chair chairs another committee of the society.
    String chairLogin = "matrix-chair-" + run;
    String candidateLogin = "matrix-candidate-chair-" + run;
    String otherChairLogin = "matrix-other-chair-" + run;
    String otherCommitteeId =
        RunningPlatform.http(platform.committee)
            .as(identity.platformStaff())
            .post(
                "/societies/" + societyId + "/committees",
                Map.of(
                    "name",
                    "Other Committee",
                    "seatPlan",
                    Map.of("CHAIR", 1),
                    "defaultTermYears",
                    2))
            .text("committeeId");
    appointChair(
        platform,
        committeeId,
        "CHAIR",
        Members.active(platform.member, chairLogin, "Chad", "ATTENDING", "FULL", societyId));
    appointChair(
        platform,
        committeeId,
        "VICE_CHAIR",
        Members.active(platform.member, candidateLogin, "Cara", "ATTENDING", "FULL", societyId));
    appointChair(
        platform,
        otherCommitteeId,
        "CHAIR",
        Members.active(platform.member, otherChairLogin, "Olga", "ATTENDING", "FULL", societyId));
    String candidateChairToken = identity.member(candidateLogin);

    Http owner = RunningPlatform.http(platform.member).as(identity.member(ownerLogin));
    ids.put(
        "introductionId",
        introducer
            .post(
                "/introductions",
                Map.of(
                    "firstMemberId",
                    memberId,
                    "secondMemberId",
                    otherMemberId,
                    "reason",
                    "both on the matrix"))
            .text("introductionId"));
    ids.put(
        "mentorshipId",
        owner
            .post(
                "/mentorships",
                Map.of(
                    "mentorId",
                    otherMemberId,
                    "type",
                    "CAREER",
                    "ask",
                    "advice on fellowship applications",
                    "firstStep",
                    "a 20-minute call"))
            .text("mentorshipId"));
    String sponsorshipId =
        otherMember
            .post("/sponsorships", Map.of("protegeId", memberId, "goals", "a fellowship"))
            .text("sponsorshipId");
    ids.put("sponsorshipId", sponsorshipId);
    ids.put(
        "letterId",
        owner
            .post(
                "/sponsorships/" + sponsorshipId + "/letters",
                Map.of(
                    "purpose",
                    "fellowship",
                    "deadline",
                    LocalDate.now(ZoneOffset.UTC).plusWeeks(8).toString()))
            .text("letterId"));
    // The other side asks the owner to introduce them to the introducer: the owner is asked.
    ids.put(
        "requestId",
        otherMember
            .post(
                "/introduction-requests",
                Map.of(
                    "introducerId",
                    memberId,
                    "targetId",
                    introducerId,
                    "reason",
                    "we both run QI programmes"))
            .text("requestId"));
    ids.put("contactId", "no-such-contact");
    ids.put("kind", "MENTORSHIP_REQUESTED");
    ids.put("token", "no-such-unsubscribe-token");
    ids.put("service", "member-service");
    ids.put("committeeId", committeeId);

    Http committeeStaff = RunningPlatform.http(platform.committee).as(identity.platformStaff());
    Http eventsStaff = RunningPlatform.http(platform.events).as(identity.platformStaff());
    Http auditStaff = RunningPlatform.http(platform.audit).as(identity.platformStaff());
    for (Http view : List.of(committeeStaff, eventsStaff, auditStaff)) {
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> view.get("/member-eligibility/" + memberId).body().size() == 1);
    }
    // notification-service knows the owner's login once member-service told it their contact point.
    Http ownerNotifications =
        RunningPlatform.http(platform.notification).as(identity.member(ownerLogin));
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                ownerNotifications.get("/members/" + memberId + "/notifications").status() == 200);
    String callId =
        committeeStaff
            .post(
                "/committees/" + committeeId + "/calls",
                Map.of(
                    "purpose",
                    "COMMITTEE_SEAT",
                    "title",
                    "Matrix call",
                    "roles",
                    List.of("MEMBER"),
                    "opensOn",
                    LocalDate.now(ZoneOffset.UTC).toString(),
                    "closesOn",
                    LocalDate.now(ZoneOffset.UTC).plusDays(10).toString()))
            .text("callId");
    ids.put("callId", callId);
    Http candidateChair = RunningPlatform.http(platform.committee).as(candidateChairToken);
    String applicationId =
        awaitCreated(
                () ->
                    candidateChair.post(
                        "/calls/" + callId + "/applications",
                        Map.of("role", "MEMBER", "statement", "I would serve")))
            .text("applicationId");
    ids.put("applicationId", applicationId);
    ids.put("submissionId", applicationId);
    String nominationId =
        awaitCreated(
                () ->
                    RunningPlatform.http(platform.committee)
                        .as(identity.member(introducerLogin))
                        .post(
                            "/calls/" + callId + "/nominations",
                            Map.of(
                                "nomineeId",
                                memberId,
                                "role",
                                "MEMBER",
                                "statement",
                                "a steady resident")))
            .text("nominationId");
    ids.put("nominationId", nominationId);
    ids.put(
        "appointmentId",
        committeeStaff
            .post(
                "/committees/" + committeeId + "/appointments",
                Map.of(
                    "memberId",
                    memberId,
                    "role",
                    "MEMBER",
                    "termStart",
                    LocalDate.now(ZoneOffset.UTC).toString(),
                    "termEnd",
                    LocalDate.now(ZoneOffset.UTC).plusYears(1).toString()))
            .text("appointmentId"));

    String conferenceId =
        eventsStaff
            .post(
                "/societies/" + societyId + "/conferences",
                Map.of(
                    "name",
                    "Matrix Meeting",
                    "startDate",
                    LocalDate.now(ZoneOffset.UTC).plusDays(20).toString(),
                    "endDate",
                    LocalDate.now(ZoneOffset.UTC).plusDays(21).toString(),
                    "timeZone",
                    "UTC",
                    "capacity",
                    10,
                    "fees",
                    Map.of("MEMBER_TRAINEE", 0, "MEMBER", 1, "NON_MEMBER", 2),
                    "currency",
                    "USD"))
            .text("conferenceId");
    ids.put("conferenceId", conferenceId);
    ids.put(
        "registrationId",
        RunningPlatform.http(platform.events)
            .as(identity.member(ownerLogin))
            .post("/conferences/" + conferenceId + "/registrations", Map.of())
            .text("registrationId"));
    // The audit knows the committee (from the appointment) and the nomination.
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                auditStaff.get("/audit/nominations/" + nominationId + "/timeline").status() == 200
                    && auditStaff.get("/audit/committees/" + committeeId + "/roster").status()
                        == 200);
    ids.put("sessionId", "no-such-session");
    ids.put("invitationId", "no-such-invitation");
    ids.put("abstractId", "no-such-abstract");
    ids.put("meetingId", "no-such-meeting");
    ids.put("notificationId", "no-such-notification");
    ids.put("importId", "no-such-import");
    ids.put("processingGroup", "integration-publisher");
    ids.put("societyId", societyId);
    ids.put("sectionId", sectionId);
    ids.put("memberId", memberId);

    tokens.put("platform-staff", identity.platformStaff());
    tokens.put("society-staff", identity.staffOf(societyId));
    tokens.put("other-staff", identity.staffOf("another-society-" + run));
    tokens.put("owner", identity.member(ownerLogin));
    tokens.put("member", identity.member("matrix-member-" + run));
    tokens.put("chair", identity.member(chairLogin));
    tokens.put("other-chair", identity.member(otherChairLogin));
    tokens.put("auditor", identity.token("matrix-auditor-" + run, List.of("AUDITOR"), List.of()));
    tokens.put("candidate-chair", candidateChairToken);
    tokens.put("monitor", identity.token("matrix-monitor-" + run, List.of("MONITOR"), List.of()));
    ids.put("requiredMetricName", "jvm.memory.used");
  }

  /**
   * Staff seat the member as chair (or vice chair) from today, once committee-service knows them.
   */
  private static void appointChair(
      RunningPlatform platform, String committeeId, String role, String memberId) {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    Http staff =
        RunningPlatform.http(platform.committee).as(TestInfrastructure.identity().platformStaff());
    awaitCreated(
        () ->
            staff.post(
                "/committees/" + committeeId + "/appointments",
                Map.of(
                    "memberId",
                    memberId,
                    "role",
                    role,
                    "termStart",
                    today.toString(),
                    "termEnd",
                    today.plusYears(1).toString())));
  }

  /** committee-service hears of a new member's login through Kafka: retried until it has. */
  private static Http.Response awaitCreated(java.util.function.Supplier<Http.Response> call) {
    Http.Response[] created = new Http.Response[1];
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> {
              created[0] = call.get();
              return created[0].status() == 201;
            });
    return created[0];
  }
}
