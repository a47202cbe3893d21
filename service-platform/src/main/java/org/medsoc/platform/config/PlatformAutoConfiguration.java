package org.medsoc.platform.config;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.kafka.common.TopicPartition;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.interceptors.CorrelationDataInterceptor;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.medsoc.kernel.error.DomainException;
import org.medsoc.kernel.json.KernelJson;
import org.medsoc.kernel.messaging.IntegrationEventCodec;
import org.medsoc.kernel.messaging.MalformedIntegrationEventException;
import org.medsoc.kernel.messaging.Topics;
import org.medsoc.platform.acting.Actor;
import org.medsoc.platform.acting.ActorArgumentResolver;
import org.medsoc.platform.acting.MemberLogins;
import org.medsoc.platform.audit.ChainCheckpoints;
import org.medsoc.platform.audit.ChainKey;
import org.medsoc.platform.audit.EventChainController;
import org.medsoc.platform.audit.EventSealer;
import org.medsoc.platform.audit.SealerPositions;
import org.medsoc.platform.axon.ActingPrincipalResolver;
import org.medsoc.platform.axon.AuditCorrelationDataProvider;
import org.medsoc.platform.axon.AuditDispatchInterceptor;
import org.medsoc.platform.axon.ProcessorLag;
import org.medsoc.platform.axon.ProjectionRebuilder;
import org.medsoc.platform.axon.SegmentBalancer;
import org.medsoc.platform.input.StrictJson;
import org.medsoc.platform.input.TextInput;
import org.medsoc.platform.messaging.Inbox;
import org.medsoc.platform.messaging.IntegrationEventPublisher;
import org.medsoc.platform.messaging.MessageTracing;
import org.medsoc.platform.personal.ErasureListener;
import org.medsoc.platform.personal.KeyWrapping;
import org.medsoc.platform.personal.KeysOfTheBatch;
import org.medsoc.platform.personal.MasterKey;
import org.medsoc.platform.personal.PersonalDataSerializer;
import org.medsoc.platform.personal.PersonalKeys;
import org.medsoc.platform.personal.ViewScrubs;
import org.medsoc.platform.policy.Policies;
import org.medsoc.platform.resilience.Outage;
import org.medsoc.platform.security.Access;
import org.medsoc.platform.security.AccessRules;
import org.medsoc.platform.security.Caller;
import org.medsoc.platform.web.CorrelationIdFilter;
import org.medsoc.platform.web.ProblemDetailsAdvice;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.Ordered;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The infrastructure every service shares; each piece can be replaced by a bean of its own. */
@AutoConfiguration(
    before = {
      AxonAutoConfiguration.class,
      org.axonframework.springboot.autoconfig.JdbcAutoConfiguration.class
    })
public class PlatformAutoConfiguration {

  /**
   * Jackson for events, snapshots, tokens and metadata, with the kernel's settings. Reading is
   * lenient about unknown fields so that an event class may gain an optional field without an
   * upcaster; anything else changes with a new {@code @Revision} and an upcaster.
   */
  @Bean
  @Primary
  @ConditionalOnMissingBean(name = "serializer")
  public Serializer serializer(PersonalKeys personalKeys) {
    com.fasterxml.jackson.databind.ObjectMapper json = KernelJson.newObjectMapper();
    return new PersonalDataSerializer(
        JacksonSerializer.builder().objectMapper(json).lenientDeserialization().build(),
        json,
        personalKeys);
  }

  /**
   * The master key people's keys are wrapped with: from the environment or a file, never the
   * database.
   */
  @Bean
  @ConditionalOnMissingBean(KeyWrapping.class)
  public KeyWrapping masterKey(
      @Value("${PERSONAL_DATA_MASTER_KEY:}") String key,
      @Value("${PERSONAL_DATA_MASTER_KEY_FILE:}") String keyFile) {
    return MasterKey.configured(key, keyFile);
  }

  @Bean
  public ViewScrubs viewScrubs(
      PersonalKeys keys,
      @Value("${platform.personal-data.scrub-again-after:PT30S}") java.time.Duration again) {
    return new ViewScrubs(keys, again);
  }

  @Bean
  public ErasureListener erasureListener(
      ViewScrubs scrubs,
      java.util.List<org.medsoc.platform.personal.ErasedMemberViews> views,
      IntegrationEventCodec codec,
      Inbox inbox) {
    return new ErasureListener(scrubs, views, codec, inbox);
  }

