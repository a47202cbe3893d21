package org.medsoc.events.conference.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medsoc.testsupport.PublishedFacts.stored;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.medsoc.events.conference.api.*;
import org.medsoc.kernel.contracts.events.AbstractRecorded;
import org.medsoc.kernel.contracts.events.RegistrationRecorded;
import org.medsoc.kernel.contracts.events.SpeakerRecorded;
import org.medsoc.kernel.contracts.record.AchievementRecorded;
import org.medsoc.testsupport.PublishedFacts;

/** A conference's steps as other services hear them: whose, which society's, never the words. */
class ConferencePublisherTest {

  private static final String ID = KnownConference.ID;
  private static final LocalDate DAY = KnownConference.DAY;

  private final PublishedFacts published = new PublishedFacts();
  private final ConferencePublisher publisher =
      new ConferencePublisher(new KnownConference(), published);

  @Test
  void aRegistrationCarriesItsRateFeeAndCurrency() {
    publisher.on(
        new Registered(ID, "r1", "dr-ana", Rate.MEMBER_TRAINEE, new BigDecimal("50")),
        stored(ID, 4, null));

    assertThat(published.facts())
        .containsExactly(
            new RegistrationRecorded(
                "r1",
                RegistrationRecorded.Step.REGISTERED,
                ID,
                "aad",
                "dr-ana",
                "MEMBER_TRAINEE",
                new BigDecimal("50"),
                "USD",
                4));
  }

  @Test
  void aCheckInCarriesNoMoney() {
    publisher.on(new CheckedIn(ID, "r1", "dr-ana"), stored(ID, 9, null));

    assertThat(published.facts())
        .containsExactly(
            new RegistrationRecorded(
                "r1",
                RegistrationRecorded.Step.CHECKED_IN,
                ID,
                "aad",
                "dr-ana",
                null,
                null,
                null,
                9));
  }

  @Test
  void aDeclinedInvitationCarriesTheReasonTheSpeakerGave() {
    publisher.on(
        new InvitationAnswered(ID, "inv-1", "dr-ana", false, "on call that week"),
        stored(ID, 6, null));

    assertThat(published.facts())
        .containsExactly(
            new SpeakerRecorded(
                "inv-1",
                SpeakerRecorded.Step.DECLINED,
                ID,
                "aad",
                "dr-ana",
                null,
                null,
                "on call that week"));
  }

  @Test
  void aTalkGivenEndsItsInvitationAndGoesOnTheRecord() {
    publisher.on(
        new TalkGiven(
            ID, "s1", "dr-ana", SessionKind.TALK, "Sepsis QI", "Annual Meeting", DAY, "inv-1"),
        stored(ID, 8, null));

    assertThat(published.facts())
        .containsExactly(
            SpeakerRecorded.inSession(
                "inv-1", SpeakerRecorded.Step.TALK_GIVEN, ID, "aad", "dr-ana", "s1"),
            new AchievementRecorded(
                "events-service:talk:s1:dr-ana",
                "dr-ana",
                AchievementRecorded.Kind.TALK,
                "Sepsis QI",
                "Annual Meeting",
                DAY));
  }

  @Test
  void aDecidedAbstractNeverCarriesTheReason() {
    publisher.on(
        new AbstractDecided(ID, "a1", "dr-ana", false, "out of scope", "Itch in infants"),
        stored(ID, 3, null));

    assertThat(published.facts())
        .containsExactly(
            new AbstractRecorded(
                "a1", AbstractRecorded.Step.REJECTED, ID, "aad", "dr-ana", "Itch in infants", 3));
  }
}
