package org.medsoc.member.introduction.policy;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.medsoc.member.introduction.api.IntroductionProposed;
import org.medsoc.member.introduction.api.TakeUpIntroductionRequest;
import org.springframework.stereotype.Component;

/**
 * An introduction proposed in answer to a request marks the request answered. Told twice, the
 * request records it once.
 */
@Component
@ProcessingGroup(IntroductionRequestPolicy.PROCESSING_GROUP)
public class IntroductionRequestPolicy {

  public static final String PROCESSING_GROUP = "introduction-request-policy";

  private final CommandGateway commands;

  public IntroductionRequestPolicy(CommandGateway commands) {
    this.commands = commands;
  }

  @EventHandler
  void on(IntroductionProposed event) {
    if (event.requestId() != null) {
      commands.sendAndWait(
          new TakeUpIntroductionRequest(event.requestId(), event.introductionId()));
    }
  }
}
