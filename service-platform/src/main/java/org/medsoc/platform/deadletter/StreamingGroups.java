package org.medsoc.platform.deadletter;

import java.util.Optional;
import java.util.Set;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.springboot.EventProcessorProperties;

/**
 * Which processing groups stream from the store on their own threads (tracking and pooled) and so
 * get a dead-letter queue; subscribing groups run inside the command's transaction, where a failure
 * refuses the command instead. The publisher and the sealer keep an order others rely on: a dead
 * letter there is an alarm, not a degraded view.
 */
public final class StreamingGroups {

  public static final String PUBLISHER = "integration-publisher";
  public static final String SEALER = "event-sealer";
  private static final Set<String> ORDERED = Set.of(PUBLISHER, SEALER);

  private final EventProcessorProperties properties;

  public StreamingGroups(EventProcessorProperties properties) {
    this.properties = properties;
  }

  public boolean isStreaming(String processingGroup) {
    return Optional.ofNullable(properties.getProcessors().get(processingGroup))
        .map(EventProcessorProperties.ProcessorSettings::getMode)
        .map(mode -> mode != EventProcessorProperties.Mode.SUBSCRIBING)
        .orElse(true);
  }

  public static boolean keepsOrder(String processingGroup) {
    return ORDERED.contains(processingGroup);
  }

  /** The group Axon assigns a handler class to: its {@code @ProcessingGroup}, else its package. */
  static String groupOf(Class<?> handlerType) {
    ProcessingGroup group = handlerType.getAnnotation(ProcessingGroup.class);
    return group != null ? group.value() : handlerType.getPackageName();
  }
}
