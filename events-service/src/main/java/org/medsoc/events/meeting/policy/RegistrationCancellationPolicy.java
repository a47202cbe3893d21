package org.medsoc.events.meeting.policy;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.medsoc.events.conference.api.RegistrationCancelled;
import org.medsoc.events.meeting.api.CancelForRegistration;
import org.medsoc.events.meeting.command.MeetingCalendar;
import org.springframework.stereotype.Component;

/**
 * A cancelled registration takes the member's meetings at the conference with it: each meeting
 * still to come is cancelled, and the other person's time is free again. Sent again after a crash,
 * a cancellation changes nothing.
 */
@Component
@ProcessingGroup("registration-ends")
class RegistrationCancellationPolicy {

  private final CommandGateway commands;
  private final MeetingCalendar calendar;

  RegistrationCancellationPolicy(CommandGateway commands, MeetingCalendar calendar) {
    this.commands = commands;
    this.calendar = calendar;
  }

  @EventHandler
  void on(RegistrationCancelled event) {
    for (String meetingId : calendar.meetingsOf(event.conferenceId(), event.memberId())) {
      commands.sendAndWait(new CancelForRegistration(meetingId, event.memberId()));
    }
  }
}
