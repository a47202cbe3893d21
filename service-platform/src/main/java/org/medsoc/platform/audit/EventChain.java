package org.medsoc.platform.audit;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.crypto.Mac;
import org.medsoc.kernel.contracts.platform.ChainCheckpoint;

/**
 * The hash chain over a service's event store. Each seal's hash is HMAC-SHA256, keyed with the
 * {@link ChainKey} the database does not hold, over the previous seal's hash and every stored
 * column of the event, as stored: the payload and metadata bytes exactly as they sit in PostgreSQL.
 * Erasing a person later by destroying the key their fields are encrypted with leaves those bytes,
 * and so the chain, unchanged. Seals made before the key existed (plain SHA-256) are accepted only
 * as the chain's beginning.
 */
public final class EventChain {

  /** A keyed seal (HMAC-SHA256 with the chain key). */
  static final int KEYED = 2;

  /** A seal made before the key existed (SHA-256 alone). */
  static final int UNKEYED = 1;

  /**
   * What verification found: how many seals hold, how many events wait for theirs, the first link
   * that does not hold (null when intact), the head, and how many of the audit's checkpoints the
   * chain was held to.
   */
  public record Verification(
      long sealedEvents,
      long unsealedEvents,
      BrokenLink firstBrokenLink,
      String headHash,
      long unkeyedSeals,
      int checkpointsMatched) {

    public boolean intact() {
      return firstBrokenLink == null;
    }
  }

  /** The first event whose stored bytes no longer match its seal, or that is missing. */
  public record BrokenLink(
      long sealSequence, long globalIndex, String eventIdentifier, String reason) {}

  /**
   * Where the sealer stands: every event at or below {@code index} that is not among {@code gaps}
   * has been read, so one without a seal there was slipped in behind it.
   */
  public record SealerPosition(long index, Set<Long> gaps) {}

  static final String EVENT_COLUMNS =
      "e.globalindex, e.eventidentifier, e.aggregateidentifier, e.sequencenumber, e.type,"
          + " e.payloadtype, e.payloadrevision, e.timestamp, e.payload, e.metadata";

  private EventChain() {}

  /** The keyed hash linking the event in the current row of the result set to the previous hash. */
  static byte[] link(ChainKey key, byte[] previous, ResultSet event) throws SQLException {
    Mac mac = key.mac();
    fields(previous, event, mac::update);
    return mac.doFinal();
  }

  /** The hash of a seal made before the key existed. */
  private static byte[] unkeyedLink(byte[] previous, ResultSet event) throws SQLException {
    MessageDigest sha = sha256();
    fields(previous, event, sha::update);
    return sha.digest();
  }

  private interface Sink {
    void update(byte[] bytes);
  }

  private static void fields(byte[] previous, ResultSet event, Sink sink) throws SQLException {
    field(sink, previous);
    field(sink, ByteBuffer.allocate(Long.BYTES).putLong(event.getLong("globalindex")).array());
    field(sink, event.getString("eventidentifier"));
    field(sink, event.getString("aggregateidentifier"));
    field(sink, ByteBuffer.allocate(Long.BYTES).putLong(event.getLong("sequencenumber")).array());
    field(sink, event.getString("type"));
    field(sink, event.getString("payloadtype"));
    field(sink, event.getString("payloadrevision"));
    field(sink, event.getString("timestamp"));
    field(sink, event.getBytes("payload"));
    field(sink, event.getBytes("metadata"));
  }

  /** Recomputes the chain without checkpoints or the sealer's position. */
  public static Verification verify(Connection connection, ChainKey key) throws SQLException {
    return verify(connection, key, List.of(), null);
  }

