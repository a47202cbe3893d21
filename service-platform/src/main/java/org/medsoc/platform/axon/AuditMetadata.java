package org.medsoc.platform.axon;

import java.util.Arrays;
import java.util.List;
import org.axonframework.messaging.MetaData;
import org.medsoc.kernel.messaging.ActingPrincipal;
import org.medsoc.platform.messaging.MessageTracing;

/**
 * The metadata keys every command, event and deadline carries, and how to read them. Values are
 * plain strings so that they survive any serializer unchanged.
 */
public final class AuditMetadata {

  public static final String PRINCIPAL = "principal";
  public static final String PRINCIPAL_ROLES = "principalRoles";
  public static final String ON_BEHALF_OF = "onBehalfOf";
  public static final String ON_BEHALF_OF_ROLES = "onBehalfOfRoles";
  public static final String CORRELATION_ID = "correlationId";
  public static final String CAUSATION_ID = "causationId";

  /** The span a message was sent in (W3C trace context), so that what it causes joins its trace. */
  public static final String TRACE_PARENT = MessageTracing.TRACE_PARENT;

  private AuditMetadata() {}

  public static ActingPrincipal principal(MetaData metaData) {
    ActingPrincipal principal = read(metaData, PRINCIPAL, PRINCIPAL_ROLES);
    return principal == null ? ActingPrincipal.ANONYMOUS : principal;
  }

  public static ActingPrincipal onBehalfOf(MetaData metaData) {
    return read(metaData, ON_BEHALF_OF, ON_BEHALF_OF_ROLES);
  }

  public static MetaData of(ActingPrincipal principal) {
    return MetaData.with(PRINCIPAL, principal.subject())
        .and(PRINCIPAL_ROLES, String.join(",", principal.roles()));
  }

  public static String string(MetaData metaData, String key) {
    Object value = metaData.get(key);
    return value == null ? null : value.toString();
  }

  private static ActingPrincipal read(MetaData metaData, String subjectKey, String rolesKey) {
    String subject = string(metaData, subjectKey);
    if (subject == null) {
      return null;
    }
    String roles = string(metaData, rolesKey);
    List<String> roleList =
        roles == null || roles.isBlank() ? List.of() : Arrays.asList(roles.split(","));
    return new ActingPrincipal(subject, roleList);
  }
}
