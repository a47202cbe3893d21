package org.medsoc.kernel.messaging;

import java.util.List;
import java.util.Objects;

/** Who took an action: the subject of the caller's identity and the roles it acted with. */
public record ActingPrincipal(String subject, List<String> roles) {

  public static final ActingPrincipal ANONYMOUS = new ActingPrincipal("anonymous", List.of());

  public ActingPrincipal {
    Objects.requireNonNull(subject, "subject");
    roles = roles == null ? List.of() : List.copyOf(roles);
  }

  /** The platform itself, acting on a schedule or on another service's event. */
  public static ActingPrincipal system(String component) {
    return new ActingPrincipal("system:" + component, List.of("SYSTEM"));
  }
}
