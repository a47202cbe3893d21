package org.medsoc.kernel.contracts.member;

import java.time.LocalDate;
import java.util.Objects;
import org.medsoc.kernel.messaging.IntegrationEvent;
import org.medsoc.kernel.messaging.IntegrationEventType;
import org.medsoc.kernel.messaging.Topics;

/**
 * Version 1: a member was forgotten at their request. Every service destroys its own key for them
 * and scrubs its copies (views, eligibility, addresses); the facts about them stay, with the person
 * shown as erased. On {@link Topics#MEMBERSHIPS}, after the member's membership facts.
 *
 * @param memberId the member (and the Kafka key)
 * @param legalBasis the ground of the erasure (NO_LONGER_NECESSARY, CONSENT_WITHDRAWN, OBJECTION,
 *     UNLAWFUL_PROCESSING, LEGAL_OBLIGATION)
 * @param erasedOn the day of the erasure
 * @param memberVersion the member's version at the erasure; newer wins
 */
@IntegrationEventType(name = "member.MemberErased", version = 1, topic = Topics.MEMBERSHIPS)
public record MemberErased(
    String memberId, String legalBasis, LocalDate erasedOn, long memberVersion)
    implements IntegrationEvent {

  public MemberErased {
    Objects.requireNonNull(memberId, "memberId is required");
  }

  @Override
  public String aggregateId() {
    return memberId;
  }
}
