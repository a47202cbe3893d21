package org.medsoc.kernel.messaging;

/** A message that cannot be read as an integration event; it belongs on the dead-letter topic. */
public class MalformedIntegrationEventException extends RuntimeException {

  public MalformedIntegrationEventException(String reason) {
    super(reason);
  }

  public MalformedIntegrationEventException(String reason, Throwable cause) {
    super(reason, cause);
  }
}
