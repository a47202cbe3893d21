package org.medsoc.committee.call.command;

import static org.medsoc.committee.call.command.CallOpening.aCallForSeats;
import static org.medsoc.committee.call.command.CallOpening.aCallForTalks;
import static org.medsoc.committee.call.command.CallOpening.anAwardCycle;
import static org.medsoc.committee.committee.api.SeatRole.*;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.medsoc.committee.call.api.*;
import org.medsoc.committee.committee.command.CommitteeRegistry.CommitteeFacts;
import org.medsoc.committee.committee.command.Committees;
import org.medsoc.kernel.error.DomainException;
import org.medsoc.kernel.member.MembershipCategory;
import org.medsoc.kernel.member.MembershipStatus;
import org.medsoc.kernel.member.TrainingLevel;
import org.medsoc.platform.acting.Actor;
import org.medsoc.platform.eligibility.Eligibility;
import org.medsoc.platform.eligibility.MemberEligibility;

class CallTest {

  private static final String CALL = "call-2027";
  private static final String COMMITTEE = "education";
  private static final String AWARDS = "awards";
  private static final String SOCIETY = "acp";
  private static final String SECTION = "residents-section";
  private static final LocalDate OPENS = LocalDate.of(2027, 3, 1);
  private static final LocalDate CLOSES = LocalDate.of(2027, 3, 31);
  private static final Instant DURING = Instant.parse("2027-03-10T12:00:00Z");
  private static final Instant AFTER = Instant.parse("2027-04-02T12:00:00Z");
  private static final CallEligibility TRAINEES_OF_SECTION =
      new CallEligibility(
          Set.of(MembershipCategory.RESIDENT_FELLOW_IN_TRAINING),
          Set.of(TrainingLevel.PGY1, TrainingLevel.PGY2, TrainingLevel.PGY3),
          SECTION);
  private static final CallOpened OPENED =
      new CallOpened(
          CALL,
          COMMITTEE,
          SOCIETY,
          CallPurpose.COMMITTEE_SEAT,
          "Resident representative 2027",
          "one trainee seat",
          Set.of(TRAINEE_REPRESENTATIVE),
          TRAINEES_OF_SECTION,
          OPENS,
          CLOSES,
          false,
          null,
          null,
          false);
  private static final CallClosed CLOSED = new CallClosed(CALL, CLOSES);
  private static final Actor CHAIR_REVIEWER = new Actor("chair-login", "attending-1", Set.of());
  private static final Actor STAFF_REVIEWER = new Actor("staff-login", null, Set.of());

