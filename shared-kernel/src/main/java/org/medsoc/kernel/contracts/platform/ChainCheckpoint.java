package org.medsoc.kernel.contracts.platform;

import java.time.Instant;
import java.util.Objects;
import org.medsoc.kernel.messaging.IntegrationEvent;
import org.medsoc.kernel.messaging.IntegrationEventType;
import org.medsoc.kernel.messaging.Topics;

/**
 * Version 1: where a service's event chain stood, signed with the service's chain key, published at
 * a fixed interval so that the audit keeps it outside the service's database. A history re-sealed
 * or cut short afterwards no longer matches it.
 *
 * @param service the service whose chain it is (and the Kafka key)
 * @param sealSequence the head seal's sequence
 * @param globalIndex the head seal's event
 * @param headHash the head seal's hash, hex
 * @param sealedEvents how many events were sealed up to the head
 * @param keyId which key signed it (a digest of the key, never the key)
 * @param signedAt when the service signed it
 * @param signature HMAC-SHA256 of {@link #signedText()} with the chain key, hex
 */
@IntegrationEventType(
    name = "platform.ChainCheckpoint",
    version = 1,
    topic = Topics.CHAIN_CHECKPOINTS)
public record ChainCheckpoint(
    String service,
    long sealSequence,
    long globalIndex,
    String headHash,
    long sealedEvents,
    String keyId,
    Instant signedAt,
    String signature)
    implements IntegrationEvent {

  public ChainCheckpoint {
    Objects.requireNonNull(service, "service is required");
    Objects.requireNonNull(headHash, "headHash is required");
    Objects.requireNonNull(signedAt, "signedAt is required");
  }

  /** The same checkpoint with its signature. */
  public ChainCheckpoint signedWith(String signature) {
    return new ChainCheckpoint(
        service, sealSequence, globalIndex, headHash, sealedEvents, keyId, signedAt, signature);
  }

  /** What the signature covers, every field but the signature, in one fixed order. */
  public String signedText() {
    return String.join(
        "|",
        "platform.ChainCheckpoint/1",
        service,
        Long.toString(sealSequence),
        Long.toString(globalIndex),
        headHash,
        Long.toString(sealedEvents),
        String.valueOf(keyId),
        signedAt.toString());
  }

  @Override
  public String aggregateId() {
    return service;
  }
}
