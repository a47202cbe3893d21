package org.medsoc.platform.axon;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;

/**
 * Rebuilds a projection from the event store: stops its processor, resets its tokens (which calls
 * the projection's {@code @ResetHandler} to clear its tables) and starts it again to replay.
 */
public class ProjectionRebuilder {

  private final EventProcessingConfiguration processing;

  public ProjectionRebuilder(EventProcessingConfiguration processing) {
    this.processing = processing;
  }

  public void rebuild(String processingGroup) {
    StreamingEventProcessor processor =
        processing
            .eventProcessor(processingGroup, StreamingEventProcessor.class)
            .orElseThrow(
                () -> new IllegalArgumentException("No streaming processor " + processingGroup));
    processor.shutDown();
    processor.resetTokens();
    processor.start();
  }
}
