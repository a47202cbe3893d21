package org.medsoc.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.medsoc.testsupport.Http;
import org.medsoc.testsupport.TestInfrastructure;
import org.springframework.context.ConfigurableApplicationContext;

/** Members the system tests need: registered by their own login, approved in a society by staff. */
final class Members {

  private Members() {}

  /** Registers a member acting as {@code login} and makes them an active member of the society. */
  static String active(
      ConfigurableApplicationContext memberService,
      String login,
      String givenName,
      String trainingLevel,
      String category,
      String societyId) {
    String memberId =
        RunningPlatform.http(memberService)
            .as(TestInfrastructure.identity().member(login))
            .post(
                "/members",
                Map.of(
                    "profile",
                    Map.of(
                        "givenName",
                        givenName,
                        "familyName",
                        "Tester",
                        "institution",
                        "University Hospital",
                        "email",
                        login + "@example.org"),
                    "trainingLevel",
                    trainingLevel))
            .text("memberId");
    Http staff =
        RunningPlatform.http(memberService).as(TestInfrastructure.identity().platformStaff());
    assertThat(
            staff
                .post(
                    "/members/" + memberId + "/memberships",
                    Map.of("societyId", societyId, "category", category))
                .status())
        .isEqualTo(201);
    assertThat(
            staff
                .post(
                    "/members/" + memberId + "/memberships/" + societyId + "/approval",
                    Map.of(
                        "paidThrough",
                        LocalDate.now().plusYears(1).toString(),
                        "dues",
                        Map.of("amount", 100, "currency", "USD")))
                .status())
        .isEqualTo(204);
    return memberId;
  }
}
