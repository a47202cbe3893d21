package org.medsoc.committee.committee.command;

import static org.medsoc.committee.committee.api.SeatRole.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.medsoc.committee.committee.api.*;
import org.medsoc.kernel.error.DomainException;
import org.medsoc.kernel.member.MembershipCategory;
import org.medsoc.kernel.member.MembershipStatus;
import org.medsoc.kernel.member.TrainingLevel;
import org.medsoc.platform.eligibility.Eligibility;
import org.medsoc.platform.eligibility.MemberEligibility;

class CommitteeTest {

  private static final String ID = "education-committee";
  private static final String SOCIETY = "acp";
  private static final LocalDate START = LocalDate.of(2027, 7, 1);
  private static final LocalDate END = LocalDate.of(2029, 6, 30);
  private static final CommitteeCreated CREATED =
      new CommitteeCreated(
          ID,
          SOCIETY,
          null,
          "Education Committee",
          "medical education",
          Map.of(CHAIR, 1, MEMBER, 2, TRAINEE_REPRESENTATIVE, 1),
          2,
          false,
          false);

  private final Map<String, MemberEligibility> members = new HashMap<>();
  private final Map<String, Selections.Selection> selections = new HashMap<>();
  private FixtureConfiguration<Committee> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(Committee.class);
    Eligibility eligibility =
        (memberId, societyId) -> Optional.ofNullable(members.get(memberId + "@" + societyId));
    fixture.registerInjectableResource(eligibility);
    fixture.registerInjectableResource((Selections) id -> Optional.ofNullable(selections.get(id)));
    member("resident-1", MembershipStatus.ACTIVE, TrainingLevel.PGY2);
    member("resident-2", MembershipStatus.ACTIVE, TrainingLevel.PGY3);
    member("attending-1", MembershipStatus.ACTIVE, TrainingLevel.ATTENDING);
    member("lapsed-1", MembershipStatus.LAPSED, TrainingLevel.PGY1);
  }

  private void member(String id, MembershipStatus status, TrainingLevel level) {
    members.put(
        id + "@" + SOCIETY,
        new MemberEligibility(
            id,
            SOCIETY,
            status,
            MembershipCategory.RESIDENT_FELLOW_IN_TRAINING,
            level,
            LocalDate.of(2028, 1, 1),
            Set.of(),
            3,
            Instant.now()));
  }

  private static MemberAppointed appointed(String appointment, String member, SeatRole role) {
    return new MemberAppointed(
        ID, appointment, member, role, START, END, "Education Committee", SOCIETY, null);
  }

  @Test
  void staff_create_a_committee_with_a_seat_plan() {
    fixture
        .givenNoPriorActivity()
        .when(
            new CreateCommittee(
                ID,
                SOCIETY,
                null,
                " Education Committee ",
                "medical education",
                Map.of(CHAIR, 1, MEMBER, 2, TRAINEE_REPRESENTATIVE, 1),
                2,
                false,
                false))
        .expectEvents(CREATED);
  }

  @Test
  void a_committee_has_one_chair_at_most() {
    fixture
        .givenNoPriorActivity()
        .when(
            new CreateCommittee(
                ID, SOCIETY, null, "Education", null, Map.of(CHAIR, 2), 2, false, false))
        .expectException(DomainException.class)
        .expectNoEvents();
  }

  @Test
  void an_active_resident_takes_the_trainee_seat() {
    fixture
        .given(CREATED)
        .when(new AppointMember(ID, "a-1", "resident-1", TRAINEE_REPRESENTATIVE, START, END, null))
        .expectEvents(appointed("a-1", "resident-1", TRAINEE_REPRESENTATIVE));
  }

  @Test
  void a_term_without_a_last_day_runs_for_the_committees_default_years() {
    fixture
        .given(CREATED)
        .when(new AppointMember(ID, "a-1", "resident-1", TRAINEE_REPRESENTATIVE, START, null, null))
        .expectEvents(appointed("a-1", "resident-1", TRAINEE_REPRESENTATIVE));
  }

  @Test
  void the_last_seat_is_never_over_filled() {
    fixture
        .given(CREATED, appointed("a-1", "resident-1", TRAINEE_REPRESENTATIVE))
        .when(
            new AppointMember(
                ID,
                "a-2",
                "resident-2",
                TRAINEE_REPRESENTATIVE,
                START.plusYears(1),
                END.plusYears(1),
                null))
        .expectException(DomainException.class)
        .expectExceptionMessage(
            "role: every TRAINEE_REPRESENTATIVE seat is taken for part of that term")
        .expectNoEvents();
  }

  @Test
  void a_seat_freed_by_a_resignation_can_be_filled_after_it() {
    fixture
        .given(
            CREATED,
            appointed("a-1", "resident-1", TRAINEE_REPRESENTATIVE),
            new AppointmentEnded(
                ID, "a-1", "resident-1", START.plusMonths(6), "moved to another program"))
        .when(
            new AppointMember(
                ID, "a-2", "resident-2", TRAINEE_REPRESENTATIVE, START.plusMonths(7), END, null))
        .expectEvents(
            new MemberAppointed(
                ID,
                "a-2",
                "resident-2",
                TRAINEE_REPRESENTATIVE,
                START.plusMonths(7),
                END,
                "Education Committee",
                SOCIETY,
                null));
  }

  @Test
  void a_lapsed_member_cannot_be_appointed() {
    fixture
        .given(CREATED)
        .when(new AppointMember(ID, "a-1", "lapsed-1", TRAINEE_REPRESENTATIVE, START, END, null))
        .expectException(DomainException.class)
        .expectExceptionMessage("memberId: only an active member of the society can be appointed")
        .expectNoEvents();
  }

  @Test
  void someone_unknown_to_the_society_cannot_be_appointed() {
    fixture
        .given(CREATED)
        .when(new AppointMember(ID, "a-1", "stranger", MEMBER, START, END, null))
        .expectException(DomainException.class)
        .expectNoEvents();
  }

  @Test
  void the_trainee_seat_is_for_a_trainee() {
    fixture
        .given(CREATED)
        .when(new AppointMember(ID, "a-1", "attending-1", TRAINEE_REPRESENTATIVE, START, END, null))
        .expectException(DomainException.class)
        .expectNoEvents();
  }

  @Test
  void a_member_holds_one_seat_at_a_time() {
    fixture
        .given(CREATED, appointed("a-1", "attending-1", MEMBER))
        .when(new AppointMember(ID, "a-2", "attending-1", CHAIR, START.plusMonths(3), END, null))
        .expectException(DomainException.class)
        .expectNoEvents();
  }

  @Test
  void a_role_without_seats_is_refused() {
    fixture
        .given(CREATED)
        .when(new AppointMember(ID, "a-1", "attending-1", VICE_CHAIR, START, END, null))
        .expectException(DomainException.class)
        .expectNoEvents();
  }

  @Test
  void an_inverted_term_is_refused() {
    fixture
        .given(CREATED)
        .when(new AppointMember(ID, "a-1", "attending-1", MEMBER, END, START, null))
        .expectException(DomainException.class)
        .expectNoEvents();
  }

  @Test
  void an_appointment_ends_early_within_its_term() {
    fixture
        .given(CREATED, appointed("a-1", "attending-1", MEMBER))
        .when(new EndAppointment(ID, "a-1", START.plusYears(1), "resigned"))
        .expectEvents(
            new AppointmentEnded(ID, "a-1", "attending-1", START.plusYears(1), "resigned"));
  }

  @Test
  void an_appointment_does_not_end_after_its_term() {
    fixture
        .given(CREATED, appointed("a-1", "attending-1", MEMBER))
        .when(new EndAppointment(ID, "a-1", END.plusDays(1), "resigned"))
        .expectException(DomainException.class)
        .expectNoEvents();
  }

  @Test
  void an_appointment_ends_once() {
    fixture
        .given(
            CREATED,
            appointed("a-1", "attending-1", MEMBER),
            new AppointmentEnded(ID, "a-1", "attending-1", START.plusYears(1), "resigned"))
        .when(new EndAppointment(ID, "a-1", START.plusYears(1), "resigned"))
        .expectException(DomainException.class)
        .expectExceptionMessage("appointmentId: the appointment has already ended")
        .expectNoEvents();
  }

  @Test
  void an_appointment_ended_early_is_not_renewed() {
    fixture
        .given(
            CREATED,
            appointed("a-1", "attending-1", MEMBER),
            new AppointmentEnded(ID, "a-1", "attending-1", START.plusYears(1), "resigned"))
        .when(new RenewAppointment(ID, "a-1", END.plusYears(1)))
        .expectException(DomainException.class)
        .expectExceptionMessage(
            "appointmentId: an ended appointment is not renewed; appoint the member again")
        .expectNoEvents();
  }

  @Test
  void an_appointment_whose_term_ended_is_not_renewed() {
    fixture
        .given(
            CREATED,
            appointed("a-1", "attending-1", MEMBER),
            new AppointmentTermEnded(ID, "a-1", "attending-1", END))
        .when(new RenewAppointment(ID, "a-1", END.plusYears(1)))
        .expectException(DomainException.class)
        .expectNoEvents();
  }

  @Test
  void a_renewal_checks_the_member_is_still_eligible() {
    member("resident-1", MembershipStatus.LAPSED, TrainingLevel.PGY2);
    fixture
        .given(CREATED, appointed("a-1", "resident-1", TRAINEE_REPRESENTATIVE))
        .when(new RenewAppointment(ID, "a-1", END.plusYears(1)))
        .expectException(DomainException.class)
        .expectExceptionMessage("memberId: only an active member of the society can be appointed")
        .expectNoEvents();
  }

  @Test
  void a_term_ended_early_does_not_end_again_at_its_last_day() {
    fixture
        .givenCurrentTime(START.atStartOfDay(java.time.ZoneOffset.UTC).toInstant())
        .andGiven(CREATED)
        .andGivenCommands(
            new AppointMember(ID, "a-1", "resident-1", TRAINEE_REPRESENTATIVE, START, END, null),
            new EndAppointment(ID, "a-1", END, "resigned on the last day"))
        .whenThenTimeAdvancesTo(END.plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant())
        .expectNoEvents();
  }

  @Test
  void a_lapsed_members_appointment_is_flagged_for_staff() {
    fixture
        .given(CREATED, appointed("a-1", "resident-1", TRAINEE_REPRESENTATIVE))
        .when(new FlagAppointment(ID, "a-1", "membership LAPSED"))
        .expectEvents(new AppointmentFlagged(ID, "a-1", "resident-1", "membership LAPSED"));
  }

  @Test
  void an_appointment_is_flagged_once() {
    fixture
        .given(
            CREATED,
            appointed("a-1", "resident-1", TRAINEE_REPRESENTATIVE),
            new AppointmentFlagged(ID, "a-1", "resident-1", "membership LAPSED"))
        .when(new FlagAppointment(ID, "a-1", "membership LAPSED"))
        .expectSuccessfulHandlerExecution()
        .expectNoEvents();
  }

  @Test
  void an_appointment_schedules_the_end_of_its_term() {
    fixture
        .given(CREATED)
        .when(new AppointMember(ID, "a-1", "resident-1", TRAINEE_REPRESENTATIVE, START, END, null))
        .expectScheduledDeadline(
            END.plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant(),
            new TermEndDue("a-1", END));
  }

  @Test
  void a_term_runs_its_course() {
    fixture
        .givenCurrentTime(START.atStartOfDay(java.time.ZoneOffset.UTC).toInstant())
        .andGiven(CREATED)
        .andGivenCommands(
            new AppointMember(ID, "a-1", "resident-1", TRAINEE_REPRESENTATIVE, START, END, null))
        .whenThenTimeAdvancesTo(END.plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant())
        .expectEvents(new AppointmentTermEnded(ID, "a-1", "resident-1", END));
  }

  @Test
  void a_renewed_term_does_not_end_at_the_old_date() {
    fixture
        .givenCurrentTime(START.atStartOfDay(java.time.ZoneOffset.UTC).toInstant())
        .andGiven(CREATED)
        .andGivenCommands(
            new AppointMember(ID, "a-1", "resident-1", TRAINEE_REPRESENTATIVE, START, END, null),
            new RenewAppointment(ID, "a-1", END.plusYears(1)))
        .whenThenTimeAdvancesTo(END.plusDays(2).atStartOfDay(java.time.ZoneOffset.UTC).toInstant())
        .expectNoEvents();
  }

  @Test
  void a_renewal_is_refused_when_the_seat_is_promised_to_someone_else() {
    fixture
        .given(
            CREATED,
            appointed("a-1", "resident-1", TRAINEE_REPRESENTATIVE),
            new MemberAppointed(
                ID,
                "a-2",
                "resident-2",
                TRAINEE_REPRESENTATIVE,
                END.plusDays(1),
                END.plusYears(2),
                "Education Committee",
                SOCIETY,
                null))
        .when(new RenewAppointment(ID, "a-1", END.plusYears(1)))
        .expectException(DomainException.class)
        .expectExceptionMessage("termEnd: the seat is promised to someone else in that time")
        .expectNoEvents();
  }

  @Test
  void a_renewal_extends_a_term_while_the_seat_is_free() {
    fixture
        .given(CREATED, appointed("a-1", "resident-1", TRAINEE_REPRESENTATIVE))
        .when(new RenewAppointment(ID, "a-1", END.plusYears(1)))
        .expectEvents(new AppointmentRenewed(ID, "a-1", "resident-1", END, END.plusYears(1)));
  }

  private static final MemberAppointed FROM_SELECTION =
      new MemberAppointed(
          ID,
          "a-1",
          "resident-1",
          TRAINEE_REPRESENTATIVE,
          START,
          END,
          "Education Committee",
          SOCIETY,
          "app-1");

  @Test
  void a_selected_candidate_is_appointed_from_the_selection() {
    selections.put(
        "app-1", new Selections.Selection(ID, "resident-1", TRAINEE_REPRESENTATIVE, true));
    fixture
        .given(CREATED)
        .when(
            new AppointMember(ID, "a-1", "resident-1", TRAINEE_REPRESENTATIVE, START, END, "app-1"))
        .expectEvents(FROM_SELECTION);
  }

  @Test
  void a_selection_appoints_once() {
    selections.put(
        "app-1", new Selections.Selection(ID, "resident-1", TRAINEE_REPRESENTATIVE, true));
    fixture
        .given(CREATED, FROM_SELECTION)
        .when(
            new AppointMember(
                ID,
                "a-2",
                "resident-1",
                TRAINEE_REPRESENTATIVE,
                END.plusDays(1),
                END.plusYears(2),
                "app-1"))
        .expectException(DomainException.class)
        .expectExceptionMessage("submissionId: an appointment was already made from this selection")
        .expectNoEvents();
  }

  @Test
  void an_application_not_selected_appoints_nobody() {
    selections.put(
        "app-1", new Selections.Selection(ID, "resident-1", TRAINEE_REPRESENTATIVE, false));
    selections.put(
        "app-2", new Selections.Selection(ID, "resident-2", TRAINEE_REPRESENTATIVE, true));
    fixture
        .given(CREATED)
        .when(
            new AppointMember(ID, "a-1", "resident-1", TRAINEE_REPRESENTATIVE, START, END, "app-1"))
        .expectException(DomainException.class)
        .expectExceptionMessage("submissionId: it has not been selected")
        .expectNoEvents();
  }

  @Test
  void a_selection_appoints_only_its_candidate() {
    selections.put(
        "app-1", new Selections.Selection(ID, "resident-1", TRAINEE_REPRESENTATIVE, false));
    selections.put(
        "app-2", new Selections.Selection(ID, "resident-2", TRAINEE_REPRESENTATIVE, true));
    fixture
        .given(CREATED)
        .when(
            new AppointMember(ID, "a-1", "resident-1", TRAINEE_REPRESENTATIVE, START, END, "app-2"))
        .expectException(DomainException.class)
        .expectExceptionMessage(
            "submissionId: the selection is for another member, seat or committee")
        .expectNoEvents();
  }
}
