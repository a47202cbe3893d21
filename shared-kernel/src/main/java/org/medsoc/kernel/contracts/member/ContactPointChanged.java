package org.medsoc.kernel.contracts.member;

import java.util.Objects;
import org.medsoc.kernel.messaging.IntegrationEvent;
import org.medsoc.kernel.messaging.IntegrationEventType;
import org.medsoc.kernel.messaging.Topics;

/**
 * Version 1: where the platform may write to a member, and by what name, for notification-service
 * alone (the only consumer of {@link Topics#CONTACTS}). It carries nothing else of the profile; an
 * erasure will publish the contact point emptied.
 *
 * @param memberId the member (and the Kafka key)
 * @param accountSubject the login that acts as the member, so the service can tell a caller is this
 *     member (their notifications are theirs alone); null when the member has no login
 * @param email the verified address the member signed up with
 * @param displayName given and family name, as a mail greets them
 * @param memberVersion increases with every change of the member; newer wins
 */
@IntegrationEventType(name = "member.ContactPointChanged", version = 1, topic = Topics.CONTACTS)
public record ContactPointChanged(
    String memberId, String accountSubject, String email, String displayName, long memberVersion)
    implements IntegrationEvent {

  public ContactPointChanged {
    Objects.requireNonNull(memberId, "memberId is required");
  }

  @Override
  public String aggregateId() {
    return memberId;
  }
}
