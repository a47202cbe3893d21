package org.medsoc.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.medsoc.kernel.messaging.Topics;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What someone holding a service's database might do to its history, and what the service's chain
 * verification must then say; the same drill for every service with an event store. The attacks use
 * only what such a person has: SQL, and the sealing algorithm (it is in the source), never the
 * chain key.
 */
public final class EventChainDrill {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String service;
  private final Http auditor;
  private final JdbcTemplate jdbc;

  public EventChainDrill(String service, Http auditor, DataSource dataSource) {
    this.service = service;
    this.auditor = auditor;
    this.jdbc = new JdbcTemplate(dataSource);
  }

  /**
   * The whole drill, on a store whose events hold {@code text} somewhere in a payload: the chain
   * holds and matches its checkpoint; an event slipped in behind the sealer is named; an edited
   * event is named; the history re-sealed without the key passes alone but not against the
   * checkpoint the audit kept.
   */
  public void run(String text, String replacement) {
    awaitSealedAndIntact();
    JsonNode checkpoint = awaitCheckpointOfHead();
    assertThat(verifiedAgainst(checkpoint).path("checkpointsMatched").asInt())
        .as("the checkpoint was signed with the service's key over the head it recomputes")
        .isEqualTo(1);

    long slipped = slipInBehind();
    JsonNode behind = verified().path("firstBrokenLink");
    assertThat(behind.path("globalIndex").asLong()).isEqualTo(slipped);
    assertThat(behind.path("reason").asText())
        .isEqualTo("the event appeared in a gap after the events around it were sealed");
    withoutGuard(
        "domainevententry",
        () -> jdbc.update("DELETE FROM domainevententry WHERE globalindex = ?", slipped));

    long edited = edit(text, replacement);
    JsonNode changed = verified().path("firstBrokenLink");
    assertThat(changed.path("globalIndex").asLong()).isEqualTo(edited);
    assertThat(changed.path("reason").asText())
        .isEqualTo("the stored event differs from what was sealed");

    resealWithoutTheKey();
    assertThat(verified().path("firstBrokenLink").isMissingNode())
        .as("alone, a history re-sealed from its start the old way reads as sealed before the key")
        .isTrue();
    assertThat(verified().path("unkeyedSeals").asLong()).isPositive();
    JsonNode held = verifiedAgainst(checkpoint).path("firstBrokenLink");
    assertThat(held.path("reason").asText())
        .as("the audit's checkpoint finds it out")
        .startsWith("the chain no longer matches the checkpoint of");
  }

