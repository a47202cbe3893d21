package org.medsoc.audit.chain;

import java.sql.Timestamp;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.medsoc.kernel.contracts.platform.ChainCheckpoint;
import org.medsoc.kernel.messaging.EventEnvelope;
import org.medsoc.kernel.messaging.IntegrationEventCodec;
import org.medsoc.kernel.messaging.Topics;
import org.medsoc.platform.messaging.Inbox;
import org.medsoc.platform.messaging.IntegrationEventRouter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps every service's signed chain checkpoints, append-only, and gives the latest back for a
 * service's chain to be held to. The audit cannot check a signature (the key is the services'): the
 * service does, when it verifies against them.
 */
@Component
public class ChainCheckpointLedger {

  private final JdbcTemplate jdbc;
  private final IntegrationEventRouter router;

  public ChainCheckpointLedger(JdbcTemplate jdbc, IntegrationEventCodec codec, Inbox inbox) {
    this.jdbc = jdbc;
    this.router =
        new IntegrationEventRouter("chain-checkpoints", codec, inbox)
            .on(ChainCheckpoint.class, this::keep);
  }

  @KafkaListener(
      id = "${platform.kafka.consumer-group-prefix}.chain-checkpoints",
      topics = Topics.CHAIN_CHECKPOINTS)
  void on(List<ConsumerRecord<String, String>> records) {
    router.routeTogether(records);
  }

  private void keep(EventEnvelope envelope, ChainCheckpoint c) {
    jdbc.update(
        """
        INSERT INTO chain_checkpoint (service, seal_sequence, global_index, head_hash,
            sealed_events, key_id, signed_at, signature)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING
        """,
        c.service(),
        c.sealSequence(),
        c.globalIndex(),
        c.headHash(),
        c.sealedEvents(),
        c.keyId(),
        Timestamp.from(c.signedAt()),
        c.signature());
  }

  /** The service's latest checkpoints, newest first. */
  public List<ChainCheckpoint> latest(String service, int limit) {
    return jdbc.query(
        "SELECT * FROM chain_checkpoint WHERE service = ? ORDER BY signed_at DESC, seal_sequence"
            + " DESC LIMIT ?",
        (rs, i) ->
            new ChainCheckpoint(
                rs.getString("service"),
                rs.getLong("seal_sequence"),
                rs.getLong("global_index"),
                rs.getString("head_hash"),
                rs.getLong("sealed_events"),
                rs.getString("key_id"),
                rs.getTimestamp("signed_at").toInstant(),
                rs.getString("signature")),
        service,
        limit);
  }
}
