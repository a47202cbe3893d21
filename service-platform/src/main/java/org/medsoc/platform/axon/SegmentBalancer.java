package org.medsoc.platform.axon;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Shares the segments of each streaming event processor among the running instances of a service.
 * Without Axon Server nothing balances them: the first instance claims every segment and a second
 * one idles. Each instance beats in {@code service_instance}; one holding more than its fair share
 * (segments ÷ live instances, rounded up) releases the surplus for a while, and the others' claim
 * loops pick it up. When an instance dies, its claims expire and its beat goes stale, so the
 * survivors' fair share grows and they take the segments over.
 */
public class SegmentBalancer implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(SegmentBalancer.class);
  private static final long BEAT_SECONDS = 5;
  private static final long LIVE_SECONDS = 15;
  private static final long RELEASE_SECONDS = 20;

  private final EventProcessingConfiguration processing;
  private final JdbcTemplate jdbc;
  private final String instanceId = UUID.randomUUID().toString();
  private ScheduledExecutorService beat;

  public SegmentBalancer(EventProcessingConfiguration processing, JdbcTemplate jdbc) {
    this.processing = processing;
    this.jdbc = jdbc;
  }

  @Override
  public void start() {
    beat =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, "segment-balancer");
              thread.setDaemon(true);
              return thread;
            });
    beat.scheduleWithFixedDelay(this::balanceQuietly, 0, BEAT_SECONDS, TimeUnit.SECONDS);
  }

  @Override
  public void stop() {
    beat.shutdownNow();
    try {
      jdbc.update("DELETE FROM service_instance WHERE instance_id = ?", instanceId);
    } catch (RuntimeException e) {
      log.debug("Could not remove this instance's beat: {}", e.toString());
    }
  }

  @Override
  public boolean isRunning() {
    return beat != null && !beat.isShutdown();
  }

  private void balanceQuietly() {
    try {
      balance();
    } catch (RuntimeException e) {
      // The database may be away; the next beat tries again.
      log.debug("Segment balancing skipped: {}", e.toString());
    }
  }

  void balance() {
    jdbc.update(
        """
        INSERT INTO service_instance (instance_id, started_at, heartbeat_at) VALUES (?, now(), now())
        ON CONFLICT (instance_id) DO UPDATE SET heartbeat_at = now()
        """,
        instanceId);
    jdbc.update(
        "DELETE FROM service_instance WHERE heartbeat_at < now() - make_interval(secs => ?)",
        LIVE_SECONDS * 4);
    Integer live =
        jdbc.queryForObject(
            "SELECT count(*) FROM service_instance WHERE heartbeat_at > now() - make_interval(secs => ?)",
            Integer.class,
            LIVE_SECONDS);
    for (StreamingEventProcessor processor :
        processing.eventProcessors().values().stream()
            .filter(StreamingEventProcessor.class::isInstance)
            .map(StreamingEventProcessor.class::cast)
            .toList()) {
      shareFairly(processor, Math.max(1, live == null ? 1 : live));
    }
  }

  private void shareFairly(StreamingEventProcessor processor, int liveInstances) {
    Integer segments =
        jdbc.queryForObject(
            "SELECT count(*) FROM token_entry WHERE processor_name = ?",
            Integer.class,
            processor.getName());
    if (segments == null || segments < 2) {
      return;
    }
    int fairShare = (segments + liveInstances - 1) / liveInstances;
    List<Integer> mine = processor.processingStatus().keySet().stream().sorted().toList();
    for (int segment : mine.subList(0, Math.max(0, mine.size() - fairShare))) {
      log.info(
          "{}: releasing segment {} ({} held, fair share {} of {} among {} instances)",
          processor.getName(),
          segment,
          mine.size(),
          fairShare,
          segments,
          liveInstances);
      processor.releaseSegment(segment, RELEASE_SECONDS, TimeUnit.SECONDS);
    }
  }
}