  /** Waits until every stored event is sealed and the chain holds; answers the verification. */
  public JsonNode awaitSealedAndIntact() {
    long events = jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> {
              JsonNode chain = auditor.get("/audit/event-chain").body();
              assertThat(chain.path("sealedEvents").asLong()).isEqualTo(events);
              assertThat(chain.path("unsealedEvents").asLong()).isZero();
              assertThat(chain.path("firstBrokenLink").isMissingNode())
                  .as(chain.toString())
                  .isTrue();
              assertThat(chain.path("headHash").asText()).hasSize(64);
            });
    return auditor.get("/audit/event-chain").body();
  }

  /**
   * The service's signed checkpoint of its chain's present head, as published to the broker for the
   * audit.
   */
  public JsonNode awaitCheckpointOfHead() {
    long head = jdbc.queryForObject("SELECT max(seal_sequence) FROM event_seal", Long.class);
    try (TopicReader checkpoints =
        new TopicReader(TestInfrastructure.kafkaBootstrapServers(), Topics.CHAIN_CHECKPOINTS)) {
      String envelope =
          checkpoints
              .await(
                  r ->
                      service.equals(r.key())
                          && payload(r.value()).path("sealSequence").asLong() == head,
                  Duration.ofSeconds(30))
              .value();
      return payload(envelope);
    }
  }

  /** The chain held to checkpoints, as an auditor asks the service. */
  public JsonNode verifiedAgainst(JsonNode... checkpoints) {
    Http.Response answer =
        auditor.post(
            "/audit/event-chain/checks", java.util.Map.of("checkpoints", List.of(checkpoints)));
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    return answer.body();
  }

  /** Rewrites one stored event's payload, the store's guard switched off. */
  public long edit(String from, String to) {
    long index =
        jdbc.queryForObject(
            "SELECT globalindex FROM domainevententry WHERE convert_from(payload, 'UTF8') LIKE ?"
                + " ORDER BY globalindex LIMIT 1",
            Long.class,
            "%" + from + "%");
    withoutGuard(
        "domainevententry",
        () ->
            jdbc.update(
                "UPDATE domainevententry SET payload = convert_to(replace(convert_from(payload,"
                    + " 'UTF8'), ?, ?), 'UTF8') WHERE globalindex = ?",
                from,
                to,
                index));
    return index;
  }

  /**
   * Seals the whole chain again from its first event, as the source says seals were made before the
   * key existed: the best anyone without the key can do.
   */
  public void resealWithoutTheKey() {
    List<Object[]> seals = new ArrayList<>();
    byte[][] previous = {new byte[0]};
    jdbc.query(
        "SELECT s.seal_sequence, e.* FROM event_seal s JOIN domainevententry e"
            + " ON e.globalindex = s.global_index ORDER BY s.seal_sequence",
        rs -> {
          previous[0] = unkeyed(previous[0], rs);
          seals.add(new Object[] {previous[0], rs.getLong("seal_sequence")});
        });
    withoutGuard(
        "event_seal",
        () ->
            jdbc.batchUpdate(
                "UPDATE event_seal SET hash = ?, scheme = 1 WHERE seal_sequence = ?", seals));
  }

  /**
   * Writes a copy of a stored event, under a new id and aggregate, where the sealer has already
   * read: below every index it tracks (every index at or below its position was read or is a gap it
   * waits for, and it waits for none below zero).
   */
  public long slipInBehind() {
    long index =
        jdbc.queryForObject(
            "SELECT least(min(globalindex), 0) - 1 FROM domainevententry", Long.class);
    jdbc.update(
        "INSERT INTO domainevententry (globalindex, eventidentifier, aggregateidentifier,"
            + " sequencenumber, type, payloadtype, payloadrevision, timestamp, payload, metadata)"
            + " SELECT ?, ?, ?, 0, type, payloadtype, payloadrevision, timestamp, payload, metadata"
            + " FROM domainevententry ORDER BY globalindex DESC LIMIT 1",
        index,
        UUID.randomUUID().toString(),
        UUID.randomUUID().toString());
    return index;
  }

  /** The chain as the service verifies it now, alone. */
  public JsonNode verified() {
    return auditor.get("/audit/event-chain").body();
  }

  private void withoutGuard(String table, Runnable change) {
    jdbc.execute("ALTER TABLE " + table + " DISABLE TRIGGER " + table + "_append_only");
    try {
      change.run();
    } finally {
      jdbc.execute("ALTER TABLE " + table + " ENABLE TRIGGER " + table + "_append_only");
    }
  }

  private static JsonNode payload(String envelope) {
    try {
      return JSON.readTree(envelope).path("payload");
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] unkeyed(byte[] previous, ResultSet event) throws SQLException {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    field(sha, previous);
    field(sha, ByteBuffer.allocate(Long.BYTES).putLong(event.getLong("globalindex")).array());
    field(sha, text(event.getString("eventidentifier")));
    field(sha, text(event.getString("aggregateidentifier")));
    field(sha, ByteBuffer.allocate(Long.BYTES).putLong(event.getLong("sequencenumber")).array());
    field(sha, text(event.getString("type")));
    field(sha, text(event.getString("payloadtype")));
    field(sha, text(event.getString("payloadrevision")));
    field(sha, text(event.getString("timestamp")));
    field(sha, event.getBytes("payload"));
    field(sha, event.getBytes("metadata"));
    return sha.digest();
  }

  private static byte[] text(String value) {
    return value == null ? null : value.getBytes(StandardCharsets.UTF_8);
  }

  private static void field(MessageDigest sha, byte[] value) {
    sha.update(
        ByteBuffer.allocate(Integer.BYTES).putInt(value == null ? -1 : value.length).array());
    if (value != null) {
      sha.update(value);
    }
  }
}
