package org.medsoc.kernel.messaging;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Names an integration-event contract on the wire: its type name, schema version and topic. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface IntegrationEventType {

  String name();

  int version();

  String topic();
}
