package org.medsoc.platform.deadletter;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.function.Function;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.EventProcessorProperties;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.axonframework.springboot.autoconfig.JdbcAutoConfiguration;
import org.axonframework.springboot.util.DeadLetterQueueProviderConfigurerModule;
import org.medsoc.platform.projection.BatchedStatements;
import org.medsoc.platform.security.Access;
import org.medsoc.platform.security.AccessRules;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A sequenced dead-letter queue in PostgreSQL for every streaming processing group, so one event a
 * projection, publisher or sealer cannot handle waits aside with its aggregate's later events while
 * every other aggregate flows on; an event that failed once handled again in a savepoint, so the
 * batch's transaction survives the failed statement; the queues' size as a gauge and a health
 * indicator; and an endpoint to list and retry them.
 */
@AutoConfiguration(before = {JdbcAutoConfiguration.class, AxonAutoConfiguration.class})
public class DeadLetterAutoConfiguration {

  @Bean
  public StreamingGroups streamingGroups(EventProcessorProperties properties) {
    return new StreamingGroups(properties);
  }

  /**
   * Takes the place of Axon's module, which gives a queue only to the groups configured one by one:
   * here every streaming group has one, and the same policy.
   */
  @Bean
  public DeadLetterQueueProviderConfigurerModule deadLetterQueueProviderConfigurerModule(
      EventProcessorProperties properties,
      StreamingGroups groups,
      ConnectionProvider connectionProvider,
      TransactionManager transactionManager,
      @Qualifier("eventSerializer") Serializer eventSerializer,
      Serializer genericSerializer) {
    Function<String, Function<Configuration, SequencedDeadLetterQueue<EventMessage<?>>>> queues =
        processingGroup ->
            config ->
                JdbcSequencedDeadLetterQueue.builder()
                    .processingGroup(processingGroup)
                    .connectionProvider(connectionProvider)
                    .transactionManager(transactionManager)
                    .schema(DeadLetterSchema.defaultSchema())
                    .genericSerializer(genericSerializer)
                    .eventSerializer(eventSerializer)
                    .build();
    return new DeadLetterQueueProviderConfigurerModule(properties, queues) {
      @Override
      public void configureModule(Configurer configurer) {
        configurer
            .eventProcessing()
            .registerDeadLetterQueueProvider(
                group -> groups.isStreaming(group) ? queues.apply(group) : null)
            .registerDefaultDeadLetterPolicy(config -> new EnqueueUnlessOutage());
        // Whether an event's aggregate already waits in the queue is asked for every event; the
        // cache answers from memory what it saw the queue hold, instead of a query per event.
        properties.getProcessors().keySet().stream()
            .filter(groups::isStreaming)
            .forEach(
                group ->
                    configurer
                        .eventProcessing()
                        .registerDeadLetteringEventHandlerInvokerConfiguration(
                            group, (config, invoker) -> invoker.enableSequenceIdentifierCache()));
      }
    };
  }

  @Bean
  public SavepointOnceFailed savepointOnceFailed(
      PlatformTransactionManager transactions, StreamingGroups groups) {
    return new SavepointOnceFailed(transactions, groups);
  }

  /** A projection's statements sent at its batch's commit, which the savepoints above cover. */
  @Bean
  public BatchedStatements batchedStatements(JdbcTemplate jdbc) {
    return new BatchedStatements(jdbc);
  }

  @Bean
  public DeadLetters deadLetters(EventProcessingConfiguration processing, JdbcTemplate jdbc) {
    return new DeadLetters(processing, jdbc);
  }

  @Bean
  public DeadLetterController deadLetterController(DeadLetters deadLetters) {
    return new DeadLetterController(deadLetters);
  }

  @Bean
  public DeadLetterHealth deadLettersHealthIndicator(DeadLetters deadLetters) {
    return new DeadLetterHealth(deadLetters);
  }

  /** {@code platform.dead_letters{processing_group}}: events set aside, per group. */
  @Bean
  public ApplicationListener<ApplicationStartedEvent> deadLetterGauges(
      DeadLetters deadLetters, MeterRegistry registry) {
    return started ->
        deadLetters
            .groups()
            .forEach(
                group ->
                    Gauge.builder("platform.dead_letters", deadLetters, d -> d.count(group))
                        .tag("processing_group", group)
                        .description("Events this processing group set aside")
                        .register(registry));
  }

  /** Only the platform's own staff see what was set aside: it holds anyone's events. */
  @Bean
  public AccessRules deadLetterAccess() {
    return rules ->
        rules
            .requestMatchers(HttpMethod.GET, "/operations/dead-letters")
            .access(Access.platformStaff())
            .requestMatchers(HttpMethod.POST, "/operations/dead-letters/{processingGroup}/retry")
            .access(Access.platformStaff());
  }
}
