package org.medsoc.member.introduction.command;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.medsoc.kernel.error.DomainException;
import org.medsoc.member.acting.Parties;
import org.medsoc.member.introduction.api.*;
import org.medsoc.member.member.command.Members;
import org.medsoc.platform.acting.Actor;

class IntroductionTest {

  private static final String ID = "intro-1";
  private static final String SPONSOR = "dr-patel";
  private static final String RESIDENT = "dr-okafor";
  private static final String LEADER = "dr-lind";
  private static final Duration ANSWER_WITHIN = Duration.ofDays(14);
  private static final Instant NOW = Instant.parse("2027-03-01T09:00:00Z");
  private static final Actor AS_SPONSOR = Actor.member(SPONSOR);
  private static final Actor AS_RESIDENT = Actor.member(RESIDENT);
  private static final Actor AS_LEADER = Actor.member(LEADER);
  private static final Actor AS_STRANGER = Actor.member("dr-stranger");

  private AggregateTestFixture<Introduction> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(Introduction.class);
    Members members = Set.of(SPONSOR, RESIDENT, LEADER, "dr-stranger")::contains;
    fixture.registerInjectableResource(members);
    fixture.registerInjectableResource(new IntroductionPolicy(ANSWER_WITHIN));
    fixture.registerInjectableResource(
        new Parties(null) {
          @Override
          public boolean plays(String recordId, String memberId, Role role) {
            return (recordId.equals("sponsorship-3")
                    && ((role == Role.SPONSOR && memberId.equals(SPONSOR))
                        || (role == Role.PROTEGE && memberId.equals(RESIDENT))))
                || (recordId.equals("request-5")
                    && ((role == Role.INTRODUCER && memberId.equals(SPONSOR))
                        || (role == Role.ASKER && memberId.equals(RESIDENT))));
          }
        });
  }

  private IntroductionProposed proposed() {
    return new IntroductionProposed(
        ID,
        SPONSOR,
        RESIDENT,
        LEADER,
        "you both work on sepsis QI",
        "ACP annual meeting",
        null,
        NOW.plus(ANSWER_WITHIN),
        null);
  }

  private ProposeIntroduction propose(Actor actor, String introducer, String first, String second) {
    return new ProposeIntroduction(
        ID,
        actor,
        introducer,
        first,
        second,
        " you both work on sepsis QI ",
        "ACP annual meeting",
        null,
        null);
  }

  @Test
  void a_sponsor_introduces_a_resident_to_a_leader_elsewhere() {
    fixture
        .givenCurrentTime(NOW)
        .when(propose(AS_SPONSOR, SPONSOR, RESIDENT, LEADER))
        .expectEvents(proposed())
        .expectScheduledDeadlineWithName(ANSWER_WITHIN, Introduction.ANSWER_DEADLINE);
  }

  @Test
  void nobody_introduces_themself() {
    fixture
        .givenCurrentTime(NOW)
        .when(propose(AS_SPONSOR, SPONSOR, SPONSOR, LEADER))
        .expectException(DomainException.class)
        .expectExceptionMessage(
            "introducerId: an introducer introduces two other members, not themself")
        .expectNoEvents();
  }

  @Test
  void an_introduction_is_between_two_different_members() {
    fixture
        .givenCurrentTime(NOW)
        .when(propose(AS_SPONSOR, SPONSOR, LEADER, LEADER))
        .expectException(DomainException.class)
        .expectNoEvents();
  }

  @Test
  void both_sides_must_be_existing_members() {
    fixture
        .givenCurrentTime(NOW)
        .when(propose(AS_SPONSOR, SPONSOR, RESIDENT, "dr-nobody"))
        .expectException(DomainException.class)
        .expectExceptionMessage("memberId: no member dr-nobody")
        .expectNoEvents();
  }

  @Test
  void nobody_proposes_an_introduction_in_someone_elses_name() {
    fixture
        .givenCurrentTime(NOW)
        .when(propose(AS_STRANGER, SPONSOR, RESIDENT, LEADER))
        .expectException(DomainException.class)
        .expectNoEvents();
  }

  @Test
  void when_both_sides_accept_they_are_connected() {
    fixture
        .givenCurrentTime(NOW)
        .andGiven(proposed(), new IntroductionAccepted(ID, RESIDENT))
        .when(new AnswerIntroduction(ID, AS_LEADER, LEADER, true, null))
        .expectEvents(new IntroductionAccepted(ID, LEADER), new IntroductionConnected(ID));
  }

  @Test
  void a_decline_is_recorded_without_a_reason_and_ends_the_introduction() {
    fixture
        .givenCurrentTime(NOW)
        .andGiven(proposed())
        .when(new AnswerIntroduction(ID, AS_LEADER, LEADER, false, null))
        .expectEvents(new IntroductionDeclined(ID, LEADER, null));
  }

  @Test
  void only_a_side_answers_for_itself() {
    fixture
        .givenCurrentTime(NOW)
        .andGiven(proposed())
        .when(new AnswerIntroduction(ID, AS_RESIDENT, LEADER, true, null))
        .expectException(DomainException.class)
        .expectNoEvents();
  }

  @Test
  void a_side_answers_once() {
    fixture
        .givenCurrentTime(NOW)
        .andGiven(proposed(), new IntroductionAccepted(ID, RESIDENT))
        .when(new AnswerIntroduction(ID, AS_RESIDENT, RESIDENT, false, "changed my mind"))
        .expectException(DomainException.class)
        .expectExceptionMessage("memberId: this side has already answered")
        .expectNoEvents();
  }

  @Test
  void a_declined_introduction_takes_no_more_answers() {
    fixture
        .givenCurrentTime(NOW)
        .andGiven(proposed(), new IntroductionDeclined(ID, LEADER, null))
        .when(new AnswerIntroduction(ID, AS_RESIDENT, RESIDENT, true, null))
        .expectException(DomainException.class)
        .expectNoEvents();
  }

  @Test
  void an_unanswered_introduction_expires_when_the_time_runs_out() {
    fixture
        .givenCurrentTime(NOW)
        .andGivenCommands(propose(AS_SPONSOR, SPONSOR, RESIDENT, LEADER))
        .whenTimeElapses(ANSWER_WITHIN)
        .expectTriggeredDeadlinesWithName(Introduction.ANSWER_DEADLINE)
        .expectEvents(new IntroductionExpired(ID));
  }

  @Test
  void a_connected_introduction_does_not_expire() {
    fixture
        .givenCurrentTime(NOW)
        .andGivenCommands(
            propose(AS_SPONSOR, SPONSOR, RESIDENT, LEADER),
            new AnswerIntroduction(ID, AS_RESIDENT, RESIDENT, true, null),
            new AnswerIntroduction(ID, AS_LEADER, LEADER, true, null))
        .whenTimeElapses(ANSWER_WITHIN.plusDays(1))
        .expectNoEvents();
  }

  @Test
  void the_meeting_and_the_follow_up_are_recorded_in_order() {
    fixture
        .given(
            proposed(),
            new IntroductionAccepted(ID, RESIDENT),
            new IntroductionAccepted(ID, LEADER),
            new IntroductionConnected(ID))
        .when(new RecordIntroductionMeeting(ID, AS_RESIDENT, LocalDate.of(2027, 4, 12)))
        .expectEvents(new IntroductionMeetingHeld(ID, LocalDate.of(2027, 4, 12), RESIDENT));
  }

  @Test
  void no_meeting_before_both_sides_accepted() {
    fixture
        .givenCurrentTime(NOW)
        .andGiven(proposed(), new IntroductionAccepted(ID, RESIDENT))
        .when(new RecordIntroductionMeeting(ID, AS_RESIDENT, LocalDate.of(2027, 4, 12)))
        .expectException(DomainException.class)
        .expectNoEvents();
  }

  @Test
  void no_follow_up_for_a_meeting_that_never_happened() {
    fixture
        .given(
            proposed(),
            new IntroductionAccepted(ID, RESIDENT),
            new IntroductionAccepted(ID, LEADER),
            new IntroductionConnected(ID))
        .when(new RecordIntroductionFollowUp(ID, AS_RESIDENT, "sent the QI protocol"))
        .expectException(DomainException.class)
        .expectNoEvents();
  }

  @Test
  void the_follow_up_is_recorded_by_a_party() {
    fixture
        .given(
            proposed(),
            new IntroductionAccepted(ID, RESIDENT),
            new IntroductionAccepted(ID, LEADER),
            new IntroductionConnected(ID),
            new IntroductionMeetingHeld(ID, LocalDate.of(2027, 4, 12), RESIDENT))
        .when(new RecordIntroductionFollowUp(ID, AS_RESIDENT, "sent the QI protocol"))
        .expectEvents(new IntroductionFollowedUp(ID, "sent the QI protocol", RESIDENT));
  }

  @Test
  void outsiders_record_nothing() {
    fixture
        .given(
            proposed(),
            new IntroductionAccepted(ID, RESIDENT),
            new IntroductionAccepted(ID, LEADER),
            new IntroductionConnected(ID))
        .when(new RecordIntroductionMeeting(ID, AS_STRANGER, LocalDate.of(2027, 4, 12)))
        .expectException(DomainException.class)
        .expectNoEvents();
  }

  @Test
  void a_sponsor_introduces_their_protege_under_the_sponsorship() {
    fixture
        .givenCurrentTime(NOW)
        .when(
            new ProposeIntroduction(
                ID,
                AS_SPONSOR,
                SPONSOR,
                RESIDENT,
                LEADER,
                "fellowship interest",
                null,
                "sponsorship-3",
                null))
        .expectEvents(
            new IntroductionProposed(
                ID,
                SPONSOR,
                RESIDENT,
                LEADER,
                "fellowship interest",
                null,
                "sponsorship-3",
                NOW.plus(ANSWER_WITHIN),
                null));
  }

  @Test
  void an_introduction_under_a_sponsorship_needs_its_sponsor_and_protege() {
    fixture
        .givenCurrentTime(NOW)
        .when(
            new ProposeIntroduction(
                ID,
                AS_LEADER,
                LEADER,
                RESIDENT,
                SPONSOR,
                "fellowship interest",
                null,
                "sponsorship-3",
                null))
        .expectException(DomainException.class)
        .expectExceptionMessage(
            "sponsorshipId: a sponsor introduces their own protégé under a sponsorship")
        .expectNoEvents();
  }

  @Test
  void an_introduction_asked_for_answers_the_request() {
    fixture
        .givenCurrentTime(NOW)
        .when(
            new ProposeIntroduction(
                ID, AS_SPONSOR, SPONSOR, RESIDENT, LEADER, "as you asked", null, null, "request-5"))
        .expectEvents(
            new IntroductionProposed(
                ID,
                SPONSOR,
                RESIDENT,
                LEADER,
                "as you asked",
                null,
                null,
                NOW.plus(ANSWER_WITHIN),
                "request-5"));
  }

  @Test
  void only_the_colleague_asked_answers_a_request_and_only_by_introducing_its_asker() {
    fixture
        .givenCurrentTime(NOW)
        .when(
            new ProposeIntroduction(
                ID,
                AS_LEADER,
                LEADER,
                RESIDENT,
                SPONSOR,
                "not asked of me",
                null,
                null,
                "request-5"))
        .expectException(DomainException.class)
        .expectExceptionMessage(
            "requestId: no request for an introduction asked of you by one of the two")
        .expectNoEvents();
  }
}
