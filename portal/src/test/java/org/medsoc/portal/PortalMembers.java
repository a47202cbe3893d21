package org.medsoc.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.medsoc.testsupport.Http;
import org.medsoc.testsupport.TestIdentity;

/** People of the browser tests who sign in as members of a society. */
final class PortalMembers {

  private PortalMembers() {}

  /**
   * A person who can sign in, registered as a member by their own login and active in the society,
   * approved by platform staff; returns their password.
   */
  static String active(
      PortalStack stack,
      TestIdentity identity,
      String societyId,
      String email,
      String given,
      String family,
      String level,
      String category) {
    String password = identity.person(email, given + " " + family, List.of("MEMBER"), List.of());
    Http self = new Http(stack.memberUrl).as(identity.member(identity.subjectOf(email)));
    Http staff = new Http(stack.memberUrl).as(identity.platformStaff());
    String memberId =
        self.post(
                "/members",
                Map.of(
                    "trainingLevel",
                    level,
                    "profile",
                    Map.of(
                        "givenName", given,
                        "familyName", family,
                        "institution", "Karolinska University Hospital",
                        "specialty", "Nephrology",
                        "email", email)))
            .text("memberId");
    assertThat(
            self.post(
                    "/members/" + memberId + "/memberships",
                    Map.of("societyId", societyId, "category", category))
                .status())
        .isEqualTo(201);
    assertThat(
            staff
                .post(
                    "/members/" + memberId + "/memberships/" + societyId + "/approval",
                    Map.of(
                        "paidThrough", LocalDate.now(ZoneOffset.UTC).plusYears(1).toString(),
                        "dues", Map.of("amount", 80, "currency", "EUR")))
                .status())
        .isEqualTo(204);
    return password;
  }

  /** The member a person's login acts as. */
  static String idOf(PortalStack stack, TestIdentity identity, String email) {
    return new Http(stack.memberUrl)
        .as(identity.member(identity.subjectOf(email)))
        .get("/members/me")
        .text("memberId");
  }
}
