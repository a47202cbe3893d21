package org.medsoc.member.sponsorship.command;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.medsoc.kernel.error.DomainException;
import org.medsoc.member.acting.Parties;
import org.medsoc.member.member.command.Members;
import org.medsoc.member.sponsorship.api.*;
import org.medsoc.platform.acting.Actor;

class SponsorshipTest {

  private static final String ID = "sponsorship-1";
  private static final String SPONSOR = "dr-patel";
  private static final String PROTEGE = "dr-okafor";
  private static final Actor AS_SPONSOR = Actor.member(SPONSOR);
  private static final Actor AS_PROTEGE = Actor.member(PROTEGE);
  private static final Instant NOW = Instant.parse("2027-01-10T09:00:00Z");
  private static final LocalDate TODAY = LocalDate.of(2027, 1, 10);
  private static final SponsorshipDeclared DECLARED =
      new SponsorshipDeclared(
          ID, SPONSOR, PROTEGE, "a dermatology fellowship and a national committee seat");

  private AggregateTestFixture<Sponsorship> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(Sponsorship.class);
    Members members = Set.of(SPONSOR, PROTEGE)::contains;
    fixture.registerInjectableResource(members);
    fixture.registerInjectableResource(
        new Parties(null) {
          @Override
          public boolean plays(String recordId, String memberId, Parties.Role role) {
            return switch (recordId) {
              // The sponsor mentors the protégé.
              case "mentorship-7" ->
                  (role == Role.MENTOR && memberId.equals(SPONSOR))
                      || (role == Role.MENTEE && memberId.equals(PROTEGE));
              // The protégé mentors the sponsor (a near-peer, say): not a mentor becoming sponsor.
              case "mentorship-8" ->
                  (role == Role.MENTOR && memberId.equals(PROTEGE))
                      || (role == Role.MENTEE && memberId.equals(SPONSOR));
              default -> false;
            };
          }
        });
  }

  @Test
  void a_senior_member_declares_sponsorship_with_goals() {
    fixture
        .givenCurrentTime(NOW)
        .when(
            new DeclareSponsorship(
                ID,
                AS_SPONSOR,
                SPONSOR,
                PROTEGE,
                " a dermatology fellowship and a national committee seat ",
                null))
        .expectEvents(DECLARED);
  }

  @Test
  void a_mentor_becoming_a_sponsor_is_an_event_of_its_own() {
    fixture
        .givenCurrentTime(NOW)
        .when(
            new DeclareSponsorship(
                ID,
                AS_SPONSOR,
                SPONSOR,
                PROTEGE,
                "a dermatology fellowship and a national committee seat",
                "mentorship-7"))
        .expectEvents(DECLARED, new MentorBecameSponsor(ID, "mentorship-7", SPONSOR, PROTEGE));
  }

  @Test
  void only_a_mentorship_in_which_the_sponsor_mentors_the_protege_makes_a_mentor_a_sponsor() {
    for (String record : new String[] {"mentorship-8", "introduction-3"}) {
      fixture
          .givenCurrentTime(NOW)
          .when(new DeclareSponsorship(ID, AS_SPONSOR, SPONSOR, PROTEGE, "a fellowship", record))
          .expectException(DomainException.class)
          .expectExceptionMessage(
              "mentorshipId: no mentorship in which the sponsor mentors the protégé")
          .expectNoEvents();
    }
  }

  @Test
  void nobody_sponsors_themself() {
    fixture
        .givenCurrentTime(NOW)
        .when(new DeclareSponsorship(ID, AS_SPONSOR, SPONSOR, SPONSOR, "me", null))
        .expectException(DomainException.class)
        .expectNoEvents();
  }

  @Test
  void the_protege_states_the_opportunities_she_hopes_for() {
    fixture
        .givenCurrentTime(NOW)
        .andGiven(DECLARED)
        .when(
            new StateOpportunities(
                ID,
                AS_PROTEGE,
                List.of(" ACP Council of Resident/Fellow Members ", "Grand rounds talk")))
        .expectEvents(
            new OpportunitiesStated(
                ID,
                SPONSOR,
                PROTEGE,
                List.of("ACP Council of Resident/Fellow Members", "Grand rounds talk")));
  }

  @Test
  void only_the_protege_speaks_for_what_she_hopes_for() {
    fixture
        .givenCurrentTime(NOW)
        .andGiven(DECLARED)
        .when(new StateOpportunities(ID, AS_SPONSOR, List.of("A seat I chose for her")))
        .expectException(DomainException.class)
        .expectNoEvents();
  }

  @Test
  void nobody_but_the_sponsor_recommends() {
    fixture
        .givenCurrentTime(NOW)
        .andGiven(DECLARED)
        .when(
            new RecommendProtege(
                ID, "rec-1", AS_PROTEGE, RoleKind.COMMITTEE, "Education Committee", null))
        .expectException(DomainException.class)
        .expectNoEvents();
  }

  @Test
  void the_sponsor_recommends_the_protege() {
    fixture
        .givenCurrentTime(NOW)
        .andGiven(DECLARED)
        .when(
            new RecommendProtege(
                ID, "rec-1", AS_SPONSOR, RoleKind.COMMITTEE, "Education Committee", "reliable"))
        .expectEvents(
            new ProtegeRecommended(
                ID,
                "rec-1",
                SPONSOR,
                PROTEGE,
                RoleKind.COMMITTEE,
                "Education Committee",
                "reliable"));
  }

  @Test
  void a_letter_asked_for_less_than_six_weeks_ahead_is_marked_short_notice() {
    fixture
        .givenCurrentTime(NOW)
        .andGiven(DECLARED)
        .when(
            new RequestLetter(
                ID, "letter-1", AS_PROTEGE, "fellowship application", TODAY.plusWeeks(3)))
        .expectEvents(
            new LetterRequested(
                ID,
                "letter-1",
                SPONSOR,
                PROTEGE,
                "fellowship application",
                TODAY.plusWeeks(3),
                true))
        .expectResultMessagePayload(true);
  }

  @Test
  void a_letter_asked_for_six_weeks_ahead_or_more_is_not_short_notice() {
    fixture
        .givenCurrentTime(NOW)
        .andGiven(DECLARED)
        .when(
            new RequestLetter(
                ID, "letter-1", AS_PROTEGE, "fellowship application", TODAY.plusWeeks(8)))
        .expectEvents(
            new LetterRequested(
                ID,
                "letter-1",
                SPONSOR,
                PROTEGE,
                "fellowship application",
                TODAY.plusWeeks(8),
                false))
        .expectResultMessagePayload(false);
  }

  @Test
  void a_letter_with_a_deadline_in_the_past_is_refused() {
    fixture
        .givenCurrentTime(NOW)
        .andGiven(DECLARED)
        .when(
            new RequestLetter(
                ID, "letter-1", AS_PROTEGE, "fellowship application", TODAY.minusDays(1)))
        .expectException(DomainException.class)
        .expectExceptionMessage("deadline: the deadline has passed")
        .expectNoEvents();
  }

  private static final LetterRequested LETTER_REQUESTED =
      new LetterRequested(
          ID, "letter-1", SPONSOR, PROTEGE, "fellowship", TODAY.plusWeeks(8), false);

  @Test
  void the_sponsor_submits_a_letter_asked_for() {
    fixture
        .givenCurrentTime(NOW)
        .andGiven(DECLARED, LETTER_REQUESTED)
        .when(new SubmitLetter(ID, "letter-1", AS_SPONSOR, "Dr Okafor is exceptional."))
        .expectEvents(
            new LetterSubmitted(ID, "letter-1", SPONSOR, PROTEGE, "Dr Okafor is exceptional."));
  }

  @Test
  void a_letter_submitted_is_not_declined_after() {
    fixture
        .givenCurrentTime(NOW)
        .andGiven(
            DECLARED, LETTER_REQUESTED, new LetterSubmitted(ID, "letter-1", SPONSOR, PROTEGE, "x"))
        .when(new DeclineLetter(ID, "letter-1", AS_SPONSOR, null))
        .expectException(DomainException.class)
        .expectNoEvents();
  }

  @Test
  void only_the_sponsor_submits_a_letter() {
    fixture
        .givenCurrentTime(NOW)
        .andGiven(DECLARED, LETTER_REQUESTED)
        .when(new SubmitLetter(ID, "letter-1", AS_PROTEGE, "I am exceptional."))
        .expectException(DomainException.class)
        .expectNoEvents();
  }

  private static final ProtegeRecommended RECOMMENDED =
      new ProtegeRecommended(
          ID, "rec-1", SPONSOR, PROTEGE, RoleKind.FELLOWSHIP, "Mohs fellowship", null);

  @Test
  void either_party_records_what_came_of_an_action() {
    fixture
        .givenCurrentTime(NOW)
        .andGiven(DECLARED, RECOMMENDED)
        .when(new RecordSponsorshipOutcome(ID, "rec-1", AS_PROTEGE, Outcome.MATCHED, null))
        .expectEvents(
            new SponsorshipOutcomeRecorded(ID, "rec-1", SPONSOR, PROTEGE, Outcome.MATCHED, null));
  }

  @Test
  void an_outcome_is_recorded_once() {
    fixture
        .givenCurrentTime(NOW)
        .andGiven(
            DECLARED,
            RECOMMENDED,
            new SponsorshipOutcomeRecorded(ID, "rec-1", SPONSOR, PROTEGE, Outcome.MATCHED, null))
        .when(new RecordSponsorshipOutcome(ID, "rec-1", AS_SPONSOR, Outcome.NOT_SELECTED, null))
        .expectException(DomainException.class)
        .expectNoEvents();
  }

  @Test
  void an_outcome_is_for_a_known_action() {
    fixture
        .givenCurrentTime(NOW)
        .andGiven(DECLARED)
        .when(new RecordSponsorshipOutcome(ID, "rec-9", AS_SPONSOR, Outcome.MATCHED, null))
        .expectException(DomainException.class)
        .expectNoEvents();
  }

  @Test
  void a_nomination_by_the_sponsor_of_the_protege_becomes_an_action() {
    ProtegeNominated nominated =
        new ProtegeNominated(ID, "nom-1", SPONSOR, PROTEGE, RoleKind.AWARD, "Young Investigator");
    fixture
        .given(DECLARED)
        .when(
            new LinkNomination(ID, "nom-1", SPONSOR, PROTEGE, RoleKind.AWARD, "Young Investigator"))
        .expectEvents(nominated);
  }

  @Test
  void a_nomination_becomes_an_action_once() {
    ProtegeNominated nominated =
        new ProtegeNominated(ID, "nom-1", SPONSOR, PROTEGE, RoleKind.AWARD, "Young Investigator");
    fixture
        .given(DECLARED, nominated)
        .when(
            new LinkNomination(ID, "nom-1", SPONSOR, PROTEGE, RoleKind.AWARD, "Young Investigator"))
        .expectSuccessfulHandlerExecution()
        .expectNoEvents();
  }

  @Test
  void a_nomination_by_someone_else_than_the_sponsor_links_nothing() {
    fixture
        .given(DECLARED)
        .when(new LinkNomination(ID, "nom-1", "someone-else", PROTEGE, RoleKind.AWARD, "x"))
        .expectSuccessfulHandlerExecution()
        .expectNoEvents();
  }

  @Test
  void a_nomination_of_someone_else_than_the_protege_links_nothing() {
    fixture
        .given(DECLARED)
        .when(new LinkNomination(ID, "nom-1", SPONSOR, "another-protege", RoleKind.AWARD, "x"))
        .expectNoEvents();
  }

  @Test
  void the_outcome_of_a_linked_nomination_is_recorded() {
    ProtegeNominated nominated =
        new ProtegeNominated(ID, "nom-1", SPONSOR, PROTEGE, RoleKind.AWARD, "Young Investigator");
    SponsorshipOutcomeRecorded awarded =
        new SponsorshipOutcomeRecorded(ID, "nom-1", SPONSOR, PROTEGE, Outcome.AWARDED, "excellent");
    fixture
        .given(DECLARED, nominated)
        .when(new RecordNominationOutcome(ID, "nom-1", Outcome.AWARDED, "excellent"))
        .expectEvents(awarded);
  }

  @Test
  void the_outcome_of_a_nomination_is_recorded_once() {
    ProtegeNominated nominated =
        new ProtegeNominated(ID, "nom-1", SPONSOR, PROTEGE, RoleKind.AWARD, "Young Investigator");
    SponsorshipOutcomeRecorded awarded =
        new SponsorshipOutcomeRecorded(ID, "nom-1", SPONSOR, PROTEGE, Outcome.AWARDED, "excellent");
    fixture
        .given(DECLARED, nominated, awarded)
        .when(new RecordNominationOutcome(ID, "nom-1", Outcome.NOT_SELECTED, "late repeat"))
        .expectNoEvents();
  }

  @Test
  void the_outcome_of_an_unlinked_nomination_records_nothing() {
    fixture
        .given(DECLARED)
        .when(new RecordNominationOutcome(ID, "unlinked", Outcome.AWARDED, null))
        .expectNoEvents();
  }
}
