package org.medsoc.events.conference.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.medsoc.events.conference.api.AnswerInvitation;
import org.medsoc.events.conference.api.InvitationAnswered;
import org.medsoc.events.conference.api.InviteSpeaker;
import org.medsoc.events.conference.api.SpeakerInvited;
import org.medsoc.kernel.error.DomainException;

/** The conference's invitations to speak, and each one's answer: only the invited answer, once. */
@JsonAutoDetect(
    fieldVisibility = JsonAutoDetect.Visibility.ANY,
    getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class SpeakerInvitations {

  record Invitation(String memberId, String sessionId, Boolean accepted) {}

  private String conferenceId;
  private final Map<String, Invitation> invitations = new HashMap<>();

  SpeakerInvitations() {}

  SpeakerInvitations(String conferenceId) {
    this.conferenceId = conferenceId;
  }

  boolean exists(String invitationId) {
    return invitations.containsKey(invitationId);
  }

  void invite(InviteSpeaker command) {
    apply(
        new SpeakerInvited(
            conferenceId,
            command.invitationId(),
            command.memberId(),
            command.topic(),
            command.sessionId(),
            command.nominationId()));
  }

  @CommandHandler
  void handle(AnswerInvitation command) {
    Invitation invitation = invitation(command.invitationId());
    if (!command.actor().is(invitation.memberId())) {
      throw DomainException.forbidden();
    }
    if (invitation.accepted() != null) {
      throw DomainException.conflict("invitationId", "already answered");
    }
    apply(
        new InvitationAnswered(
            conferenceId,
            command.invitationId(),
            invitation.memberId(),
            command.accept(),
            command.reason()));
  }

  Invitation invitation(String invitationId) {
    Invitation invitation = invitations.get(invitationId);
    if (invitation == null) {
      throw DomainException.notFound("invitationId", "no invitation " + invitationId);
    }
    return invitation;
  }

  @EventSourcingHandler
  void on(SpeakerInvited event) {
    invitations.put(
        event.invitationId(), new Invitation(event.memberId(), event.sessionId(), null));
  }

  @EventSourcingHandler
  void on(InvitationAnswered event) {
    invitations.computeIfPresent(
        event.invitationId(),
        (id, i) -> new Invitation(i.memberId(), i.sessionId(), event.accepted()));
  }
}
