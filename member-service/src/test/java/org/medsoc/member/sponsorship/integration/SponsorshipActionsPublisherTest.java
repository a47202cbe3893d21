package org.medsoc.member.sponsorship.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medsoc.testsupport.PublishedFacts.stored;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.medsoc.kernel.contracts.member.SponsorshipActionRecorded;
import org.medsoc.kernel.contracts.member.SponsorshipActionRecorded.Action;
import org.medsoc.member.sponsorship.api.*;
import org.medsoc.testsupport.PublishedFacts;

/** Each sponsorship step as the audit hears it: the parties, what it concerns, never the words. */
class SponsorshipActionsPublisherTest {

  private static final String ID = "sp-1";
  private static final String SPONSOR = "dr-sponsor";
  private static final String PROTEGE = "dr-protege";

  private final PublishedFacts published = new PublishedFacts();
  private final SponsorshipActionsPublisher publisher = new SponsorshipActionsPublisher(published);

  private SponsorshipActionRecorded only() {
    assertThat(published.facts()).hasSize(1);
    return (SponsorshipActionRecorded) published.facts().get(0);
  }

  @Test
  void aDeclarationNamesTheTwoPeopleAndNotTheGoals() {
    publisher.on(
        new SponsorshipDeclared(ID, SPONSOR, PROTEGE, "a fellowship in Boston"),
        stored(ID, 0, null));

    assertThat(only())
        .isEqualTo(
            new SponsorshipActionRecorded(
                ID, Action.DECLARED, SPONSOR, PROTEGE, null, null, null, null, null, null, 0));
  }

  @Test
  void aMentorBecomingSponsorNamesTheMentorship() {
    publisher.on(new MentorBecameSponsor(ID, "mt-1", SPONSOR, PROTEGE), stored(ID, 0, null));

    assertThat(only().action()).isEqualTo(Action.MENTOR_BECAME_SPONSOR);
    assertThat(only().mentorshipId()).isEqualTo("mt-1");
  }

  @Test
  void aRecommendationNamesTheRoleAndTargetAndNotTheNote() {
    publisher.on(
        new ProtegeRecommended(
            ID, "rec-1", SPONSOR, PROTEGE, RoleKind.FELLOWSHIP, "Mohs fellowship", "she is ready"),
        stored(ID, 3, null));

    assertThat(only())
        .isEqualTo(
            new SponsorshipActionRecorded(
                ID,
                Action.RECOMMENDED,
                SPONSOR,
                PROTEGE,
                "rec-1",
                null,
                "FELLOWSHIP",
                "Mohs fellowship",
                null,
                null,
                3));
  }

  @Test
  void aNominationThroughACallIsTheNominationsAction() {
    publisher.on(
        new ProtegeNominated(ID, "nom-1", SPONSOR, PROTEGE, RoleKind.COMMITTEE, "Education"),
        stored(ID, 4, null));

    assertThat(only().action()).isEqualTo(Action.NOMINATED);
    assertThat(only().actionId()).isEqualTo("nom-1");
    assertThat(only().roleKind()).isEqualTo("COMMITTEE");
    assertThat(only().target()).isEqualTo("Education");
  }

  @Test
  void aLetterRequestCarriesItsPurposeAndDeadline() {
    LocalDate deadline = LocalDate.of(2027, 1, 15);
    publisher.on(
        new LetterRequested(
            ID, "let-1", SPONSOR, PROTEGE, "residency application", deadline, false),
        stored(ID, 5, null));

    assertThat(only())
        .isEqualTo(
            new SponsorshipActionRecorded(
                ID,
                Action.LETTER_REQUESTED,
                SPONSOR,
                PROTEGE,
                "let-1",
                null,
                null,
                "residency application",
                deadline,
                null,
                5));
  }

  @Test
  void aLetterSubmittedNeverCarriesItsContent() {
    publisher.on(
        new LetterSubmitted(ID, "let-1", SPONSOR, PROTEGE, "To the committee: ..."),
        stored(ID, 6, null));

    assertThat(only())
        .isEqualTo(
            new SponsorshipActionRecorded(
                ID,
                Action.LETTER_SUBMITTED,
                SPONSOR,
                PROTEGE,
                "let-1",
                null,
                null,
                null,
                null,
                null,
                6));
  }

  @Test
  void aLetterDeclinedNeverCarriesTheReason() {
    publisher.on(
        new LetterDeclined(ID, "let-1", SPONSOR, PROTEGE, "I do not know her work well enough"),
        stored(ID, 6, null));

    assertThat(only().action()).isEqualTo(Action.LETTER_DECLINED);
    assertThat(only().target()).isNull();
    assertThat(only().outcome()).isNull();
  }

  @Test
  void anOutcomeNamesWhatItConcernsAndWhatCameOfIt() {
    publisher.on(
        new SponsorshipOutcomeRecorded(ID, "rec-1", SPONSOR, PROTEGE, Outcome.MATCHED, "matched!"),
        stored(ID, 7, null));

    assertThat(only())
        .isEqualTo(
            new SponsorshipActionRecorded(
                ID,
                Action.OUTCOME_RECORDED,
                SPONSOR,
                PROTEGE,
                "rec-1",
                null,
                null,
                null,
                null,
                "MATCHED",
                7));
  }
}