  @Bean
  public PersonalKeys personalKeys(
      JdbcTemplate jdbc,
      KeyWrapping masterKey,
      org.springframework.transaction.PlatformTransactionManager transactions) {
    return new PersonalKeys(jdbc, masterKey, transactions);
  }

  /**
   * A transaction takes its connection at its first statement, not when it begins: a command queued
   * for a busy aggregate's lock (a conference while registration opens) holds no connection while
   * it waits, so the pool serves the command that holds the lock, and its snapshot, instead of
   * running dry.
   */
  @Bean
  public static BeanPostProcessor connectionsAtFirstStatement() {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String name) {
        return bean instanceof javax.sql.DataSource target
                && !(bean instanceof LazyConnectionDataSourceProxy)
                && "dataSource".equals(name)
            ? new LazyConnectionDataSourceProxy(target)
            : bean;
      }
    };
  }

  @Bean
  public CorrelationDataProvider auditCorrelationDataProvider() {
    return new AuditCorrelationDataProvider();
  }

  @Bean
  public AuditDispatchInterceptor auditDispatchInterceptor(
      ActingPrincipalResolver principals, MessageTracing tracing) {
    return new AuditDispatchInterceptor(principals, tracing);
  }

  /** Micrometer Tracing's tracer and propagator (OpenTelemetry underneath), when tracing is on. */
  @Bean
  public MessageTracing messageTracing(
      ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
    return new MessageTracing(
        tracer.getIfAvailable(() -> Tracer.NOOP), propagator.getIfAvailable(() -> Propagator.NOOP));
  }

  /** Inside Spring MVC's observation (its span) and before security, so refusals are tagged too. */
  @Bean
  public FilterRegistrationBean<CorrelationIdFilter> correlationIdFilter(MessageTracing tracing) {
    FilterRegistrationBean<CorrelationIdFilter> registration =
        new FilterRegistrationBean<>(new CorrelationIdFilter(tracing));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
    return registration;
  }

  /**
   * A failing event handler stops its processor and is retried with back-off, instead of being
   * logged and skipped: a projection or a publisher that skips an event is silently wrong forever.
   */
  @Autowired
  public void failLoudlyInEventHandlers(EventProcessingConfigurer processing) {
    processing.registerDefaultListenerInvocationErrorHandler(
        c -> PropagatingErrorHandler.instance());
  }

  /** A batch of events finds its people's keys loaded together (a rebuild, a processor behind). */
  @Autowired
  public void keysOfTheBatch(
      EventProcessingConfigurer processing, ObjectProvider<PersonalKeys> keys) {
    processing.registerDefaultHandlerInterceptor(
        (config, name) -> new KeysOfTheBatch(keys.getObject()));
  }

  /**
   * Creates the deadline manager at start-up (db-scheduler looks it up by its concrete type when a
   * persisted deadline comes due, which finds only beans already created) and gives the events a
   * deadline causes the same audit metadata as those a command causes.
   */
  @Bean
  public SmartInitializingSingleton deadlineAuditTrail(
      ObjectProvider<DeadlineManager> deadlines, List<CorrelationDataProvider> providers) {
    return () -> {
      DeadlineManager deadlineManager = deadlines.getIfAvailable();
      if (deadlineManager != null) {
        deadlineManager.registerHandlerInterceptor(new CorrelationDataInterceptor<>(providers));
      }
    };
  }

  /** The chain's key, from the environment or a file: never from the database. */
  @Bean
  public ChainKey chainKey(
      @Value("${platform.event-chain.key:${EVENT_CHAIN_KEY:}}") String key,
      @Value("${platform.event-chain.key-file:${EVENT_CHAIN_KEY_FILE:}}") String keyFile) {
    return ChainKey.configured(key, keyFile);
  }

  @Bean
  public EventSealer eventSealer(JdbcTemplate jdbc, ChainKey key) {
    return new EventSealer(jdbc, key);
  }

  @Bean
  public SealerPositions sealerPositions(JdbcTemplate jdbc, Serializer serializer) {
    return new SealerPositions(jdbc, serializer);
  }

  @Bean
  public EventChainController eventChainController(
      javax.sql.DataSource dataSource, ChainKey key, SealerPositions sealer) {
    return new EventChainController(dataSource, key, sealer);
  }

  /** Every service with an event store publishes its chain's checkpoints for the audit. */
  @Bean
  public org.springframework.kafka.core.KafkaAdmin.NewTopics chainCheckpointTopics(
      @Value("${platform.kafka.partitions}") int partitions,
      @Value("${platform.kafka.replication-factor}") int replicationFactor) {
    return org.medsoc.platform.messaging.TopicDeclarations.withDeadLetters(
        partitions, replicationFactor, org.medsoc.kernel.messaging.Topics.CHAIN_CHECKPOINTS);
  }

  @Bean
  public ChainCheckpoints chainCheckpoints(
      JdbcTemplate jdbc,
      ChainKey key,
      IntegrationEventPublisher publisher,
      @Value("${spring.application.name}") String service,
      @Value("${platform.event-chain.checkpoint-every:PT5M}") java.time.Duration every) {
    return new ChainCheckpoints(jdbc, key, publisher, service, every, java.time.Clock.systemUTC());
  }

  /** Auditors and the platform's own staff may verify the chain. */
  @Bean
  public AccessRules eventChainAccess() {
    return rules ->
        rules
            .requestMatchers(org.springframework.http.HttpMethod.GET, "/audit/event-chain")
            .access(Access.anyOf(Access.anyRole(Caller.AUDITOR), Access.platformStaff()))
            .requestMatchers(org.springframework.http.HttpMethod.POST, "/audit/event-chain/checks")
            .access(Access.anyOf(Access.anyRole(Caller.AUDITOR), Access.platformStaff()));
  }

  /**
   * For aggregates every request of a busy day goes through (a conference's registrations, a call's
   * nominations): kept in memory between commands as long as memory allows, instead of loaded from
   * their history each time. A stale copy on another instance fails its append and is evicted, and
   * the command is dispatched once more ({@link org.medsoc.platform.axon.StaleCopyRetry}).
   */
  /** A taken sequence number is a concurrent change (and a stale cached copy), not a failure. */
  @Bean
  @ConditionalOnMissingBean
  public org.axonframework.common.jdbc.PersistenceExceptionResolver persistenceExceptionResolver() {
    return new org.medsoc.platform.axon.DuplicateKeyResolver();
  }

  /** Commands go through one gateway, which dispatches once more what met a stale cached copy. */
  @Bean
  @ConditionalOnMissingBean
  public CommandGateway commandGateway(org.axonframework.commandhandling.CommandBus commandBus) {
    return org.axonframework.commandhandling.gateway.DefaultCommandGateway.builder()
        .commandBus(commandBus)
        .retryScheduler(new org.medsoc.platform.axon.StaleCopyRetry())
        .build();
  }

  @Bean
  @ConditionalOnMissingBean(name = "aggregateCache")
  public Cache aggregateCache() {
    return new WeakReferenceCache();
  }

  @Bean
  public SegmentBalancer segmentBalancer(
      EventProcessingConfiguration processing, JdbcTemplate jdbc) {
    return new SegmentBalancer(processing, jdbc);
  }

  /**
   * {@code platform.kafka.dead_letters{topic}} from the start for every topic the service reads, so
   * that a monitor sees a zero (and an alert a change) rather than no series at all.
   */
  @Bean
  public ApplicationListener<ApplicationStartedEvent> kafkaDeadLetterCounters(
      ObjectProvider<KafkaListenerEndpointRegistry> listeners, MeterRegistry registry) {
    return started ->
        listeners.ifAvailable(
            containers ->
                containers.getListenerContainers().stream()
                    .map(container -> container.getContainerProperties().getTopics())
                    .filter(java.util.Objects::nonNull)
                    .flatMap(java.util.Arrays::stream)
                    .distinct()
                    .forEach(topic -> deadLettersOf(topic, registry)));
  }

  private static io.micrometer.core.instrument.Counter deadLettersOf(
      String topic, MeterRegistry registry) {
    return io.micrometer.core.instrument.Counter.builder("platform.kafka.dead_letters")
        .tag("topic", topic)
        .description("Records of this topic sent to its dead-letter topic")
        .register(registry);
  }

  /** {@code platform.processor.lag{processor}} for every streaming processor of the service. */
  @Bean
  public ApplicationListener<ApplicationStartedEvent> processorLagGauges(
      EventProcessingConfiguration processing, EventStore store, MeterRegistry registry) {
    return started -> {
      ProcessorLag lag = new ProcessorLag(store);
      processing.eventProcessors().values().stream()
          .filter(StreamingEventProcessor.class::isInstance)
          .map(StreamingEventProcessor.class::cast)
          .forEach(processor -> lag.register(processor, registry));
    };
  }

  @Bean
  public ProjectionRebuilder projectionRebuilder(EventProcessingConfiguration processing) {
    return new ProjectionRebuilder(processing);
  }

  @Bean
  public IntegrationEventCodec integrationEventCodec() {
    return new IntegrationEventCodec(KernelJson.newObjectMapper());
  }

  @Bean
  public IntegrationEventPublisher integrationEventPublisher(
      KafkaTemplate<String, String> kafka, IntegrationEventCodec codec, MessageTracing tracing) {
    return new IntegrationEventPublisher(kafka, codec, tracing);
  }

  @Bean
  public Inbox inbox(JdbcTemplate jdbc, TransactionTemplate transaction, MessageTracing tracing) {
    return new Inbox(jdbc, transaction, tracing);
  }

  /**
   * A record that cannot be read goes straight to the topic's dead-letter topic with the reason in
   * its headers; any other failure of the record is retried a few times first. Either way the
   * partition moves on. An outage of the database is not the record's fault: the record is retried,
   * backing off up to 10 s, until the database answers again, and nothing is dead-lettered.
   */
  @Bean
  public CommonErrorHandler deadLetterErrorHandler(
      KafkaOperations<String, String> kafka, MeterRegistry registry) {
    DeadLetterPublishingRecoverer recoverer =
        new DeadLetterPublishingRecoverer(
            kafka, (record, e) -> new TopicPartition(Topics.deadLetterOf(record.topic()), -1));
    DefaultErrorHandler handler =
        new DefaultErrorHandler(
            (record, e) -> {
              recoverer.accept(record, e);
              deadLettersOf(record.topic(), registry).increment();
            },
            new FixedBackOff(500L, 3));
    handler.addNotRetryableExceptions(
        MalformedIntegrationEventException.class, DomainException.class);
    ExponentialBackOff untilTheDatabaseIsBack = new ExponentialBackOff(500L, 2.0);
    untilTheDatabaseIsBack.setMaxInterval(10_000L);
    handler.setBackOffFunction((record, e) -> Outage.isOutage(e) ? untilTheDatabaseIsBack : null);
    return handler;
  }

  @Bean
  public Jackson2ObjectMapperBuilderCustomizer strictJson() {
    return StrictJson.customizer();
  }

  @Bean
  public com.fasterxml.jackson.databind.Module strictInput() {
    return StrictJson.module();
  }

  /** Dates in a query (an as-of day, a range) obey the same bounds as dates in a body. */
  @Bean
  public WebMvcConfigurer datesInQueries() {
    return new WebMvcConfigurer() {
      @Override
      public void addFormatters(FormatterRegistry registry) {
        registry.addFormatterForFieldType(
            LocalDate.class,
            new Formatter<LocalDate>() {
              @Override
              public LocalDate parse(String text, Locale locale) {
                LocalDate date = LocalDate.parse(text);
                TextInput.refusal(date)
                    .ifPresent(
                        reason -> {
                          throw new IllegalArgumentException(reason);
                        });
                return date;
              }

              @Override
              public String print(LocalDate date, Locale locale) {
                return date.toString();
              }
            });
      }
    };
  }

  /**
   * Controllers take the {@link Actor} of a request as a parameter, resolved through the service's
   * {@link MemberLogins}; it is not a request parameter, so the API description leaves it out.
   */
  @Bean
  @ConditionalOnBean(MemberLogins.class)
  public WebMvcConfigurer actorArguments(MemberLogins logins) {
    SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class);
    return new WebMvcConfigurer() {
      @Override
      public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new ActorArgumentResolver(logins));
      }
    };
  }

  @Bean
  public Policies policies(
      ObjectProvider<CommandGateway> commands,
      IntegrationEventCodec codec,
      Inbox inbox,
      @Value("${spring.application.name}") String service,
      @Value("${platform.kafka.consumer-group-prefix}") String consumerGroupPrefix) {
    return new Policies(commands, codec, inbox, service, consumerGroupPrefix);
  }

  @Bean
  public ProblemDetailsAdvice problemDetailsAdvice() {
    return new ProblemDetailsAdvice();
  }
}
