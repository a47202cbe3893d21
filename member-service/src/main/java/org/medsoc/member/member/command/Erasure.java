package org.medsoc.member.member.command;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.medsoc.member.member.api.MemberErased;
import org.medsoc.platform.personal.PersonalKeys;
import org.springframework.stereotype.Component;

/**
 * Destroys an erased member's key in the transaction that records the erasure: when the request is
 * answered, their data reads as erased.
 */
@Component
@ProcessingGroup(Erasure.PROCESSING_GROUP)
public class Erasure {

  public static final String PROCESSING_GROUP = "erasure";

  private final PersonalKeys keys;

  public Erasure(PersonalKeys keys) {
    this.keys = keys;
  }

  @EventHandler
  void on(MemberErased event) {
    keys.erase(event.memberId());
  }
}
