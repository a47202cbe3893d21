package org.medsoc.platform.messaging;

import static org.medsoc.platform.axon.AuditMetadata.CAUSATION_ID;
import static org.medsoc.platform.axon.AuditMetadata.CORRELATION_ID;
import static org.medsoc.platform.axon.AuditMetadata.ON_BEHALF_OF;
import static org.medsoc.platform.axon.AuditMetadata.ON_BEHALF_OF_ROLES;

import org.axonframework.messaging.MetaData;
import org.medsoc.kernel.messaging.ActingPrincipal;
import org.medsoc.kernel.messaging.EventEnvelope;
import org.medsoc.platform.axon.AuditMetadata;

/**
 * The metadata of a command a service sends because of another service's event: the service acts,
 * on behalf of whoever acted in the other service; the integration event is the cause, and the
 * original request's correlation id carries on. Events the command causes keep all of it.
 */
public final class OnBehalfOf {

  private OnBehalfOf() {}

  public static MetaData of(EventEnvelope cause, String service) {
    ActingPrincipal original = cause.principal();
    return AuditMetadata.of(ActingPrincipal.system(service))
        .and(ON_BEHALF_OF, original.subject())
        .and(ON_BEHALF_OF_ROLES, String.join(",", original.roles()))
        .and(CORRELATION_ID, cause.correlationId())
        .and(CAUSATION_ID, cause.eventId().toString());
  }
}
