package org.medsoc.events.conference.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.spring.stereotype.Aggregate;
import org.medsoc.events.conference.api.*;
import org.medsoc.events.meeting.command.MeetingCalendar;
import org.medsoc.kernel.error.DomainException;
import org.medsoc.platform.eligibility.Eligibility;
import org.medsoc.platform.eligibility.MemberEligibility;

/**
 * A conference: its registrations and waitlist, and its parts: the {@link Programme}, the {@link
 * SessionPlaces} of limited and speed-mentoring sessions, the {@link SpeakerInvitations} and the
 * {@link Abstracts} with their poster boards. Places and boards are scarce, so every registration,
 * session place and board assignment of a conference goes through this one aggregate: it is never
 * over-filled, even under concurrent requests. The root takes the steps that join two parts (an
 * attendee's session place, a speaker's session, a poster's board).
 *
 * <p>An annual meeting gathers thousands of registrations, and all of them pass through here: the
 * aggregate stays in memory between commands (the platform's aggregate cache), and is otherwise
 * loaded from a snapshot (its fields, as JSON) taken every {@code conference.snapshot-every}
 * events.
 */
@Aggregate(snapshotTriggerDefinition = "conferenceSnapshotTrigger", cache = "aggregateCache")
@JsonAutoDetect(
    fieldVisibility = JsonAutoDetect.Visibility.ANY,
    getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Conference {

  record Registration(String memberId, boolean placed, boolean checkedIn) {}

  @AggregateIdentifier private String conferenceId;
  private String societyId;
  private ConferenceDays days;
  private Map<Rate, BigDecimal> fees;
  private Places places;
  private final Map<String, Registration> registrations = new HashMap<>();
  private final Map<String, String> registrationOfMember = new HashMap<>();

  @AggregateMember private Programme programme;
  @AggregateMember private SessionPlaces sessionPlaces;
  @AggregateMember private SpeakerInvitations invitations;
  @AggregateMember private Abstracts abstracts;

  protected Conference() {}

  @CommandHandler
  public Conference(ScheduleConference command) {
    if (command.endDate().isBefore(command.startDate())) {
      throw DomainException.invalid("endDate", "a conference ends on or after its first day");
    }
    try {
      ZoneId.of(command.timeZone());
    } catch (DateTimeException e) {
      throw DomainException.invalid("timeZone", "not a time zone: " + command.timeZone());
    }
    if (command.capacity() < 1) {
      throw DomainException.invalid("capacity", "at least one place");
    }
    for (Rate rate : Rate.values()) {
      BigDecimal fee = command.fees().get(rate);
      if (fee == null || fee.signum() < 0) {
        throw DomainException.invalid("fees", "a fee of zero or more for " + rate);
      }
    }
    apply(
        new ConferenceScheduled(
            command.conferenceId(),
            command.societyId(),
            command.name().trim(),
            command.startDate(),
            command.endDate(),
            command.timeZone(),
            command.venue(),
            command.capacity(),
            Map.copyOf(command.fees()),
            command.currency()));
  }

  @CommandHandler
  public void handle(Register command, Eligibility memberships) {
    if (!command.actor().mayActFor(command.memberId(), societyId)) {
      throw DomainException.forbidden();
    }
    if (registrationOfMember.containsKey(command.memberId())) {
      throw DomainException.conflict("memberId", "already registered for this conference");
    }
    if (days.isOver()) {
      throw DomainException.conflict("conferenceId", "the conference is over");
    }
    Rate rate = rateOf(memberships.of(command.memberId(), societyId));
    BigDecimal fee = fees.get(rate);
    if (places.isFull()) {
      apply(new Waitlisted(conferenceId, command.registrationId(), command.memberId(), rate, fee));
    } else {
      apply(new Registered(conferenceId, command.registrationId(), command.memberId(), rate, fee));
    }
  }

  private static Rate rateOf(Optional<MemberEligibility> membership) {
    return membership
        .filter(MemberEligibility::isActiveMember)
        .map(m -> m.category().isTraineeCategory() ? Rate.MEMBER_TRAINEE : Rate.MEMBER)
        .orElse(Rate.NON_MEMBER);
  }

  @CommandHandler
  public void handle(CancelRegistration command) {
    Registration registration = registration(command.registrationId());
    if (!command.actor().mayActFor(registration.memberId(), societyId)) {
      throw DomainException.forbidden();
    }
    String memberId = registration.memberId();
    apply(
        new RegistrationCancelled(
            conferenceId, command.registrationId(), memberId, registration.placed()));
    if (registration.placed()) {
      places.next().ifPresent(this::promote);
    }
    // Meetings at the conference follow by policy.
    sessionPlaces.releaseWhatAttendeesHold(memberId);
  }

  private void promote(String registrationId) {
    apply(
        new RegistrationPromoted(
            conferenceId, registrationId, registrations.get(registrationId).memberId()));
  }

  @CommandHandler
  public void handle(CheckIn command) {
    Registration registration = registration(command.registrationId());
    if (!registration.placed()) {
      throw DomainException.conflict("registrationId", "the registration is still waitlisted");
    }
    if (registration.checkedIn()) {
      throw DomainException.conflict("registrationId", "already checked in");
    }
    apply(new CheckedIn(conferenceId, command.registrationId(), registration.memberId()));
  }

  @CommandHandler
  public void handle(ReserveSessionPlace command) {
    if (!command.actor().mayActFor(command.memberId(), societyId)) {
      throw DomainException.forbidden();
    }
    sessionPlaces.reserve(
        programme.openSession(command.sessionId()), command.memberId(), this::isAttending);
  }

  @CommandHandler
  public void handle(ReleaseSessionPlace command) {
    if (!command.actor().mayActFor(command.memberId(), societyId)) {
      throw DomainException.forbidden();
    }
    sessionPlaces.release(programme.session(command.sessionId()), command.memberId());
  }

  @CommandHandler
  public void handle(JoinSpeedMentoring command, Eligibility memberships) {
    if (!command.actor().mayActFor(command.memberId(), societyId)) {
      throw DomainException.forbidden();
    }
    sessionPlaces.join(
        programme.openSession(command.sessionId()),
        command,
        this::isAttending,
        memberId ->
            memberships
                .of(memberId, societyId)
                .map(m -> m.trainingLevel().isTrainee())
                .orElse(false));
  }

  @CommandHandler
  public void handle(PairSpeedMentoring command) {
    sessionPlaces.pair(programme.session(command.sessionId()));
  }

  /** Inviting again with the same id changes nothing: a nomination redelivered invites once. */
  @CommandHandler
  public void handle(InviteSpeaker command) {
    if (invitations.exists(command.invitationId())) {
      return;
    }
    if (command.sessionId() != null) {
      programme.openSession(command.sessionId());
    }
    invitations.invite(command);
  }

  @CommandHandler
  public void handle(AssignSpeaker command, MeetingCalendar calendar) {
    programme.assignSpeaker(invitations.invitation(command.invitationId()), command, calendar);
  }

  @CommandHandler
  public void handle(AssignPoster command) {
    abstracts.assignPoster(command, programme);
  }

  @CommandHandler
  public void handle(RecordPosterPresented command) {
    abstracts.recordPresented(command, programme);
  }

  private boolean isAttending(String memberId) {
    String registrationId = registrationOfMember.get(memberId);
    return registrationId != null && registrations.get(registrationId).placed();
  }

  private Registration registration(String registrationId) {
    Registration registration = registrations.get(registrationId);
    if (registration == null) {
      throw DomainException.notFound("registrationId", "no registration " + registrationId);
    }
    return registration;
  }

  @EventSourcingHandler
  void on(ConferenceScheduled event) {
    conferenceId = event.conferenceId();
    societyId = event.societyId();
    days = new ConferenceDays(event.startDate(), event.endDate(), ZoneId.of(event.timeZone()));
    fees = event.fees();
    places = new Places(event.capacity());
    programme = new Programme(conferenceId, event.name(), days);
    sessionPlaces = new SessionPlaces(conferenceId, days);
    invitations = new SpeakerInvitations(conferenceId);
    abstracts = new Abstracts(conferenceId, event.name(), days);
  }

  @EventSourcingHandler
  void on(Registered event) {
    registered(event.registrationId(), new Registration(event.memberId(), true, false));
    places.take(event.registrationId());
  }

  @EventSourcingHandler
  void on(Waitlisted event) {
    registered(event.registrationId(), new Registration(event.memberId(), false, false));
    places.waitFor(event.registrationId());
  }

  private void registered(String registrationId, Registration registration) {
    registrations.put(registrationId, registration);
    registrationOfMember.put(registration.memberId(), registrationId);
  }

  @EventSourcingHandler
  void on(RegistrationCancelled event) {
    registrations.remove(event.registrationId());
    registrationOfMember.remove(event.memberId());
    places.remove(event.registrationId());
  }

  @EventSourcingHandler
  void on(RegistrationPromoted event) {
    registrations.put(event.registrationId(), new Registration(event.memberId(), true, false));
    places.promote(event.registrationId());
  }

  @EventSourcingHandler
  void on(CheckedIn event) {
    registrations.put(event.registrationId(), new Registration(event.memberId(), true, true));
  }
}