  /**
   * Recomputes the chain from the first seal, streaming (so a store of any size fits in memory),
   * and names the first link that does not hold: an event changed, removed, sealed without the key,
   * a checkpoint the chain no longer matches or that this key did not sign, seals a checkpoint
   * counted that are gone, or an event slipped in behind the sealer.
   *
   * @param checkpoints the checkpoints the audit keeps of this service's chain
   * @param sealer where the sealer stands, or null when not known (the command line)
   */
  public static Verification verify(
      Connection connection, ChainKey key, List<ChainCheckpoint> checkpoints, SealerPosition sealer)
      throws SQLException {
    Map<Long, ChainCheckpoint> bySequence = new TreeMap<>();
    for (ChainCheckpoint checkpoint : checkpoints) {
      if (!key.keyId().equals(checkpoint.keyId())
          || !key.signed(checkpoint.signedText(), checkpoint.signature())) {
        return broken(
            0,
            connection,
            checkpoint.sealSequence(),
            checkpoint.globalIndex(),
            null,
            "the checkpoint of " + checkpoint.signedAt() + " is not signed with this chain's key");
      }
      bySequence.put(checkpoint.sealSequence(), checkpoint);
    }
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try (PreparedStatement seals =
        connection.prepareStatement(
            "SELECT s.seal_sequence, s.global_index, s.event_identifier, s.hash AS seal_hash,"
                + " s.scheme, "
                + EVENT_COLUMNS
                + " FROM event_seal s LEFT JOIN domainevententry e ON e.globalindex = s.global_index"
                + " ORDER BY s.seal_sequence")) {
      seals.setFetchSize(1000);
      byte[] previous = new byte[0];
      long sealed = 0;
      long unkeyed = 0;
      long lastSequence = 0;
      boolean keyedSeen = false;
      int matched = 0;
      try (ResultSet rs = seals.executeQuery()) {
        while (rs.next()) {
          long sequence = rs.getLong("seal_sequence");
          long index = rs.getLong("global_index");
          String identifier = rs.getString("event_identifier");
          int scheme = rs.getInt("scheme");
          if (rs.getString("eventidentifier") == null) {
            return broken(sealed, connection, sequence, index, identifier, "the event is missing");
          }
          if (!identifier.equals(rs.getString("eventidentifier"))) {
            return broken(
                sealed, connection, sequence, index, identifier, "another event took its place");
          }
          if (scheme == UNKEYED && keyedSeen) {
            return broken(
                sealed,
                connection,
                sequence,
                index,
                identifier,
                "sealed without the chain key after keyed seals");
          }
          byte[] expected = scheme == UNKEYED ? unkeyedLink(previous, rs) : link(key, previous, rs);
          if (!Arrays.equals(expected, rs.getBytes("seal_hash"))) {
            return broken(
                sealed,
                connection,
                sequence,
                index,
                identifier,
                "the stored event differs from what was sealed");
          }
          ChainCheckpoint checkpoint = bySequence.get(sequence);
          if (checkpoint != null) {
            if (!checkpoint.headHash().equals(HexFormat.of().formatHex(expected))) {
              return broken(
                  sealed,
                  connection,
                  sequence,
                  index,
                  identifier,
                  "the chain no longer matches the checkpoint of " + checkpoint.signedAt());
            }
            matched++;
          }
          keyedSeen |= scheme == KEYED;
          unkeyed += scheme == UNKEYED ? 1 : 0;
          previous = expected;
          lastSequence = sequence;
          sealed++;
        }
      }
      for (ChainCheckpoint checkpoint : bySequence.values()) {
        if (checkpoint.sealSequence() > lastSequence) {
          return broken(
              sealed,
              connection,
              checkpoint.sealSequence(),
              checkpoint.globalIndex(),
              null,
              "seals the checkpoint of " + checkpoint.signedAt() + " counted are gone");
        }
      }
      if (sealer != null) {
        BrokenLink slipped = slippedInBehind(connection, sealer);
        if (slipped != null) {
          return new Verification(sealed, unsealed(connection), slipped, null, unkeyed, matched);
        }
      }
      return new Verification(
          sealed, unsealed(connection), null, HexFormat.of().formatHex(previous), unkeyed, matched);
    } finally {
      connection.rollback();
      connection.setAutoCommit(autoCommit);
    }
  }

  /**
   * An unsealed event the sealer has passed and does not wait for: it was written where the sealer
   * had already read, after the events around it were sealed.
   */
  private static BrokenLink slippedInBehind(Connection connection, SealerPosition sealer)
      throws SQLException {
    try (PreparedStatement behind =
        connection.prepareStatement(
            "SELECT e.globalindex, e.eventidentifier FROM domainevententry e"
                + " WHERE e.globalindex <= ? AND NOT (e.globalindex = ANY (?))"
                + " AND NOT EXISTS (SELECT 1 FROM event_seal s WHERE s.global_index = e.globalindex)"
                + " ORDER BY e.globalindex LIMIT 1")) {
      behind.setLong(1, sealer.index());
      behind.setArray(2, connection.createArrayOf("bigint", sealer.gaps().toArray()));
      try (ResultSet rs = behind.executeQuery()) {
        if (!rs.next()) {
          return null;
        }
        return new BrokenLink(
            0,
            rs.getLong(1),
            rs.getString(2),
            "the event appeared in a gap after the events around it were sealed");
      }
    }
  }

  private static Verification broken(
      long sealed,
      Connection connection,
      long sequence,
      long index,
      String identifier,
      String reason)
      throws SQLException {
    return new Verification(
        sealed,
        unsealed(connection),
        new BrokenLink(sequence, index, identifier, reason),
        null,
        0,
        0);
  }

  private static long unsealed(Connection connection) throws SQLException {
    try (PreparedStatement count =
            connection.prepareStatement(
                "SELECT count(*) FROM domainevententry e"
                    + " WHERE NOT EXISTS (SELECT 1 FROM event_seal s WHERE s.global_index = e.globalindex)");
        ResultSet rs = count.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static void field(Sink sink, String value) {
    field(sink, value == null ? null : value.getBytes(StandardCharsets.UTF_8));
  }

  /** Length-prefixed, so no two different events hash the same bytes; -1 marks a null. */
  private static void field(Sink sink, byte[] value) {
    sink.update(
        ByteBuffer.allocate(Integer.BYTES).putInt(value == null ? -1 : value.length).array());
    if (value != null) {
      sink.update(value);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
