package org.medsoc.events.meeting.policy;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.medsoc.events.conference.api.MentoringPair;
import org.medsoc.events.conference.api.SpeedMentoringPaired;
import org.medsoc.events.meeting.api.StartPairFollowUp;
import org.springframework.stereotype.Component;

/**
 * Each speed-mentoring pair owes a follow-up like a held meeting. The meeting id is derived from
 * the pair, so handling the pairing twice starts each follow-up once.
 */
@Component
@ProcessingGroup("speed-mentoring-follow-ups")
class SpeedMentoringPairingPolicy {

  private final CommandGateway commands;

  SpeedMentoringPairingPolicy(CommandGateway commands) {
    this.commands = commands;
  }

  @EventHandler
  void on(SpeedMentoringPaired event) {
    for (MentoringPair pair : event.pairs()) {
      String meetingId =
          UUID.nameUUIDFromBytes(("pair:" + pair.pairId()).getBytes(StandardCharsets.UTF_8))
              .toString();
      try {
        commands.sendAndWait(
            new StartPairFollowUp(
                meetingId,
                pair.pairId(),
                event.conferenceId(),
                pair.traineeId(),
                pair.mentorId(),
                event.startsAt(),
                event.endsAt(),
                event.conferenceEnds(),
                event.timeZone()));
      } catch (AggregateStreamCreationException | ConcurrencyException alreadyStarted) {
        // Handled before the processor's token moved on: the follow-up exists.
      }
    }
  }
}
