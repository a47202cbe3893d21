package org.medsoc.platform.axon;

import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * (segments ÷ live instances, rounded up) while another holds less releases the difference for a
 * while, and the other's claim loop picks it up. When an instance dies its claims expire, the
 * survivors claim them, and they release nothing to an instance whose beat has stopped.
 */
public class SegmentBalancer implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(SegmentBalancer.class);
  private static final long BEAT_SECONDS = 5;
  private static final long LIVE_SECONDS = 15;
  private static final long RELEASE_SECONDS = 10;

  private final EventProcessingConfiguration processing;
  private final JdbcTemplate jdbc;

  /** The token store's name for this instance's claims (Axon's default node id). */
  private final String instanceId = ManagementFactory.getRuntimeMXBean().getName();

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
    List<String> live =
        jdbc.queryForList(
            "SELECT instance_id FROM service_instance"
                + " WHERE heartbeat_at > now() - make_interval(secs => ?)",
            String.class,
            LIVE_SECONDS);
    for (StreamingEventProcessor processor :
        processing.eventProcessors().values().stream()
            .filter(StreamingEventProcessor.class::isInstance)
            .map(StreamingEventProcessor.class::cast)
            .toList()) {
      shareFairly(processor, live);
    }
  }

  /**
   * Releases this instance's surplus only when a live instance holds less than its share, so a
   * segment is never let go with nobody to take it (as when another instance has just died).
   */
  private void shareFairly(StreamingEventProcessor processor, List<String> live) {
    Map<String, Integer> held = new HashMap<>();
    live.forEach(instance -> held.put(instance, 0));
    int segments = 0;
    for (Map<String, Object> token :
        jdbc.queryForList(
            "SELECT owner FROM tokenentry WHERE processorname = ?", processor.getName())) {
      segments++;
      Object owner = token.get("owner");
      if (owner != null && held.containsKey(owner.toString())) {
        held.merge(owner.toString(), 1, Integer::sum);
      }
    }
    if (segments < 2 || held.size() < 2) {
      return;
    }
    int fairShare = (segments + held.size() - 1) / held.size();
    int takers =
        held.entrySet().stream()
            .filter(e -> !e.getKey().equals(instanceId))
            .mapToInt(e -> Math.max(0, fairShare - e.getValue()))
            .sum();
    List<Integer> mine = processor.processingStatus().keySet().stream().sorted().toList();
    int surplus = Math.min(takers, mine.size() - fairShare);
    for (int segment : mine.subList(0, Math.max(0, surplus))) {
      log.info(
          "{}: releasing segment {} ({} held, fair share {} of {} among {} instances)",
          processor.getName(),
          segment,
          mine.size(),
          fairShare,
          segments,
          held.size());
      processor.releaseSegment(segment, RELEASE_SECONDS, TimeUnit.SECONDS);
    }
  }
}
