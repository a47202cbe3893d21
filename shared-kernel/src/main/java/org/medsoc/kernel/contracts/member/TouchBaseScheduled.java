package org.medsoc.kernel.contracts.member;

import java.time.LocalDate;
import java.util.Objects;
import org.medsoc.kernel.messaging.IntegrationEvent;
import org.medsoc.kernel.messaging.IntegrationEventType;
import org.medsoc.kernel.messaging.Topics;

/**
 * Version 1: when a member's next touch-base with a key mentor or sponsor in their own contact log
 * falls due, for notification-service alone (the only consumer of {@link Topics#CONTACTS}). The log
 * is the member's notebook: the fact names neither the contact nor anything written about them.
 *
 * @param contactId the entry in the member's contact log (and the Kafka key)
 * @param ownerId the member whose log it is
 * @param lastContactOn the day of the last contact, if known
 * @param dueOn the day the touch-base falls due; null when the member set another next step
 * @param version increases with every change of the entry; newer wins
 */
@IntegrationEventType(name = "member.TouchBaseScheduled", version = 1, topic = Topics.CONTACTS)
public record TouchBaseScheduled(
    String contactId, String ownerId, LocalDate lastContactOn, LocalDate dueOn, long version)
    implements IntegrationEvent {

  public TouchBaseScheduled {
    Objects.requireNonNull(contactId, "contactId is required");
    Objects.requireNonNull(ownerId, "ownerId is required");
  }

  @Override
  public String aggregateId() {
    return contactId;
  }
}