  private final Map<String, MemberEligibility> members = new HashMap<>();
  private final Map<String, Cycles.Cycle> cycles = new HashMap<>();
  private final Map<String, String> continuations = new HashMap<>();
  private final List<Cycles.Unselected> unselected = new ArrayList<>();
  private FixtureConfiguration<Call> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(Call.class);
    fixture.registerInjectableResource(
        (Eligibility)
            (memberId, societyId) -> Optional.ofNullable(members.get(memberId + "@" + societyId)));
    fixture.registerInjectableResource(
        (Committees)
            id ->
                Optional.of(
                    new CommitteeFacts(id, SOCIETY, id, 2, id.equals(AWARDS), id.equals(AWARDS))));
    fixture.registerInjectableResource(
        new Cycles() {
          @Override
          public Optional<Cycle> find(String callId) {
            return Optional.ofNullable(cycles.get(callId));
          }

          @Override
          public Optional<String> continuationOf(String callId) {
            return Optional.ofNullable(continuations.get(callId));
          }

          @Override
          public List<Unselected> unselectedNominationsOf(String callId) {
            return unselected;
          }
        });
    fixture.registerInjectableResource(
        new CallReferences() {
          @Override
          public Optional<String> societyOfConference(String conferenceId) {
            return switch (conferenceId) {
              case "annual-meeting" -> Optional.of(SOCIETY);
              case "another-societys-meeting" -> Optional.of("another-society");
              default -> Optional.empty();
            };
          }

          @Override
          public boolean sponsors(String sponsorshipId, String sponsorId, String protegeId) {
            return sponsorshipId.equals("sp-1")
                && sponsorId.equals("attending-1")
                && protegeId.equals("resident-1");
          }
        });
    member("resident-1", MembershipStatus.ACTIVE, TrainingLevel.PGY2, SECTION);
    member("resident-2", MembershipStatus.ACTIVE, TrainingLevel.PGY3, SECTION);
    member("resident-outside", MembershipStatus.ACTIVE, TrainingLevel.PGY2);
    member("fellow-1", MembershipStatus.ACTIVE, TrainingLevel.FELLOW, SECTION);
    member("lapsed-1", MembershipStatus.LAPSED, TrainingLevel.PGY1, SECTION);
    member("attending-1", MembershipStatus.ACTIVE, TrainingLevel.ATTENDING);
  }

  private void member(String id, MembershipStatus status, TrainingLevel level, String... sections) {
    members.put(
        id + "@" + SOCIETY,
        new MemberEligibility(
            id,
            SOCIETY,
            status,
            MembershipCategory.RESIDENT_FELLOW_IN_TRAINING,
            level,
            LocalDate.of(2028, 1, 1),
            Set.of(sections),
            3,
            Instant.now()));
  }

  private OpenCall openSeats() {
    return aCallForSeats(CALL, COMMITTEE, TRAINEE_REPRESENTATIVE)
        .titled(" Resident representative 2027 ")
        .described("one trainee seat")
        .openTo(TRAINEES_OF_SECTION)
        .open(OPENS, CLOSES)
        .build();
  }

  private static ApplicationSubmitted applied(String id, String applicant) {
    return new ApplicationSubmitted(CALL, id, applicant, TRAINEE_REPRESENTATIVE, "I care");
  }

  private static MemberNominated nominated(String id, String nominator, String nominee) {
    return new MemberNominated(
        CALL, id, nominator, nominee, TRAINEE_REPRESENTATIVE, "reliable and kind", "sp-1");
  }

  @Test
  void staff_open_a_call_for_volunteers_that_closes_by_deadline() {
    fixture
        .givenCurrentTime(DURING)
        .when(openSeats())
        .expectEvents(OPENED)
        .expectScheduledDeadlineWithName(
            CLOSES.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(), Call.CLOSING);
  }

  @Test
  void the_call_closes_when_its_deadline_passes() {
    fixture
        .givenCurrentTime(DURING)
        .andGivenCommands(openSeats())
        .whenTimeElapses(java.time.Duration.ofDays(30))
        .expectEvents(CLOSED);
  }

  @Test
  void a_call_for_seats_names_its_seats() {
    OpenCall noSeats = aCallForSeats(CALL, COMMITTEE).build();
    fixture.givenCurrentTime(DURING).when(noSeats).expectException(DomainException.class);
  }

  @Test
  void a_call_closes_on_or_after_the_day_it_opens() {
    OpenCall inverted = aCallForSeats(CALL, COMMITTEE, MEMBER).open(CLOSES, OPENS).build();
    fixture
        .givenCurrentTime(DURING)
        .when(inverted)
        .expectException(DomainException.class)
        .expectExceptionMessage("closesOn: a call closes on or after the day it opens")
        .expectNoEvents();
  }

  @Test
  void only_an_award_committee_runs_award_cycles() {
    fixture
        .givenCurrentTime(DURING)
        .when(anAwardCycle(CALL, COMMITTEE).titled("Young Investigator Award").build())
        .expectException(DomainException.class)
        .expectExceptionMessage("purpose: only an award committee runs award cycles")
        .expectNoEvents();
  }

  @Test
  void an_eligible_trainee_applies_with_a_statement_of_interest() {
    fixture
        .givenCurrentTime(DURING)
        .andGiven(OPENED)
        .when(
            new Apply(
                CALL, "app-1", Actor.member("resident-1"), TRAINEE_REPRESENTATIVE, " I care "))
        .expectEvents(applied("app-1", "resident-1"));
  }

  @Test
  void applying_after_the_deadline_is_refused() {
    fixture
        .givenCurrentTime(AFTER)
        .andGiven(OPENED)
        .when(new Apply(CALL, "app-1", Actor.member("resident-1"), TRAINEE_REPRESENTATIVE, "late"))
        .expectException(DomainException.class)
        .expectExceptionMessage("callId: the call closed on 2027-03-31")
        .expectNoEvents();
  }

  @Test
  void applying_before_the_call_opens_is_refused() {
    fixture
        .givenCurrentTime(Instant.parse("2027-02-20T10:00:00Z"))
        .andGiven(OPENED)
        .when(new Apply(CALL, "app-1", Actor.member("resident-1"), TRAINEE_REPRESENTATIVE, "early"))
        .expectException(DomainException.class)
        .expectExceptionMessage("callId: the call opens on 2027-03-01")
        .expectNoEvents();
  }

  @Test
  void a_member_outside_the_calls_eligibility_cannot_apply() {
    for (String ineligible : List.of("resident-outside", "fellow-1", "lapsed-1", "stranger")) {
      fixture
          .givenCurrentTime(DURING)
          .andGiven(OPENED)
          .when(
              new Apply(CALL, "app-1", Actor.member(ineligible), TRAINEE_REPRESENTATIVE, "please"))
          .expectException(DomainException.class)
          .expectExceptionMessage(
              "applicantId: only an active member of the society who meets the call's eligibility")
          .expectNoEvents();
    }
  }

  @Test
  void an_application_is_for_a_seat_the_call_offers() {
    fixture
        .givenCurrentTime(DURING)
        .andGiven(OPENED)
        .when(new Apply(CALL, "app-1", Actor.member("resident-1"), CHAIR, "I would chair"))
        .expectException(DomainException.class)
        .expectNoEvents();
  }

  @Test
  void an_applicant_has_one_application_at_a_time() {
    fixture
        .givenCurrentTime(DURING)
        .andGiven(OPENED, applied("app-1", "resident-1"))
        .when(new Apply(CALL, "app-2", Actor.member("resident-1"), TRAINEE_REPRESENTATIVE, "again"))
        .expectException(DomainException.class)
        .expectExceptionMessage("applicantId: you have already applied to this call")
        .expectNoEvents();
  }

  @Test
  void an_applicant_asks_her_mentor_to_endorse_her_application() {
    fixture
        .givenCurrentTime(DURING)
        .andGiven(OPENED, applied("app-1", "resident-1"))
        .when(
            new RequestEndorsement(
                CALL, "app-1", Actor.member("resident-1"), "attending-1", EndorserRelation.MENTOR))
        .expectEvents(
            new EndorsementRequested(
                CALL, "app-1", "resident-1", "attending-1", EndorserRelation.MENTOR));
  }

  @Test
  void only_the_applicant_asks_for_an_endorsement() {
    fixture
        .givenCurrentTime(DURING)
        .andGiven(OPENED, applied("app-1", "resident-1"))
        .when(
            new RequestEndorsement(
                CALL, "app-1", Actor.member("resident-2"), "attending-1", EndorserRelation.MENTOR))
        .expectException(DomainException.class)
        .expectNoEvents();
  }

  @Test
  void an_endorsement_is_asked_of_each_endorser_once() {
    fixture
        .givenCurrentTime(DURING)
        .andGiven(
            OPENED,
            applied("app-1", "resident-1"),
            new EndorsementRequested(
                CALL, "app-1", "resident-1", "attending-1", EndorserRelation.MENTOR))
        .when(
            new RequestEndorsement(
                CALL,
                "app-1",
                Actor.member("resident-1"),
                "attending-1",
                EndorserRelation.PROGRAM_DIRECTOR))
        .expectException(DomainException.class)
        .expectExceptionMessage("endorserId: you have already asked them")
        .expectNoEvents();
  }

  @Test
  void an_endorsement_is_asked_of_a_member_of_the_calls_society() {
    fixture
        .givenCurrentTime(DURING)
        .andGiven(OPENED, applied("app-1", "resident-1"))
        .when(
            new RequestEndorsement(
                CALL, "app-1", Actor.member("resident-1"), "stranger-1", EndorserRelation.MENTOR))
        .expectException(DomainException.class)
        .expectNoEvents();
  }

  @Test
  void an_applicant_does_not_ask_herself_for_an_endorsement() {
    fixture
        .givenCurrentTime(DURING)
        .andGiven(OPENED, applied("app-1", "resident-1"))
        .when(
            new RequestEndorsement(
                CALL, "app-1", Actor.member("resident-1"), "resident-1", EndorserRelation.MENTOR))
        .expectException(DomainException.class)
        .expectExceptionMessage("endorserId: ask someone other than yourself")
        .expectNoEvents();
  }

  private static final ApplicationEndorsed ENDORSED =
      new ApplicationEndorsed(
          CALL, "app-1", "resident-1", "attending-1", EndorserRelation.MENTOR, "strong");

  @Test
  void a_mentor_endorses_an_application_as_their_own_action() {
    fixture
        .givenCurrentTime(DURING)
        .andGiven(OPENED, applied("app-1", "resident-1"))
        .when(
            new EndorseApplication(
                CALL, "app-1", Actor.member("attending-1"), EndorserRelation.MENTOR, " strong "))
        .expectEvents(ENDORSED);
  }

  @Test
  void a_mentor_endorses_an_application_once() {
    fixture
        .givenCurrentTime(DURING)
        .andGiven(OPENED, applied("app-1", "resident-1"), ENDORSED)
        .when(
            new EndorseApplication(
                CALL, "app-1", Actor.member("attending-1"), EndorserRelation.MENTOR, "x"))
        .expectException(DomainException.class)
        .expectNoEvents();
  }

  @Test
  void an_applicant_cannot_endorse_themself() {
    fixture
        .givenCurrentTime(DURING)
        .andGiven(OPENED, applied("app-1", "resident-1"))
        .when(
            new EndorseApplication(
                CALL, "app-1", Actor.member("resident-1"), EndorserRelation.COLLEAGUE, "me!"))
        .expectException(DomainException.class)
        .expectExceptionMessage("endorserId: an applicant cannot endorse themself")
        .expectNoEvents();
  }

  @Test
  void the_applicant_withdraws_their_application() {
    fixture
        .givenCurrentTime(DURING)
        .andGiven(OPENED, applied("app-1", "resident-1"))
        .when(
            new WithdrawSubmission(CALL, "app-1", Actor.member("resident-1"), "matched elsewhere"))
        .expectEvents(
            new SubmissionWithdrawn(
                CALL, "app-1", "resident-1", "resident-1", "matched elsewhere"));
  }

  @Test
  void nobody_else_withdraws_an_application() {
    fixture
        .givenCurrentTime(DURING)
        .andGiven(OPENED, applied("app-1", "resident-1"))
        .when(new WithdrawSubmission(CALL, "app-1", Actor.member("resident-2"), "sabotage"))
        .expectException(DomainException.class)
        .expectExceptionMessage("not permitted for this caller")
        .expectNoEvents();
  }

  @Test
  void a_sponsor_nominates_an_eligible_trainee_whose_consent_is_then_asked() {
    fixture
        .givenCurrentTime(DURING)
        .andGiven(OPENED)
        .when(
            new Nominate(
                CALL,
                "nom-1",
                Actor.member("attending-1"),
                "resident-1",
                TRAINEE_REPRESENTATIVE,
                " reliable and kind ",
                "sp-1"))
        .expectEvents(nominated("nom-1", "attending-1", "resident-1"));
  }

  @Test
  void a_nomination_names_only_a_sponsorship_of_its_nominator_and_nominee() {
    for (String[] claim :
        new String[][] {
          {"attending-1", "resident-2", "sp-1"},
          {"fellow-1", "resident-1", "sp-1"},
          {"attending-1", "resident-1", "sp-unknown"}
        }) {
      fixture
          .givenCurrentTime(DURING)
          .andGiven(OPENED)
          .when(
              new Nominate(
                  CALL,
                  "nom-1",
                  Actor.member(claim[0]),
                  claim[1],
                  TRAINEE_REPRESENTATIVE,
                  "reliable",
                  claim[2]))
          .expectException(DomainException.class)
          .expectExceptionMessage(
              "sponsorshipId: no sponsorship of the nominee by the nominator is known by that id")
          .expectNoEvents();
    }
  }

  @Test
  void nominating_oneself_where_the_call_forbids_it_is_refused() {
    fixture
        .givenCurrentTime(DURING)
        .andGiven(OPENED)
        .when(
            new Nominate(
                CALL,
                "nom-1",
                Actor.member("resident-1"),
                "resident-1",
                TRAINEE_REPRESENTATIVE,
                "me",
                null))
        .expectException(DomainException.class)
        .expectExceptionMessage("nomineeId: this call does not accept self-nomination")
        .expectNoEvents();
  }

  @Test
  void a_self_nomination_where_allowed_carries_its_own_consent() {
    CallOpened selfAllowed =
        new CallOpened(
            CALL,
            COMMITTEE,
            SOCIETY,
            CallPurpose.COMMITTEE_SEAT,
            "Resident representative 2027",
            null,
            Set.of(TRAINEE_REPRESENTATIVE),
            TRAINEES_OF_SECTION,
            OPENS,
            CLOSES,
            true,
            null,
            null,
            false);
    fixture
        .givenCurrentTime(DURING)
        .andGiven(selfAllowed)
        .when(
            new Nominate(
                CALL,
                "nom-1",
                Actor.member("resident-1"),
                "resident-1",
                TRAINEE_REPRESENTATIVE,
                "me",
                null))
        .expectEvents(
            new MemberNominated(
                CALL, "nom-1", "resident-1", "resident-1", TRAINEE_REPRESENTATIVE, "me", null),
            new NominationAccepted(CALL, "nom-1", "resident-1"));
  }

  @Test
  void the_nominee_declines_without_penalty() {
    fixture
        .givenCurrentTime(DURING)
        .andGiven(OPENED, nominated("nom-1", "attending-1", "resident-1"))
        .when(
            new AnswerNomination(CALL, "nom-1", Actor.member("resident-1"), false, "not this year"))
        .expectEvents(new NominationDeclined(CALL, "nom-1", "resident-1", "not this year"));
  }

  @Test
  void only_the_nominee_answers_a_nomination() {
    fixture
        .givenCurrentTime(DURING)
        .andGiven(OPENED, nominated("nom-1", "attending-1", "resident-1"))
        .when(new AnswerNomination(CALL, "nom-1", Actor.member("attending-1"), true, null))
        .expectException(DomainException.class)
        .expectNoEvents();
  }

  @Test
  void the_nominee_answers_once() {
    fixture
        .givenCurrentTime(DURING)
        .andGiven(
            OPENED,
            nominated("nom-1", "attending-1", "resident-1"),
            new NominationAccepted(CALL, "nom-1", "resident-1"))
        .when(
            new AnswerNomination(
                CALL, "nom-1", Actor.member("resident-1"), false, "changed my mind"))
        .expectException(DomainException.class)
        .expectExceptionMessage("consent: you have already answered this nomination")
        .expectNoEvents();
  }

  @Test
  void a_nomination_without_consent_is_not_shortlisted() {
    fixture
        .givenCurrentTime(DURING)
        .andGiven(OPENED, nominated("nom-1", "attending-1", "resident-1"))
        .when(new Shortlist(CALL, "nom-1", STAFF_REVIEWER))
        .expectException(DomainException.class)
        .expectExceptionMessage("submissionId: the nominee has not consented to be considered")
        .expectNoEvents();
  }

  @Test
  void staff_shortlist_an_application() {
    fixture
        .givenCurrentTime(DURING)
        .andGiven(OPENED, applied("app-1", "resident-1"))
        .when(new Shortlist(CALL, "app-1", STAFF_REVIEWER))
        .expectEvents(new Shortlisted(CALL, "app-1", "resident-1"));
  }

  @Test
  void a_chair_who_is_the_candidate_does_not_shortlist_themself() {
    fixture
        .givenCurrentTime(DURING)
        .andGiven(OPENED, applied("app-1", "attending-1"))
        .when(new Shortlist(CALL, "app-1", CHAIR_REVIEWER))
        .expectException(DomainException.class)
        .expectExceptionMessage(
            "reviewer: a reviewer with a conflict of interest cannot weigh this candidate")
        .expectNoEvents();
  }

  @Test
  void decisions_wait_for_the_call_to_close() {
    fixture
        .givenCurrentTime(DURING)
        .andGiven(OPENED, applied("app-1", "resident-1"))
        .when(new Decide(CALL, "app-1", STAFF_REVIEWER, Outcome.SELECTED, "best statement"))
        .expectException(DomainException.class)
        .expectExceptionMessage(
            "submissionId: decisions are made once the call has closed, on 2027-03-31")
        .expectNoEvents();
  }

  @Test
  void after_closing_a_reviewer_decides_with_a_reason() {
    fixture
        .givenCurrentTime(AFTER)
        .andGiven(OPENED, applied("app-1", "resident-1"), CLOSED)
        .when(new Decide(CALL, "app-1", STAFF_REVIEWER, Outcome.SELECTED, " best statement "))
        .expectEvents(
            new SubmissionDecided(
                CALL, "app-1", "resident-1", Outcome.SELECTED, "best statement", "staff-login"));
  }

  @Test
  void a_reviewer_who_declared_a_conflict_cannot_decide_on_that_candidate() {
    fixture
        .givenCurrentTime(AFTER)
        .andGiven(
            OPENED,
            applied("app-1", "resident-1"),
            CLOSED,
            new ConflictDeclared(CALL, "staff-login", "resident-1", "same program"))
        .when(new Decide(CALL, "app-1", STAFF_REVIEWER, Outcome.NOT_SELECTED, "x"))
        .expectException(DomainException.class)
        .expectExceptionMessage(
            "reviewer: a reviewer with a conflict of interest cannot weigh this candidate")
        .expectNoEvents();
  }

  @Test
  void an_endorser_has_a_conflict_without_declaring_it() {
    fixture
        .givenCurrentTime(AFTER)
        .andGiven(
            OPENED,
            applied("app-1", "resident-1"),
            new ApplicationEndorsed(
                CALL, "app-1", "resident-1", "attending-1", EndorserRelation.MENTOR, "strong"),
            CLOSED)
        .when(new Decide(CALL, "app-1", CHAIR_REVIEWER, Outcome.SELECTED, "x"))
        .expectException(DomainException.class)
        .expectNoEvents();
  }

  @Test
  void a_nominator_has_a_conflict_without_declaring_it() {
    fixture
        .givenCurrentTime(AFTER)
        .andGiven(
            OPENED,
            nominated("nom-1", "attending-1", "resident-1"),
            new NominationAccepted(CALL, "nom-1", "resident-1"),
            CLOSED)
        .when(new Decide(CALL, "nom-1", CHAIR_REVIEWER, Outcome.SELECTED, "x"))
        .expectException(DomainException.class)
        .expectNoEvents();
  }

  @Test
  void declaring_the_same_conflict_twice_records_it_once() {
    ConflictDeclared declared =
        new ConflictDeclared(CALL, "staff-login", "resident-1", "same program");
    fixture
        .givenCurrentTime(DURING)
        .andGiven(OPENED, declared)
        .when(new DeclareConflict(CALL, STAFF_REVIEWER, "resident-1", "same program"))
        .expectSuccessfulHandlerExecution()
        .expectNoEvents();
  }

  @Test
  void an_active_candidate_is_selected() {
    fixture
        .givenCurrentTime(AFTER)
        .andGiven(OPENED, applied("app-1", "resident-1"), CLOSED)
        .when(new Decide(CALL, "app-1", STAFF_REVIEWER, Outcome.SELECTED, "x"))
        .expectSuccessfulHandlerExecution();
  }

  @Test
  void a_candidate_whose_membership_lapsed_is_not_selected() {
    member("resident-1", MembershipStatus.LAPSED, TrainingLevel.PGY2, SECTION);
    fixture
        .givenCurrentTime(AFTER)
        .andGiven(OPENED, applied("app-1", "resident-1"), CLOSED)
        .when(new Decide(CALL, "app-1", STAFF_REVIEWER, Outcome.SELECTED, "x"))
        .expectException(DomainException.class)
        .expectNoEvents();
  }

  @Test
  void a_withdrawn_application_is_not_decided() {
    fixture
        .givenCurrentTime(AFTER)
        .andGiven(
            OPENED,
            applied("app-1", "resident-1"),
            new SubmissionWithdrawn(CALL, "app-1", "resident-1", "resident-1", null),
            CLOSED)
        .when(new Decide(CALL, "app-1", STAFF_REVIEWER, Outcome.NOT_SELECTED, "x"))
        .expectException(DomainException.class)
        .expectExceptionMessage("submissionId: it is already withdrawn")
        .expectNoEvents();
  }

  @Test
  void the_next_award_cycle_carries_over_the_unselected_nominations_of_eligible_nominees() {
    cycles.put("award-2026", new Cycles.Cycle("award-2026", AWARDS, CallPurpose.AWARD, true));
    unselected.add(
        new Cycles.Unselected("n-a", "attending-1", "resident-1", null, "steady", "sp-1", true));
    unselected.add(
        new Cycles.Unselected("n-b", "attending-1", "lapsed-1", null, "bright", null, true));
    OpenCall next =
        anAwardCycle("award-2027", AWARDS)
            .titled("Young Investigator Award 2027")
            .continuing("award-2026")
            .build();
    String carriedId =
        java.util
            .UUID
            .nameUUIDFromBytes("award-2027/n-a".getBytes(java.nio.charset.StandardCharsets.UTF_8))
            .toString();
    fixture
        .givenCurrentTime(DURING)
        .when(next)
        .expectEvents(
            new CallOpened(
                "award-2027",
                AWARDS,
                SOCIETY,
                CallPurpose.AWARD,
                "Young Investigator Award 2027",
                null,
                Set.of(),
                CallEligibility.anyMember(),
                OPENS,
                CLOSES,
                true,
                null,
                "award-2026",
                true),
            new NominationCarriedOver(
                "award-2027",
                carriedId,
                "award-2026",
                "n-a",
                "attending-1",
                "resident-1",
                null,
                "steady",
                "sp-1",
                true));
  }

  @Test
  void a_cycle_is_continued_only_after_it_closed() {
    OpenCall next =
        anAwardCycle("award-2027", AWARDS).titled("Award 2027").continuing("award-2026").build();
    cycles.put("award-2026", new Cycles.Cycle("award-2026", AWARDS, CallPurpose.AWARD, false));
    fixture
        .givenCurrentTime(DURING)
        .when(next)
        .expectException(DomainException.class)
        .expectExceptionMessage("previousCallId: the previous cycle has not closed yet")
        .expectNoEvents();
  }

  @Test
  void a_cycle_is_continued_once() {
    OpenCall next =
        anAwardCycle("award-2027", AWARDS).titled("Award 2027").continuing("award-2026").build();
    cycles.put("award-2026", new Cycles.Cycle("award-2026", AWARDS, CallPurpose.AWARD, false));
    cycles.put("award-2026", new Cycles.Cycle("award-2026", AWARDS, CallPurpose.AWARD, true));
    continuations.put("award-2026", "award-2027-bis");
    fixture
        .givenCurrentTime(DURING)
        .when(next)
        .expectException(DomainException.class)
        .expectExceptionMessage(
            "previousCallId: the call award-2027-bis already continues that cycle")
        .expectNoEvents();
  }

  @Test
  void a_talk_call_names_its_conference() {
    fixture
        .givenCurrentTime(DURING)
        .when(aCallForTalks(CALL, COMMITTEE).titled("Plenary talk").build())
        .expectException(DomainException.class)
        .expectExceptionMessage(
            "conferenceId: a talk or panel call names its conference, and only such a call")
        .expectNoEvents();
  }

  @Test
  void a_talk_call_names_a_conference_of_its_own_society_only() {
    for (String conference : new String[] {"another-societys-meeting", "unheard-of"}) {
      fixture
          .givenCurrentTime(DURING)
          .when(
              aCallForTalks(CALL, COMMITTEE)
                  .titled("Plenary talk")
                  .forConference(conference)
                  .build())
          .expectException(DomainException.class)
          .expectExceptionMessage(
              "conferenceId: no conference of this committee's society is known by that id")
          .expectNoEvents();
    }
  }
}
