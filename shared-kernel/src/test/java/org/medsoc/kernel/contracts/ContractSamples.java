package org.medsoc.kernel.contracts;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.medsoc.kernel.contracts.committee.AppointmentRecorded;
import org.medsoc.kernel.contracts.committee.CallRecorded;
import org.medsoc.kernel.contracts.committee.EndorsementRecorded;
import org.medsoc.kernel.contracts.committee.NominationRecorded;
import org.medsoc.kernel.contracts.events.AbstractRecorded;
import org.medsoc.kernel.contracts.events.ConferenceScheduled;
import org.medsoc.kernel.contracts.events.MeetingHeld;
import org.medsoc.kernel.contracts.events.MeetingStepRecorded;
import org.medsoc.kernel.contracts.events.MentoringPairProposed;
import org.medsoc.kernel.contracts.events.RegistrationRecorded;
import org.medsoc.kernel.contracts.events.SpeakerRecorded;
import org.medsoc.kernel.contracts.member.ContactPointChanged;
import org.medsoc.kernel.contracts.member.IntroductionRecorded;
import org.medsoc.kernel.contracts.member.MemberErased;
import org.medsoc.kernel.contracts.member.MembershipChanged;
import org.medsoc.kernel.contracts.member.MentorshipStepRecorded;
import org.medsoc.kernel.contracts.member.SponsorshipActionRecorded;
import org.medsoc.kernel.contracts.member.TouchBaseScheduled;
import org.medsoc.kernel.contracts.platform.ChainCheckpoint;
import org.medsoc.kernel.contracts.record.AchievementRecorded;
import org.medsoc.kernel.member.MembershipCategory;
import org.medsoc.kernel.member.MembershipStatus;
import org.medsoc.kernel.member.TrainingLevel;
import org.medsoc.kernel.messaging.IntegrationEvent;

/** One instance of every published contract version, every field filled where it can be. */
final class ContractSamples {

  private static final LocalDate DAY = LocalDate.of(2027, 3, 5);
  private static final Instant AT = Instant.parse("2027-03-05T14:30:00Z");

  static final List<IntegrationEvent> ALL =
      List.of(
          new AppointmentRecorded(
              "education",
              "ap-1",
              AppointmentRecorded.Step.ENDED,
              "Education Committee",
              "aad",
              "dr-ana",
              "TRAINEE_REPRESENTATIVE",
              DAY,
              DAY.plusYears(2),
              DAY.plusYears(1),
              "nom-1",
              "moved abroad",
              7),
          new CallRecorded(
              "call-1",
              CallRecorded.Step.OPENED,
              "education",
              "aad",
              "COMMITTEE_SEAT",
              "Trainee representative 2027",
              Set.of(MembershipCategory.RESIDENT_FELLOW_IN_TRAINING),
              Set.of(TrainingLevel.PGY2),
              "dermpath",
              DAY,
              DAY.plusDays(30),
              1),
          new EndorsementRecorded(
              "app-1",
              EndorsementRecorded.Step.GIVEN,
              "call-1",
              "aad",
              "Trainee representative 2027",
              "dr-ana",
              "dr-mentor",
              "PROGRAM_DIRECTOR",
              3),
          new NominationRecorded(
              "nom-1",
              NominationRecorded.Step.SELECTED,
              "call-1",
              "education",
              "aad",
              NominationRecorded.Purpose.TALK,
              "Keynote 2027",
              "SPEAKER",
              "dr-sponsor",
              "dr-ana",
              "sp-1",
              "annual-2027",
              "strongest statement",
              "nom-0",
              DAY,
              5),
          new AbstractRecorded(
              "abs-1",
              AbstractRecorded.Step.ACCEPTED,
              "annual-2027",
              "aad",
              "dr-ana",
              "Dermoscopy of acral lesions",
              2),
          new ConferenceScheduled("annual-2027", "aad", "Annual Meeting", DAY, DAY.plusDays(2)),
          new MeetingHeld("mt-1", "annual-2027", "aad", "dr-ana", "dr-mentor", DAY),
          new MeetingStepRecorded(
              "mt-1",
              "annual-2027",
              "aad",
              "dr-ana",
              "dr-mentor",
              MeetingStepRecorded.Step.FOLLOW_UP_DUE,
              "dr-ana",
              AT,
              DAY,
              DAY.plusDays(7),
              "America/Chicago",
              4),
          new MentoringPairProposed(
              "sm-1:dr-ana", "annual-2027", "aad", "dr-ana", "dr-mentor", Set.of("mohs"), DAY),
          new RegistrationRecorded(
              "reg-1",
              RegistrationRecorded.Step.REGISTERED,
              "annual-2027",
              "aad",
              "dr-ana",
              "MEMBER_TRAINEE",
              new BigDecimal("50.00"),
              "USD",
              1),
          new SpeakerRecorded(
              "inv-1",
              SpeakerRecorded.Step.DECLINED,
              "annual-2027",
              "aad",
              "dr-ana",
              "nom-1",
              "s-1",
              "on call that week"),
          new ContactPointChanged("dr-ana", "login-ana", "ana@example.org", "Ana Ruiz", 3),
          new IntroductionRecorded(
              "in-1",
              IntroductionRecorded.Step.PROPOSED,
              "dr-mentor",
              "dr-ana",
              "dr-ben",
              "sp-1",
              "dr-mentor",
              "both work on melanoma",
              "annual meeting",
              DAY,
              0,
              AT),
          new MemberErased("dr-ana", "WITHDRAWN_CONSENT", DAY, 9),
          new MembershipChanged(
              "dr-ana",
              "aad",
              MembershipChanged.Change.APPROVED,
              MembershipStatus.ACTIVE,
              MembershipCategory.RESIDENT_FELLOW_IN_TRAINING,
              TrainingLevel.PGY2,
              DAY.plusYears(1),
              Set.of("dermpath"),
              4,
              "login-ana",
              "University Hospital"),
          new MentorshipStepRecorded(
              "ms-1",
              MentorshipStepRecorded.Step.CHECKED_IN,
              "dr-ana",
              "dr-mentor",
              "CAREER",
              "dr-mentor",
              DAY,
              3),
          new SponsorshipActionRecorded(
              "sp-1",
              SponsorshipActionRecorded.Action.LETTER_REQUESTED,
              "dr-sponsor",
              "dr-ana",
              "let-1",
              "ms-1",
              "FELLOWSHIP",
              "Mohs fellowship",
              DAY,
              "MATCHED",
              5),
          new TouchBaseScheduled("ct-1", "dr-ana", DAY, DAY.plusMonths(3), 2),
          new ChainCheckpoint(
              "member-service", 120, 4711, "9f86d081884c7d65", 120, "key-1", AT, "c2lnbmF0dXJl"),
          new AchievementRecorded(
              "events-service:talk:s-1:dr-ana",
              "dr-ana",
              AchievementRecorded.Kind.TALK,
              "Dermoscopy of acral lesions",
              "Annual Meeting",
              DAY));

  private ContractSamples() {}
}
