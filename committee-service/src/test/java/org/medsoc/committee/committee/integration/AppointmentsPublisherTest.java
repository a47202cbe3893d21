package org.medsoc.committee.committee.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medsoc.testsupport.PublishedFacts.stored;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.medsoc.committee.committee.api.*;
import org.medsoc.kernel.contracts.committee.AppointmentRecorded;
import org.medsoc.kernel.contracts.committee.AppointmentRecorded.Step;
import org.medsoc.kernel.contracts.record.AchievementRecorded;
import org.medsoc.testsupport.PublishedFacts;

/** Each appointment step as the audit hears it, and an appointment on the member's record. */
class AppointmentsPublisherTest {

  private static final String COMMITTEE = "education";
  private static final String APPOINTMENT = "ap-1";
  private static final String MEMBER = "dr-ana";
  private static final LocalDate START = LocalDate.of(2027, 1, 1);
  private static final LocalDate END = LocalDate.of(2028, 12, 31);

  private final PublishedFacts published = new PublishedFacts();
  private final AppointmentsPublisher publisher = new AppointmentsPublisher(published);

  @Test
  void anAppointmentCarriesEverythingAndGoesOnTheRecord() {
    publisher.on(
        new MemberAppointed(
            COMMITTEE,
            APPOINTMENT,
            MEMBER,
            SeatRole.TRAINEE_REPRESENTATIVE,
            START,
            END,
            "Education Committee",
            "aad",
            "nom-1"),
        stored(COMMITTEE, 2, null));

    assertThat(published.facts())
        .containsExactly(
            new AppointmentRecorded(
                COMMITTEE,
                APPOINTMENT,
                Step.APPOINTED,
                "Education Committee",
                "aad",
                MEMBER,
                "TRAINEE_REPRESENTATIVE",
                START,
                END,
                null,
                "nom-1",
                null,
                2),
            new AchievementRecorded(
                "committee-service:appointment:" + APPOINTMENT,
                MEMBER,
                AchievementRecorded.Kind.COMMITTEE_APPOINTMENT,
                "trainee representative, Education Committee",
                "Education Committee",
                START));
  }

  @Test
  void aRenewalCarriesTheNewLastDay() {
    publisher.on(
        new AppointmentRenewed(COMMITTEE, APPOINTMENT, MEMBER, END, END.plusYears(2)),
        stored(COMMITTEE, 5, null));

    assertThat(published.facts())
        .containsExactly(
            new AppointmentRecorded(
                COMMITTEE,
                APPOINTMENT,
                Step.RENEWED,
                null,
                null,
                MEMBER,
                null,
                null,
                END.plusYears(2),
                null,
                null,
                null,
                5));
  }

  @Test
  void anEarlyEndCarriesTheDayAndTheReason() {
    LocalDate endedOn = LocalDate.of(2027, 6, 30);
    publisher.on(
        new AppointmentEnded(COMMITTEE, APPOINTMENT, MEMBER, endedOn, "moved abroad"),
        stored(COMMITTEE, 6, null));

    assertThat(published.facts())
        .containsExactly(
            new AppointmentRecorded(
                COMMITTEE,
                APPOINTMENT,
                Step.ENDED,
                null,
                null,
                MEMBER,
                null,
                null,
                null,
                endedOn,
                null,
                "moved abroad",
                6));
  }

  @Test
  void aTermEndedOnItsLastDayCarriesThatDay() {
    publisher.on(
        new AppointmentTermEnded(COMMITTEE, APPOINTMENT, MEMBER, END), stored(COMMITTEE, 7, null));

    AppointmentRecorded step = (AppointmentRecorded) published.facts().get(0);
    assertThat(step.step()).isEqualTo(Step.TERM_ENDED);
    assertThat(step.termEnd()).isEqualTo(END);
    assertThat(step.endedOn()).isNull();
  }

  @Test
  void aFlagCarriesItsReason() {
    publisher.on(
        new AppointmentFlagged(COMMITTEE, APPOINTMENT, MEMBER, "membership LAPSED"),
        stored(COMMITTEE, 8, null));

    AppointmentRecorded step = (AppointmentRecorded) published.facts().get(0);
    assertThat(step.step()).isEqualTo(Step.FLAGGED);
    assertThat(step.reason()).isEqualTo("membership LAPSED");
    assertThat(step.version()).isEqualTo(8);
  }
}
