package org.medsoc.member.introduction.command;

import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.medsoc.kernel.error.DomainException;
import org.medsoc.member.introduction.api.*;
import org.medsoc.member.member.command.Members;
import org.medsoc.platform.acting.Actor;

/** A resident asks her program director to introduce her to a leader he knows. */
class IntroductionRequestTest {

  private static final String ID = "request-1";
  private static final String RESIDENT = "dr-okafor";
  private static final String DIRECTOR = "dr-patel";
  private static final String LEADER = "dr-lind";
  private static final IntroductionAsked ASKED =
      new IntroductionAsked(
          ID, RESIDENT, DIRECTOR, LEADER, "her sepsis QI work is what I want to do");

  private AggregateTestFixture<IntroductionRequest> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(IntroductionRequest.class);
    Members members = Set.of(RESIDENT, DIRECTOR, LEADER)::contains;
    fixture.registerInjectableResource(members);
  }

  private static AskForIntroduction ask(Actor actor, String introducer, String target) {
    return new AskForIntroduction(
        ID, actor, RESIDENT, introducer, target, " her sepsis QI work is what I want to do ");
  }

  @Test
  void a_resident_asks_her_program_director_for_an_introduction() {
    fixture
        .givenNoPriorActivity()
        .when(ask(Actor.member(RESIDENT), DIRECTOR, LEADER))
        .expectEvents(ASKED);
  }

  @Test
  void nobody_asks_in_another_members_name() {
    fixture
        .givenNoPriorActivity()
        .when(ask(Actor.member(DIRECTOR), DIRECTOR, LEADER))
        .expectException(DomainException.class)
        .expectNoEvents();
  }

  @Test
  void the_person_to_meet_is_neither_the_asker_nor_the_colleague_asked() {
    fixture
        .givenNoPriorActivity()
        .when(ask(Actor.member(RESIDENT), DIRECTOR, DIRECTOR))
        .expectException(DomainException.class)
        .expectExceptionMessage(
            "targetId: the person to meet is someone other than you and the colleague you ask")
        .expectNoEvents();
  }

  @Test
  void the_person_to_meet_is_a_member() {
    fixture
        .givenNoPriorActivity()
        .when(ask(Actor.member(RESIDENT), DIRECTOR, "dr-nobody"))
        .expectException(DomainException.class)
        .expectExceptionMessage("targetId: no member dr-nobody")
        .expectNoEvents();
  }

  @Test
  void the_colleague_asked_declines_with_a_reason() {
    fixture
        .given(ASKED)
        .when(new DeclineIntroductionRequest(ID, Actor.member(DIRECTOR), "I hardly know her"))
        .expectEvents(new IntroductionRequestDeclined(ID, RESIDENT, DIRECTOR, "I hardly know her"));
  }

  @Test
  void only_the_colleague_asked_declines() {
    fixture
        .given(ASKED)
        .when(new DeclineIntroductionRequest(ID, Actor.member(RESIDENT), null))
        .expectException(DomainException.class)
        .expectNoEvents();
  }

  @Test
  void a_request_answered_by_an_introduction_is_no_longer_declined() {
    fixture
        .given(ASKED, new IntroductionRequestTakenUp(ID, "introduction-9"))
        .when(new DeclineIntroductionRequest(ID, Actor.member(DIRECTOR), null))
        .expectException(DomainException.class)
        .expectExceptionMessage("requestId: the request is already PROPOSED")
        .expectNoEvents();
  }

  @Test
  void the_introduction_proposed_answers_the_request() {
    fixture
        .given(ASKED)
        .when(new TakeUpIntroductionRequest(ID, "introduction-9"))
        .expectEvents(new IntroductionRequestTakenUp(ID, "introduction-9"));
  }

  @Test
  void the_request_is_answered_once() {
    fixture
        .given(ASKED, new IntroductionRequestTakenUp(ID, "introduction-9"))
        .when(new TakeUpIntroductionRequest(ID, "introduction-9"))
        .expectNoEvents();
  }
}
