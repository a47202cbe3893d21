package org.medsoc.member.introduction.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.medsoc.kernel.error.DomainException;
import org.medsoc.member.introduction.api.*;
import org.medsoc.member.member.command.Members;

/**
 * A member asks a colleague for an introduction to someone the colleague knows. The colleague
 * proposes it (an introduction naming this request) or declines; the person hoped for learns of it
 * only from a proposal.
 */
@Aggregate
public class IntroductionRequest {

  @AggregateIdentifier private String requestId;
  private String askerId;
  private String introducerId;
  private IntroductionRequestStatus status;

  protected IntroductionRequest() {}

  @CommandHandler
  public IntroductionRequest(AskForIntroduction command, Members members) {
    if (!command.actor().is(command.askerId())) {
      throw DomainException.forbidden();
    }
    if (command.introducerId().equals(command.askerId())) {
      throw DomainException.invalid("introducerId", "ask a colleague, not yourself");
    }
    if (command.targetId().equals(command.askerId())
        || command.targetId().equals(command.introducerId())) {
      throw DomainException.invalid(
          "targetId", "the person to meet is someone other than you and the colleague you ask");
    }
    if (!members.exists(command.introducerId())) {
      throw DomainException.notFound("introducerId", "no member " + command.introducerId());
    }
    if (!members.exists(command.targetId())) {
      throw DomainException.notFound("targetId", "no member " + command.targetId());
    }
    apply(
        new IntroductionAsked(
            command.requestId(),
            command.askerId(),
            command.introducerId(),
            command.targetId(),
            command.reason().trim()));
  }

  @CommandHandler
  public void handle(DeclineIntroductionRequest command) {
    if (!command.actor().is(introducerId)) {
      throw DomainException.forbidden();
    }
    if (status != IntroductionRequestStatus.ASKED) {
      throw DomainException.conflict("requestId", "the request is already " + status);
    }
    apply(new IntroductionRequestDeclined(requestId, askerId, introducerId, command.reason()));
  }

  /**
   * The introducer's proposal answers the request, even after a decline: they changed their mind.
   */
  @CommandHandler
  public void handle(TakeUpIntroductionRequest command) {
    if (status == IntroductionRequestStatus.PROPOSED) {
      return;
    }
    apply(new IntroductionRequestTakenUp(requestId, command.introductionId()));
  }

  @EventSourcingHandler
  void on(IntroductionAsked event) {
    requestId = event.requestId();
    askerId = event.askerId();
    introducerId = event.introducerId();
    status = IntroductionRequestStatus.ASKED;
  }

  @EventSourcingHandler
  void on(IntroductionRequestDeclined event) {
    status = IntroductionRequestStatus.DECLINED;
  }

  @EventSourcingHandler
  void on(IntroductionRequestTakenUp event) {
    status = IntroductionRequestStatus.PROPOSED;
  }
}
