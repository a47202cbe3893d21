package org.medsoc.events.meeting.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.medsoc.events.meeting.api.*;
import org.medsoc.kernel.input.Limits;
import org.medsoc.platform.acting.Actor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Meeting requests between attendees and the follow-ups they owe. Only the two people act on a
 * meeting: it is their private arrangement.
 */
@RestController
public class MeetingController {

  record NewRequest(
      @NotBlank @Size(max = Limits.ID) String inviteeId,
      @NotNull LocalDateTime start,
      @NotNull Integer minutes,
      @NotBlank @Size(max = Limits.NOTE) String purpose) {}

  record Answer(@NotNull Boolean accept, @Size(max = Limits.REASON) String reason) {}

  record OtherTime(@NotNull LocalDateTime start) {}

  record Cancellation(@Size(max = Limits.REASON) String reason) {}

  record Outcome(@NotNull Boolean held) {}

  private final CommandGateway commands;
  private final QueryGateway queries;

  public MeetingController(CommandGateway commands, QueryGateway queries) {
    this.commands = commands;
    this.queries = queries;
  }

  @Operation(
      summary = "Ask another attendee for a 10-20 minute meeting during the conference",
      description = "A registered member, for themself.")
  @PostMapping("/conferences/{conferenceId}/meeting-requests")
  public ResponseEntity<Map<String, String>> request(
      @PathVariable String conferenceId, @Valid @RequestBody NewRequest request, Actor actor) {
    String requester = actor.member();
    String id = UUID.randomUUID().toString();
    commands.sendAndWait(
        new RequestMeeting(
            id,
            conferenceId,
            requester,
            request.inviteeId(),
            request.start(),
            request.minutes(),
            request.purpose()));
    return ResponseEntity.created(URI.create("/meeting-requests/" + id))
        .body(Map.of("meetingId", id));
  }

  @Operation(
      summary = "Accept or decline (the invitee; the requester for another time proposed)",
      description = "The person whose turn it is.")
  @PostMapping("/meeting-requests/{meetingId}/answer")
  public ResponseEntity<Void> answer(
      @PathVariable String meetingId, @Valid @RequestBody Answer request, Actor actor) {
    commands.sendAndWait(new AnswerMeeting(meetingId, actor, request.accept(), request.reason()));
    return ResponseEntity.noContent().build();
  }

  @Operation(summary = "Propose another time", description = "The invitee.")
  @PostMapping("/meeting-requests/{meetingId}/other-time")
  public ResponseEntity<Void> otherTime(
      @PathVariable String meetingId, @Valid @RequestBody OtherTime request, Actor actor) {
    commands.sendAndWait(new ProposeOtherTime(meetingId, actor, request.start()));
    return ResponseEntity.noContent().build();
  }

  @Operation(summary = "Cancel an accepted meeting still to come", description = "Either person.")
  @PostMapping("/meeting-requests/{meetingId}/cancellation")
  public ResponseEntity<Void> cancel(
      @PathVariable String meetingId, @Valid @RequestBody Cancellation request, Actor actor) {
    commands.sendAndWait(new CancelMeeting(meetingId, actor, request.reason()));
    return ResponseEntity.noContent().build();
  }

  @Operation(summary = "Record the meeting as held or missed", description = "Either person.")
  @PostMapping("/meeting-requests/{meetingId}/outcome")
  public ResponseEntity<Void> outcome(
      @PathVariable String meetingId, @Valid @RequestBody Outcome request, Actor actor) {
    commands.sendAndWait(new RecordMeetingOutcome(meetingId, actor, request.held()));
    return ResponseEntity.noContent().build();
  }

  @Operation(summary = "Record the follow-up message as sent", description = "The requester.")
  @PostMapping("/meeting-requests/{meetingId}/follow-up")
  public ResponseEntity<Void> followUp(@PathVariable String meetingId, Actor actor) {
    commands.sendAndWait(new RecordFollowUpSent(meetingId, actor));
    return ResponseEntity.noContent().build();
  }

  @Operation(summary = "Record the reply to the follow-up", description = "The invitee.")
  @PostMapping("/meeting-requests/{meetingId}/reply")
  public ResponseEntity<Void> reply(@PathVariable String meetingId, Actor actor) {
    commands.sendAndWait(new RecordReply(meetingId, actor));
    return ResponseEntity.noContent().build();
  }

  @Operation(summary = "Record the one polite nudge as sent", description = "The requester.")
  @PostMapping("/meeting-requests/{meetingId}/nudge")
  public ResponseEntity<Void> nudge(@PathVariable String meetingId, Actor actor) {
    commands.sendAndWait(new RecordNudgeSent(meetingId, actor));
    return ResponseEntity.noContent().build();
  }

  @Operation(
      summary = "The meeting requests a member made or received (a speaker's requests)",
      description = "The member themself.")
  @GetMapping("/members/{memberId}/meeting-requests")
  public List<MeetingView> meetingsOf(@PathVariable String memberId) {
    return queries
        .query(new FindMeetingsOf(memberId), ResponseTypes.multipleInstancesOf(MeetingView.class))
        .join();
  }

  @Operation(
      summary = "The follow-ups and nudges a member owes today",
      description = "The member themself.")
  @GetMapping("/members/{memberId}/follow-ups-due")
  public List<MeetingView> followUpsDue(@PathVariable String memberId) {
    return queries
        .query(
            new FindFollowUpsDue(memberId, LocalDate.now(ZoneOffset.UTC)),
            ResponseTypes.multipleInstancesOf(MeetingView.class))
        .join();
  }
}
