package org.medsoc.platform.axon;

import org.medsoc.kernel.messaging.ActingPrincipal;

/** Tells who is acting in the current request; the security layer provides the real one. */
@FunctionalInterface
public interface ActingPrincipalResolver {

  ActingPrincipal current();
}
