package org.medsoc.member.member.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medsoc.testsupport.PublishedFacts.stored;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.medsoc.kernel.contracts.member.ContactPointChanged;
import org.medsoc.kernel.contracts.member.MembershipChanged;
import org.medsoc.kernel.contracts.member.MembershipChanged.Change;
import org.medsoc.kernel.member.MembershipCategory;
import org.medsoc.kernel.member.MembershipStatus;
import org.medsoc.kernel.member.TrainingLevel;
import org.medsoc.member.member.api.*;
import org.medsoc.testsupport.PublishedFacts;
import org.medsoc.testsupport.TestInfrastructure;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The membership facts other services hear: the whole membership after each change, with the
 * member's training level, login and institution as the publisher remembers them (in its own
 * tables, on a real PostgreSQL).
 */
class MembershipFactsPublisherTest {

  private static final MemberProfile PROFILE =
      new MemberProfile(
          "Amara",
          "Okafor",
          "MD",
          "University Hospital",
          "Dermatology",
          List.of("skin of color"),
          "amara@example.org",
          null);
  private static final LocalDate PAID = LocalDate.of(2028, 6, 30);

  private final PublishedFacts published = new PublishedFacts();
  private final PublishedMemberships memberships;
  private final MembershipFactsPublisher publisher;

  MembershipFactsPublisherTest() {
    DataSource database = TestInfrastructure.migratedDatabase("member-service");
    memberships = new PublishedMemberships(new JdbcTemplate(database));
    publisher = new MembershipFactsPublisher(memberships, published);
    publisher.on(new MemberRegistered("dr-ana", PROFILE, TrainingLevel.PGY2, "login-ana", null));
  }

  private MembershipChanged last() {
    return (MembershipChanged) published.facts().get(published.facts().size() - 1);
  }

  @Test
  void anApplicationIsPublishedWithTheMembersLevelLoginAndInstitution() {
    publisher.on(
        new MembershipApplied(
            "dr-ana", "aad", MembershipCategory.RESIDENT_FELLOW_IN_TRAINING, TrainingLevel.PGY2),
        stored("dr-ana", 1, null));

    assertThat(published.facts())
        .containsExactly(
            new MembershipChanged(
                "dr-ana",
                "aad",
                Change.APPLIED,
                MembershipStatus.PENDING,
                MembershipCategory.RESIDENT_FELLOW_IN_TRAINING,
                TrainingLevel.PGY2,
                null,
                Set.of(),
                1,
                "login-ana",
                "University Hospital"));
  }

  @Test
  void anApprovalCarriesTheWholeMembershipActiveAndPaid() {
    publisher.on(
        new MembershipApplied(
            "dr-ana", "aad", MembershipCategory.RESIDENT_FELLOW_IN_TRAINING, TrainingLevel.PGY2),
        stored("dr-ana", 1, null));
    publisher.on(
        new MembershipApproved(
            "dr-ana", "aad", MembershipCategory.RESIDENT_FELLOW_IN_TRAINING, PAID, null),
        stored("dr-ana", 2, null));

    assertThat(last().change()).isEqualTo(Change.APPROVED);
    assertThat(last().status()).isEqualTo(MembershipStatus.ACTIVE);
    assertThat(last().paidThrough()).isEqualTo(PAID);
    assertThat(last().memberVersion()).isEqualTo(2);
  }

  @Test
  void afterAnErasureTheFactsNameNeitherTheInstitutionNorTheLogin() {
    publisher.on(
        new MembershipApplied(
            "dr-ana", "aad", MembershipCategory.RESIDENT_FELLOW_IN_TRAINING, TrainingLevel.PGY2),
        stored("dr-ana", 1, null));
    publisher.on(
        new MemberErased(
            "dr-ana", "left medicine", LegalBasis.CONSENT_WITHDRAWN, LocalDate.of(2027, 3, 5)));
    publisher.on(new MembershipResigned("dr-ana", "aad", null), stored("dr-ana", 3, null));

    assertThat(last().status()).isEqualTo(MembershipStatus.RESIGNED);
    assertThat(last().institution()).isNull();
    assertThat(last().accountSubject()).isNull();
  }

  @Test
  void aProfileChangeTellsTheAddressAndNameWithTheLoginRemembered() {
    new ContactPointsPublisher(published, memberships)
        .on(
            new MemberProfileUpdated(
                "dr-ana",
                new MemberProfile(
                    "Amara",
                    "Okafor-Reyes",
                    "MD",
                    null,
                    null,
                    List.of(),
                    "amara@new.example.org",
                    null)),
            stored("dr-ana", 4, null));

    assertThat(published.facts())
        .containsExactly(
            new ContactPointChanged(
                "dr-ana", "login-ana", "amara@new.example.org", "Amara Okafor-Reyes", 4));
  }
}
