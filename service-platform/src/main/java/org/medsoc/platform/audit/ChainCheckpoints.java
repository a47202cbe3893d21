package org.medsoc.platform.audit;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.medsoc.kernel.contracts.platform.ChainCheckpoint;
import org.medsoc.platform.messaging.IntegrationEventPublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Signs where the event chain stands and publishes it at a fixed interval, whenever the head moved,
 * for the audit to keep outside this service's database: a history re-sealed or cut short after a
 * checkpoint no longer matches it. A checkpoint that cannot be published now goes out at the next
 * interval.
 */
public class ChainCheckpoints implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(ChainCheckpoints.class);

  private final JdbcTemplate jdbc;
  private final ChainKey key;
  private final IntegrationEventPublisher publisher;
  private final String service;
  private final Duration every;
  private final Clock clock;
  private ScheduledExecutorService scheduler;
  private long lastPublished = -1;

  public ChainCheckpoints(
      JdbcTemplate jdbc,
      ChainKey key,
      IntegrationEventPublisher publisher,
      String service,
      Duration every,
      Clock clock) {
    this.jdbc = jdbc;
    this.key = key;
    this.publisher = publisher;
    this.service = service;
    this.every = every;
    this.clock = clock;
  }

  /** Signs the chain's head as it stands, or nothing when no event is sealed yet. */
  public List<ChainCheckpoint> sign() {
    return jdbc.query(
        "SELECT s.seal_sequence, s.global_index, s.hash, (SELECT count(*) FROM event_seal) AS sealed"
            + " FROM event_seal s ORDER BY s.seal_sequence DESC LIMIT 1",
        (rs, i) -> {
          ChainCheckpoint unsigned =
              new ChainCheckpoint(
                  service,
                  rs.getLong("seal_sequence"),
                  rs.getLong("global_index"),
                  HexFormat.of().formatHex(rs.getBytes("hash")),
                  rs.getLong("sealed"),
                  key.keyId(),
                  clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS),
                  null);
          return unsigned.signedWith(key.sign(unsigned.signedText()));
        });
  }

  synchronized void publishIfMoved() {
    for (ChainCheckpoint checkpoint : sign()) {
      if (checkpoint.sealSequence() == lastPublished) {
        return;
      }
      publisher.publishOwn(
          checkpoint,
          UUID.nameUUIDFromBytes(
              (service + "|checkpoint|" + checkpoint.sealSequence() + "|" + checkpoint.headHash())
                  .getBytes(StandardCharsets.UTF_8)),
          checkpoint.signedAt(),
          service);
      lastPublished = checkpoint.sealSequence();
    }
  }

  private void tick() {
    try {
      publishIfMoved();
    } catch (RuntimeException e) {
      log.warn("The event chain's checkpoint waits for the next interval: {}", e.getMessage());
    }
  }

  @Override
  public synchronized void start() {
    scheduler =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, "chain-checkpoints");
              thread.setDaemon(true);
              return thread;
            });
    scheduler.scheduleWithFixedDelay(
        this::tick, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
  }

  @Override
  public synchronized void stop() {
    if (scheduler != null) {
      scheduler.shutdownNow();
      scheduler = null;
    }
  }

  @Override
  public synchronized boolean isRunning() {
    return scheduler != null;
  }
}
