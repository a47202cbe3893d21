package org.medsoc.platform.axon;

import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Stamps a command sent from outside any unit of work (an HTTP request, a Kafka listener) with the
 * acting principal and a correlation id: the caller's {@code X-Correlation-Id} when it sends one,
 * otherwise a new one. Commands sent while handling another message inherit both through the {@link
 * AuditCorrelationDataProvider} instead.
 */
public class AuditDispatchInterceptor implements MessageDispatchInterceptor<CommandMessage<?>> {

  public static final String CORRELATION_HEADER = "X-Correlation-Id";

  private final ActingPrincipalResolver principals;

  public AuditDispatchInterceptor(ActingPrincipalResolver principals) {
    this.principals = principals;
  }

  @Override
  public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(
      List<? extends CommandMessage<?>> messages) {
    return (index, command) -> {
      if (CurrentUnitOfWork.isStarted()) {
        return command;
      }
      MetaData added = MetaData.emptyInstance();
      if (!command.getMetaData().containsKey(AuditMetadata.PRINCIPAL)) {
        added = added.mergedWith(AuditMetadata.of(principals.current()));
      }
      if (!command.getMetaData().containsKey(AuditMetadata.CORRELATION_ID)) {
        added = added.and(AuditMetadata.CORRELATION_ID, correlationIdOfRequest());
      }
      return command.andMetaData(added);
    };
  }

  private static String correlationIdOfRequest() {
    RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
    if (attributes instanceof ServletRequestAttributes servlet) {
      String header = servlet.getRequest().getHeader(CORRELATION_HEADER);
      if (header != null && header.matches("[A-Za-z0-9._:-]{1,100}")) {
        return header;
      }
    }
    return UUID.randomUUID().toString();
  }
}
