package org.medsoc.member.member.command;

import static org.medsoc.kernel.member.MembershipCategory.*;
import static org.medsoc.kernel.member.TrainingLevel.*;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.medsoc.kernel.error.DomainException;
import org.medsoc.member.member.api.*;
import org.medsoc.member.society.query.Societies;

class MemberTest {

  private static final String MEMBER = "member-1";
  private static final String SOCIETY = "society-1";
  private static final String SECTION = "section-residents";
  private static final String ACCOUNT = "login-amara";
  private static final LocalDate PAID_THROUGH = LocalDate.of(2027, 6, 30);
  private static final Duration GRACE = Duration.ofDays(30);
  private static final Dues DUES = new Dues(new BigDecimal("95.00"), "USD");
  private static final MemberProfile PROFILE =
      new MemberProfile(
          "Amara",
          "Okafor",
          "MD",
          "University Hospital",
          "Dermatology",
          List.of("skin of color", "medical education"),
          "amara@example.org",
          "0000-0002-1825-0097");

  private FixtureConfiguration<Member> fixture;
  private final Map<String, String> emailOwners = new java.util.HashMap<>();
  private final Map<String, String> accountOwners = new java.util.HashMap<>();
  private final Map<org.medsoc.kernel.member.MembershipCategory, Dues> fees =
      new java.util.HashMap<>();

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(Member.class);
    Societies societies =
        new Societies() {
          public boolean exists(String societyId) {
            return SOCIETY.equals(societyId);
          }

          public boolean hasSection(String societyId, String sectionId) {
            return SOCIETY.equals(societyId) && SECTION.equals(sectionId);
          }

          public Optional<Dues> feeFor(
              String societyId, org.medsoc.kernel.member.MembershipCategory category) {
            return Optional.ofNullable(fees.get(category));
          }

          public Map<String, String> sectionsByName(String societyId) {
            return Map.of("residents", SECTION);
          }
        };
    MemberEmails emails = email -> Optional.ofNullable(emailOwners.get(email));
    fixture.registerInjectableResource(societies);
    fixture.registerInjectableResource(emails);
    fixture.registerInjectableResource(
        new MemberAccounts() {
          public Optional<String> memberActingAs(String subject) {
            return Optional.ofNullable(accountOwners.get(subject));
          }

          public Optional<String> subjectOf(String memberId) {
            return Optional.empty();
          }
        });
    fixture.registerInjectableResource(new MembershipPolicy(GRACE));
  }

  private static MemberRegistered registered(org.medsoc.kernel.member.TrainingLevel level) {
    return new MemberRegistered(MEMBER, PROFILE, level, ACCOUNT, null);
  }

  private static MembershipApplied applied(
      org.medsoc.kernel.member.MembershipCategory category,
      org.medsoc.kernel.member.TrainingLevel level) {
    return new MembershipApplied(MEMBER, SOCIETY, category, level);
  }

  private static MembershipApproved approved(org.medsoc.kernel.member.MembershipCategory category) {
    return new MembershipApproved(MEMBER, SOCIETY, category, PAID_THROUGH, DUES);
  }

  @Nested
  class Registration {

    @Test
    void a_person_registers_with_a_profile() {
      fixture
          .givenNoPriorActivity()
          .when(new RegisterMember(MEMBER, PROFILE, PGY2, ACCOUNT, null))
          .expectEvents(registered(PGY2));
    }

    @Test
    void an_email_address_belongs_to_one_member() {
      emailOwners.put("amara@example.org", "someone-else");
      fixture
          .givenNoPriorActivity()
          .when(new RegisterMember(MEMBER, PROFILE, PGY2, ACCOUNT, null))
          .expectException(DomainException.class)
          .expectExceptionMessage("profile.email: " + Member.ALREADY_REGISTERED)
          .expectNoEvents();
    }

    @Test
    void a_login_acts_as_one_member_only() {
      accountOwners.put(ACCOUNT, "member-0");
      fixture
          .givenNoPriorActivity()
          .when(new RegisterMember(MEMBER, PROFILE, PGY2, ACCOUNT, null))
          .expectException(DomainException.class)
          .expectExceptionMessage("profile.email: " + Member.ALREADY_REGISTERED)
          .expectNoEvents();
    }

    @Test
    void staff_may_register_a_member_who_has_no_login_yet() {
      fixture
          .givenNoPriorActivity()
          .when(new RegisterMember(MEMBER, PROFILE, PGY2, null, null))
          .expectEvents(new MemberRegistered(MEMBER, PROFILE, PGY2, null, null));
    }

    @Test
    void an_orcid_with_a_wrong_check_digit_is_refused() {
      MemberProfile mistyped =
          new MemberProfile(
              "Amara",
              "Okafor",
              "MD",
              "University Hospital",
              null,
              List.of(),
              "amara@example.org",
              "0000-0002-1825-0098");
      fixture
          .givenNoPriorActivity()
          .when(new RegisterMember(MEMBER, mistyped, PGY2, ACCOUNT, null))
          .expectException(DomainException.class)
          .expectExceptionMessage("profile.orcid: the ORCID iD's check digit does not match")
          .expectNoEvents();
    }

    @Test
    void the_same_profile_submitted_twice_records_nothing_new() {
      fixture
          .given(registered(PGY2))
          .when(new UpdateMemberProfile(MEMBER, PROFILE))
          .expectSuccessfulHandlerExecution()
          .expectNoEvents();
    }

    @Test
    void a_member_keeps_their_own_email_when_updating_the_profile() {
      emailOwners.put("amara@example.org", MEMBER);
      MemberProfile moved =
          new MemberProfile(
              "Amara",
              "Okafor",
              "MD",
              "City Children's Hospital",
              "Dermatology",
              List.of(),
              "amara@example.org",
              null);
      fixture
          .given(registered(PGY2))
          .when(new UpdateMemberProfile(MEMBER, moved))
          .expectEvents(new MemberProfileUpdated(MEMBER, moved));
    }
  }

  @Nested
  class Application {

    @Test
    void a_resident_applies_as_a_resident_or_fellow_in_training() {
      fixture
          .given(registered(PGY2))
          .when(new ApplyForMembership(MEMBER, SOCIETY, RESIDENT_FELLOW_IN_TRAINING))
          .expectEvents(applied(RESIDENT_FELLOW_IN_TRAINING, PGY2));
    }

    @Test
    void the_trainee_category_requires_a_trainee_training_level() {
      fixture
          .given(registered(ATTENDING))
          .when(new ApplyForMembership(MEMBER, SOCIETY, RESIDENT_FELLOW_IN_TRAINING))
          .expectException(DomainException.class)
          .expectExceptionMessage(
              "category: RESIDENT_FELLOW_IN_TRAINING membership is for a resident (PGY1-PGY8) or fellow; the member is ATTENDING")
          .expectNoEvents();
    }

    @Test
    void the_student_category_requires_a_medical_student() {
      fixture
          .given(registered(PGY1))
          .when(new ApplyForMembership(MEMBER, SOCIETY, STUDENT))
          .expectException(DomainException.class)
          .expectNoEvents();
    }

    @Test
    void full_membership_requires_an_attending() {
      fixture
          .given(registered(FELLOW))
          .when(new ApplyForMembership(MEMBER, SOCIETY, FULL))
          .expectException(DomainException.class)
          .expectNoEvents();
    }

    @Test
    void an_unknown_society_is_not_found() {
      fixture
          .given(registered(PGY2))
          .when(new ApplyForMembership(MEMBER, "no-such-society", RESIDENT_FELLOW_IN_TRAINING))
          .expectException(DomainException.class)
          .expectExceptionMessage("societyId: no society no-such-society")
          .expectNoEvents();
    }

    @Test
    void a_member_cannot_apply_twice_to_the_same_society() {
      fixture
          .given(registered(PGY2), applied(RESIDENT_FELLOW_IN_TRAINING, PGY2))
          .when(new ApplyForMembership(MEMBER, SOCIETY, RESIDENT_FELLOW_IN_TRAINING))
          .expectException(DomainException.class)
          .expectNoEvents();
    }

    @Test
    void a_rejected_applicant_may_apply_again() {
      fixture
          .given(
              registered(PGY2),
              applied(RESIDENT_FELLOW_IN_TRAINING, PGY2),
              new MembershipRejected(MEMBER, SOCIETY, "missing program director letter"))
          .when(new ApplyForMembership(MEMBER, SOCIETY, RESIDENT_FELLOW_IN_TRAINING))
          .expectEvents(applied(RESIDENT_FELLOW_IN_TRAINING, PGY2));
    }
  }

  @Nested
  class Decision {

    @Test
    void approval_activates_the_membership_and_sets_the_lapse_deadline() {
      Instant lapse =
          LocalDate.of(2027, 7, 1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant().plus(GRACE);
      fixture
          .given(registered(PGY2), applied(RESIDENT_FELLOW_IN_TRAINING, PGY2))
          .when(new ApproveMembership(MEMBER, SOCIETY, PAID_THROUGH, DUES))
          .expectEvents(approved(RESIDENT_FELLOW_IN_TRAINING))
          .expectScheduledDeadline(lapse, new MembershipLapseDue(SOCIETY, PAID_THROUGH));
    }

    @Test
    void approval_without_an_amount_takes_the_fee_of_the_category() {
      Dues residentFee = new Dues(new BigDecimal("60.00"), "USD");
      fees.put(RESIDENT_FELLOW_IN_TRAINING, residentFee);
      fixture
          .given(registered(PGY2), applied(RESIDENT_FELLOW_IN_TRAINING, PGY2))
          .when(new ApproveMembership(MEMBER, SOCIETY, PAID_THROUGH, null))
          .expectEvents(
              new MembershipApproved(
                  MEMBER, SOCIETY, RESIDENT_FELLOW_IN_TRAINING, PAID_THROUGH, residentFee));
    }

    @Test
    void approval_without_an_amount_or_a_fee_for_the_category_is_refused() {
      fees.put(FULL, DUES);
      fixture
          .given(registered(PGY2), applied(RESIDENT_FELLOW_IN_TRAINING, PGY2))
          .when(new ApproveMembership(MEMBER, SOCIETY, PAID_THROUGH, null))
          .expectException(DomainException.class)
          .expectExceptionMessage(
              "dues: the society's fee schedule has no fee for RESIDENT_FELLOW_IN_TRAINING"
                  + " membership; give the amount")
          .expectNoEvents();
    }

    @Test
    void rejection_records_the_reason() {
      fixture
          .given(registered(PGY2), applied(RESIDENT_FELLOW_IN_TRAINING, PGY2))
          .when(new RejectMembership(MEMBER, SOCIETY, "  not a resident of this region "))
          .expectEvents(new MembershipRejected(MEMBER, SOCIETY, "not a resident of this region"));
    }

    @Test
    void only_a_pending_application_can_be_approved() {
      fixture
          .given(
              registered(PGY2),
              applied(RESIDENT_FELLOW_IN_TRAINING, PGY2),
              approved(RESIDENT_FELLOW_IN_TRAINING))
          .when(new ApproveMembership(MEMBER, SOCIETY, PAID_THROUGH.plusYears(1), DUES))
          .expectException(DomainException.class)
          .expectExceptionMessage(
              "status: cannot approve a membership that is ACTIVE (it must be PENDING)")
          .expectNoEvents();
    }

    @Test
    void approving_without_an_application_is_not_found() {
      fixture
          .given(registered(PGY2))
          .when(new ApproveMembership(MEMBER, SOCIETY, PAID_THROUGH, DUES))
          .expectException(DomainException.class)
          .expectNoEvents();
    }
  }

  @Nested
  class Renewal {

    @Test
    void an_active_membership_is_renewed_for_a_later_period() {
      fixture
          .given(
              registered(PGY2),
              applied(RESIDENT_FELLOW_IN_TRAINING, PGY2),
              approved(RESIDENT_FELLOW_IN_TRAINING))
          .when(new RenewMembership(MEMBER, SOCIETY, PAID_THROUGH.plusYears(1), DUES))
          .expectEvents(
              new MembershipRenewed(
                  MEMBER, SOCIETY, PAID_THROUGH, PAID_THROUGH.plusYears(1), DUES));
    }

    @Test
    void a_renewal_must_extend_the_paid_period() {
      fixture
          .given(
              registered(PGY2),
              applied(RESIDENT_FELLOW_IN_TRAINING, PGY2),
              approved(RESIDENT_FELLOW_IN_TRAINING))
          .when(new RenewMembership(MEMBER, SOCIETY, PAID_THROUGH, DUES))
          .expectException(DomainException.class)
          .expectNoEvents();
    }

    @Test
    void a_resigned_membership_cannot_be_renewed() {
      fixture
          .given(
              registered(PGY2),
              applied(RESIDENT_FELLOW_IN_TRAINING, PGY2),
              approved(RESIDENT_FELLOW_IN_TRAINING),
              new MembershipResigned(MEMBER, SOCIETY, "moving abroad"))
          .when(new RenewMembership(MEMBER, SOCIETY, PAID_THROUGH.plusYears(1), DUES))
          .expectException(DomainException.class)
          .expectExceptionMessage(
              "status: cannot renew a membership that is RESIGNED (it must be ACTIVE)")
          .expectNoEvents();
    }

    @Test
    void a_lapsed_membership_is_reinstated_not_renewed() {
      fixture
          .given(
              registered(PGY2),
              applied(RESIDENT_FELLOW_IN_TRAINING, PGY2),
              approved(RESIDENT_FELLOW_IN_TRAINING),
              new MembershipLapsed(MEMBER, SOCIETY, PAID_THROUGH))
          .when(new RenewMembership(MEMBER, SOCIETY, PAID_THROUGH.plusYears(1), DUES))
          .expectException(DomainException.class)
          .expectExceptionMessage("status: the membership has lapsed; reinstate it instead")
          .expectNoEvents();
    }
  }

  @Nested
  class Lapse {

    @Test
    void an_unrenewed_membership_lapses_when_the_grace_period_ends() {
      fixture
          .givenCommands(
              new RegisterMember(MEMBER, PROFILE, PGY2, ACCOUNT, null),
              new ApplyForMembership(MEMBER, SOCIETY, RESIDENT_FELLOW_IN_TRAINING),
              new ApproveMembership(MEMBER, SOCIETY, PAID_THROUGH, DUES))
          .whenThenTimeAdvancesTo(
              LocalDate.of(2027, 7, 1)
                  .atStartOfDay(java.time.ZoneOffset.UTC)
                  .toInstant()
                  .plus(GRACE))
          .expectTriggeredDeadlines(new MembershipLapseDue(SOCIETY, PAID_THROUGH))
          .expectEvents(new MembershipLapsed(MEMBER, SOCIETY, PAID_THROUGH));
    }

    @Test
    void nothing_lapses_during_the_grace_period() {
      fixture
          .givenCommands(
              new RegisterMember(MEMBER, PROFILE, PGY2, ACCOUNT, null),
              new ApplyForMembership(MEMBER, SOCIETY, RESIDENT_FELLOW_IN_TRAINING),
              new ApproveMembership(MEMBER, SOCIETY, PAID_THROUGH, DUES))
          .whenThenTimeAdvancesTo(
              LocalDate.of(2027, 7, 1)
                  .atStartOfDay(java.time.ZoneOffset.UTC)
                  .toInstant()
                  .plus(GRACE)
                  .minusSeconds(1))
          .expectNoEvents();
    }

    @Test
    void a_renewal_in_time_makes_the_old_deadline_harmless() {
      fixture
          .givenCommands(
              new RegisterMember(MEMBER, PROFILE, PGY2, ACCOUNT, null),
              new ApplyForMembership(MEMBER, SOCIETY, RESIDENT_FELLOW_IN_TRAINING),
              new ApproveMembership(MEMBER, SOCIETY, PAID_THROUGH, DUES),
              new RenewMembership(MEMBER, SOCIETY, PAID_THROUGH.plusYears(1), DUES))
          .whenThenTimeAdvancesTo(
              LocalDate.of(2027, 7, 1)
                  .atStartOfDay(java.time.ZoneOffset.UTC)
                  .toInstant()
                  .plus(GRACE)
                  .plusSeconds(1))
          .expectTriggeredDeadlines(new MembershipLapseDue(SOCIETY, PAID_THROUGH))
          .expectNoEvents();
    }

    @Test
    void a_lapsed_membership_is_reinstated_with_a_new_period() {
      fixture
          .given(
              registered(PGY2),
              applied(RESIDENT_FELLOW_IN_TRAINING, PGY2),
              approved(RESIDENT_FELLOW_IN_TRAINING),
              new MembershipLapsed(MEMBER, SOCIETY, PAID_THROUGH))
          .when(new ReinstateMembership(MEMBER, SOCIETY, PAID_THROUGH.plusYears(1), DUES))
          .expectEvents(new MembershipReinstated(MEMBER, SOCIETY, PAID_THROUGH.plusYears(1), DUES))
          .expectScheduledDeadline(
              LocalDate.of(2028, 7, 1)
                  .atStartOfDay(java.time.ZoneOffset.UTC)
                  .toInstant()
                  .plus(GRACE),
              new MembershipLapseDue(SOCIETY, PAID_THROUGH.plusYears(1)));
    }

    @Test
    void only_a_lapsed_membership_can_be_reinstated() {
      fixture
          .given(
              registered(PGY2),
              applied(RESIDENT_FELLOW_IN_TRAINING, PGY2),
              approved(RESIDENT_FELLOW_IN_TRAINING))
          .when(new ReinstateMembership(MEMBER, SOCIETY, PAID_THROUGH.plusYears(1), DUES))
          .expectException(DomainException.class)
          .expectNoEvents();
    }
  }

  @Nested
  class Resignation {

    @Test
    void an_active_member_resigns_and_leaves_the_sections() {
      fixture
          .given(
              registered(PGY2),
              applied(RESIDENT_FELLOW_IN_TRAINING, PGY2),
              approved(RESIDENT_FELLOW_IN_TRAINING),
              new SectionJoined(MEMBER, SOCIETY, SECTION),
              new MembershipResigned(MEMBER, SOCIETY, "moving abroad"))
          .when(new LeaveSection(MEMBER, SOCIETY, SECTION))
          .expectSuccessfulHandlerExecution()
          .expectNoEvents();
    }

    @Test
    void a_pending_application_cannot_be_resigned() {
      fixture
          .given(registered(PGY2), applied(RESIDENT_FELLOW_IN_TRAINING, PGY2))
          .when(new ResignMembership(MEMBER, SOCIETY, null))
          .expectException(DomainException.class)
          .expectNoEvents();
    }
  }

  @Nested
  class TrainingAdvances {

    @Test
    void a_fellow_who_becomes_an_attending_moves_to_early_career() {
      fixture
          .given(
              registered(FELLOW),
              applied(RESIDENT_FELLOW_IN_TRAINING, FELLOW),
              approved(RESIDENT_FELLOW_IN_TRAINING))
          .when(new ChangeTrainingLevel(MEMBER, ATTENDING))
          .expectEvents(
              new TrainingLevelChanged(MEMBER, FELLOW, ATTENDING),
              new MembershipCategoryChanged(
                  MEMBER,
                  SOCIETY,
                  RESIDENT_FELLOW_IN_TRAINING,
                  EARLY_CAREER,
                  "training level changed to ATTENDING"));
    }

    @Test
    void a_student_who_matches_into_residency_moves_to_the_trainee_category() {
      fixture
          .given(registered(MS4), applied(STUDENT, MS4), approved(STUDENT))
          .when(new ChangeTrainingLevel(MEMBER, PGY1))
          .expectEvents(
              new TrainingLevelChanged(MEMBER, MS4, PGY1),
              new MembershipCategoryChanged(
                  MEMBER,
                  SOCIETY,
                  STUDENT,
                  RESIDENT_FELLOW_IN_TRAINING,
                  "training level changed to PGY1"));
    }

    @Test
    void a_resident_advancing_a_year_keeps_the_category() {
      fixture
          .given(
              registered(PGY2),
              applied(RESIDENT_FELLOW_IN_TRAINING, PGY2),
              approved(RESIDENT_FELLOW_IN_TRAINING))
          .when(new ChangeTrainingLevel(MEMBER, PGY3))
          .expectEvents(new TrainingLevelChanged(MEMBER, PGY2, PGY3));
    }

    @Test
    void staff_move_an_attending_from_early_career_to_full() {
      fixture
          .given(registered(ATTENDING), applied(EARLY_CAREER, ATTENDING), approved(EARLY_CAREER))
          .when(new ChangeMembershipCategory(MEMBER, SOCIETY, FULL))
          .expectEvents(
              new MembershipCategoryChanged(
                  MEMBER, SOCIETY, EARLY_CAREER, FULL, "changed by staff"));
    }

    @Test
    void staff_cannot_move_a_resident_to_full_membership() {
      fixture
          .given(
              registered(PGY2),
              applied(RESIDENT_FELLOW_IN_TRAINING, PGY2),
              approved(RESIDENT_FELLOW_IN_TRAINING))
          .when(new ChangeMembershipCategory(MEMBER, SOCIETY, FULL))
          .expectException(DomainException.class)
          .expectNoEvents();
    }
  }

  @Nested
  class Sections {

    @Test
    void an_active_member_joins_a_section() {
      fixture
          .given(
              registered(PGY2),
              applied(RESIDENT_FELLOW_IN_TRAINING, PGY2),
              approved(RESIDENT_FELLOW_IN_TRAINING))
          .when(new JoinSection(MEMBER, SOCIETY, SECTION))
          .expectEvents(new SectionJoined(MEMBER, SOCIETY, SECTION));
    }

    @Test
    void joining_twice_changes_nothing() {
      fixture
          .given(
              registered(PGY2),
              applied(RESIDENT_FELLOW_IN_TRAINING, PGY2),
              approved(RESIDENT_FELLOW_IN_TRAINING),
              new SectionJoined(MEMBER, SOCIETY, SECTION))
          .when(new JoinSection(MEMBER, SOCIETY, SECTION))
          .expectSuccessfulHandlerExecution()
          .expectNoEvents();
    }

    @Test
    void a_pending_applicant_cannot_join_a_section() {
      fixture
          .given(registered(PGY2), applied(RESIDENT_FELLOW_IN_TRAINING, PGY2))
          .when(new JoinSection(MEMBER, SOCIETY, SECTION))
          .expectException(DomainException.class)
          .expectExceptionMessage(
              "status: cannot join a section with a membership that is PENDING (it must be ACTIVE)")
          .expectNoEvents();
    }

    @Test
    void a_lapsed_member_cannot_join_a_section() {
      fixture
          .given(
              registered(PGY2),
              applied(RESIDENT_FELLOW_IN_TRAINING, PGY2),
              approved(RESIDENT_FELLOW_IN_TRAINING),
              new MembershipLapsed(MEMBER, SOCIETY, PAID_THROUGH))
          .when(new JoinSection(MEMBER, SOCIETY, SECTION))
          .expectException(DomainException.class)
          .expectNoEvents();
    }

    @Test
    void a_section_of_another_society_is_not_found() {
      fixture
          .given(
              registered(PGY2),
              applied(RESIDENT_FELLOW_IN_TRAINING, PGY2),
              approved(RESIDENT_FELLOW_IN_TRAINING))
          .when(new JoinSection(MEMBER, SOCIETY, "section-elsewhere"))
          .expectException(DomainException.class)
          .expectExceptionMessage("sectionId: the society has no section section-elsewhere")
          .expectNoEvents();
    }

    @Test
    void a_member_leaves_a_section() {
      fixture
          .given(
              registered(PGY2),
              applied(RESIDENT_FELLOW_IN_TRAINING, PGY2),
              approved(RESIDENT_FELLOW_IN_TRAINING),
              new SectionJoined(MEMBER, SOCIETY, SECTION))
          .when(new LeaveSection(MEMBER, SOCIETY, SECTION))
          .expectEvents(new SectionLeft(MEMBER, SOCIETY, SECTION));
    }
  }

  @Nested
  class RosterImport {

    private static final String ROW = "M-1041";
    private static final String IMPORT = "import-1";
    private final LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);

    private ImportedMembership active() {
      return new ImportedMembership(
          FULL,
          org.medsoc.kernel.member.MembershipStatus.ACTIVE,
          LocalDate.of(2009, 3, 1),
          today.plusMonths(5),
          List.of(SECTION));
    }

    private MembershipImported imported(ImportedMembership membership) {
      return new MembershipImported(
          MEMBER,
          SOCIETY,
          ROW,
          IMPORT,
          membership.category(),
          membership.status(),
          membership.memberSince(),
          membership.paidThrough(),
          membership.sectionIds());
    }

    @Test
    void a_person_new_to_the_platform_arrives_with_their_membership_and_its_dates() {
      fixture
          .givenNoPriorActivity()
          .when(new ImportMember(MEMBER, SOCIETY, ROW, IMPORT, PROFILE, ATTENDING, active()))
          .expectEvents(
              new MemberRegistered(MEMBER, PROFILE, ATTENDING, null, SOCIETY), imported(active()))
          .expectScheduledDeadlineWithName(
              new MembershipPolicy(GRACE).lapseMoment(active().paidThrough()),
              Member.LAPSE_DEADLINE);
    }

    @Test
    void a_lapsed_member_keeps_a_paid_through_day_in_the_past() {
      ImportedMembership lapsed =
          new ImportedMembership(
              FULL,
              org.medsoc.kernel.member.MembershipStatus.LAPSED,
              LocalDate.of(2012, 1, 1),
              LocalDate.of(2021, 12, 31),
              List.of());
      fixture
          .givenNoPriorActivity()
          .when(new ImportMember(MEMBER, SOCIETY, ROW, IMPORT, PROFILE, ATTENDING, lapsed))
          .expectEvents(
              new MemberRegistered(MEMBER, PROFILE, ATTENDING, null, SOCIETY), imported(lapsed))
          .expectNoScheduledDeadlines();
    }

    @Test
    void an_active_membership_whose_grace_has_ended_is_refused() {
      ImportedMembership stale =
          new ImportedMembership(
              FULL,
              org.medsoc.kernel.member.MembershipStatus.ACTIVE,
              LocalDate.of(2012, 1, 1),
              today.minusDays(45),
              List.of());
      fixture
          .givenNoPriorActivity()
          .when(new ImportMember(MEMBER, SOCIETY, ROW, IMPORT, PROFILE, ATTENDING, stale))
          .expectException(DomainException.class)
          .expectExceptionMessage(
              "paidThrough: the period paid through %s and its grace have ended; import the membership as LAPSED"
                  .formatted(today.minusDays(45)))
          .expectNoEvents();
    }

    @Test
    void the_category_must_fit_the_training_level_as_for_an_application() {
      fixture
          .givenNoPriorActivity()
          .when(new ImportMember(MEMBER, SOCIETY, ROW, IMPORT, PROFILE, PGY2, active()))
          .expectException(DomainException.class)
          .expectNoEvents();
    }

    @Test
    void a_member_already_on_the_platform_gains_the_membership() {
      fixture
          .given(registered(ATTENDING))
          .when(new ImportMembership(MEMBER, SOCIETY, ROW, IMPORT, active()))
          .expectEvents(imported(active()));
    }

    @Test
    void the_same_row_imported_again_changes_nothing() {
      fixture
          .given(registered(ATTENDING), imported(active()))
          .when(new ImportMembership(MEMBER, SOCIETY, ROW, "import-2", active()))
          .expectSuccessfulHandlerExecution()
          .expectNoEvents();
    }

    @Test
    void a_member_who_applied_already_is_not_imported_over_it() {
      fixture
          .given(registered(ATTENDING), applied(FULL, ATTENDING))
          .when(new ImportMembership(MEMBER, SOCIETY, ROW, IMPORT, active()))
          .expectException(DomainException.class)
          .expectExceptionMessage(
              "societyId: the member already has a PENDING membership of this society")
          .expectNoEvents();
    }

    @Test
    void an_imported_membership_is_renewed_like_any_other() {
      fixture
          .given(registered(ATTENDING), imported(active()))
          .when(new RenewMembership(MEMBER, SOCIETY, today.plusMonths(17), DUES))
          .expectEvents(
              new MembershipRenewed(
                  MEMBER, SOCIETY, active().paidThrough(), today.plusMonths(17), DUES));
    }
  }

  @Nested
  class BeingForgotten {

    private MemberErased erasedToday() {
      return new MemberErased(
          MEMBER,
          "left medicine",
          LegalBasis.CONSENT_WITHDRAWN,
          LocalDate.ofInstant(
              org.axonframework.eventhandling.GenericEventMessage.clock.instant(),
              java.time.ZoneOffset.UTC));
    }

    @Test
    void a_member_asks_to_be_forgotten_and_the_erasure_is_recorded_with_its_ground() {
      fixture
          .given(registered(PGY2))
          .when(new EraseMember(MEMBER, " left medicine ", LegalBasis.CONSENT_WITHDRAWN))
          .expectEvents(erasedToday());
    }

    @Test
    void a_forgotten_member_is_no_member_any_more() {
      fixture
          .given(
              registered(PGY2),
              applied(RESIDENT_FELLOW_IN_TRAINING, PGY2),
              approved(RESIDENT_FELLOW_IN_TRAINING))
          .when(new EraseMember(MEMBER, "left medicine", LegalBasis.CONSENT_WITHDRAWN))
          .expectEvents(erasedToday(), new MembershipResigned(MEMBER, SOCIETY, null));
    }

    @Test
    void an_erasure_names_its_ground() {
      fixture
          .given(registered(PGY2))
          .when(new EraseMember(MEMBER, "left medicine", null))
          .expectException(DomainException.class)
          .expectExceptionMessage("legalBasis: name the ground the erasure rests on")
          .expectNoEvents();
    }

    @Test
    void nothing_more_is_recorded_of_an_erased_member() {
      fixture
          .given(
              registered(PGY2),
              new MemberErased(
                  MEMBER, "left medicine", LegalBasis.CONSENT_WITHDRAWN, LocalDate.of(2026, 12, 3)))
          .when(new UpdateMemberProfile(MEMBER, PROFILE))
          .expectException(DomainException.class)
          .expectExceptionMessage(
              "memberId: the member was erased at their request: nothing more is recorded of them")
          .expectNoEvents();
    }

    @Test
    void no_membership_of_an_erased_member_is_approved() {
      fixture
          .given(
              registered(PGY2),
              applied(RESIDENT_FELLOW_IN_TRAINING, PGY2),
              new MemberErased(
                  MEMBER, "left medicine", LegalBasis.CONSENT_WITHDRAWN, LocalDate.of(2026, 12, 3)))
          .when(new ApproveMembership(MEMBER, SOCIETY, PAID_THROUGH, DUES))
          .expectException(DomainException.class)
          .expectExceptionMessage(
              "memberId: the member was erased at their request: nothing more is recorded of them")
          .expectNoEvents();
    }
  }
}
