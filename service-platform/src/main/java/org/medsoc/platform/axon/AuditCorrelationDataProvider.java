package org.medsoc.platform.axon;

import static org.medsoc.platform.axon.AuditMetadata.*;

import java.util.HashMap;
import java.util.Map;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.deadline.DeadlineMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.medsoc.kernel.messaging.ActingPrincipal;

/**
 * Carries the audit trail from each message to the messages it causes: the correlation id of the
 * original request, the id of the direct cause, the trace it is part of, and the acting principal.
 * A deadline acts as the platform itself, on behalf of whoever set it up, so that a lapse is not
 * attributed to the staff member who approved the membership a year earlier.
 */
public class AuditCorrelationDataProvider implements CorrelationDataProvider {

  @Override
  public Map<String, ?> correlationDataFor(Message<?> message) {
    MetaData metaData = message.getMetaData();
    Map<String, Object> data = new HashMap<>();
    data.put(CAUSATION_ID, causeOf(message));
    Object correlationId = metaData.get(CORRELATION_ID);
    data.put(CORRELATION_ID, correlationId != null ? correlationId : message.getIdentifier());
    copy(metaData, TRACE_PARENT, TRACE_PARENT, data);

    if (message instanceof DeadlineMessage<?> deadline) {
      ActingPrincipal system = ActingPrincipal.system("deadline:" + deadline.getDeadlineName());
      data.put(PRINCIPAL, system.subject());
      data.put(PRINCIPAL_ROLES, String.join(",", system.roles()));
      copy(metaData, PRINCIPAL, ON_BEHALF_OF, data);
      copy(metaData, PRINCIPAL_ROLES, ON_BEHALF_OF_ROLES, data);
    } else {
      copy(metaData, PRINCIPAL, PRINCIPAL, data);
      copy(metaData, PRINCIPAL_ROLES, PRINCIPAL_ROLES, data);
      copy(metaData, ON_BEHALF_OF, ON_BEHALF_OF, data);
      copy(metaData, ON_BEHALF_OF_ROLES, ON_BEHALF_OF_ROLES, data);
    }
    return data;
  }

  /**
   * The cause recorded on what a message leads to. Commands are not stored, so a command that names
   * its own cause (an integration event from another service) passes that cause on; otherwise the
   * message itself is the cause.
   */
  private static Object causeOf(Message<?> message) {
    Object namedCause = message.getMetaData().get(CAUSATION_ID);
    return message instanceof CommandMessage<?> && namedCause != null
        ? namedCause
        : message.getIdentifier();
  }

  private static void copy(MetaData from, String key, String asKey, Map<String, Object> to) {
    Object value = from.get(key);
    if (value != null) {
      to.put(asKey, value);
    }
  }
}
