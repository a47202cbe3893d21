package org.medsoc.platform.policy;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.medsoc.kernel.messaging.IntegrationEventCodec;
import org.medsoc.platform.messaging.Inbox;
import org.springframework.beans.factory.ObjectProvider;

/** What every {@link KafkaPolicy} of a service shares: the way in, the way to act, its name. */
public record Policies(
    ObjectProvider<CommandGateway> commands,
    IntegrationEventCodec codec,
    Inbox inbox,
    String service,
    String consumerGroupPrefix) {}
