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

/**
 * The hash chain over a service's event store. Each seal's hash is SHA-256 over the previous seal's
 * hash and every stored column of the event, as stored: the payload and metadata bytes exactly as
 * they sit in PostgreSQL. Erasing a person later by destroying the key their fields are encrypted
 * with leaves those bytes, and so the chain, unchanged.
 */
public final class EventChain {

  /** Where verification found the chain broken, or null fields when it holds. */
  public record Verification(
      long sealedEvents, long unsealedEvents, BrokenLink firstBrokenLink, String headHash) {

    public boolean intact() {
      return firstBrokenLink == null;
    }
  }

  /** The first event whose stored bytes no longer match its seal, or that is missing. */
  public record BrokenLink(
      long sealSequence, long globalIndex, String eventIdentifier, String reason) {}

  static final String EVENT_COLUMNS =
      "e.globalindex, e.eventidentifier, e.aggregateidentifier, e.sequencenumber, e.type,"
          + " e.payloadtype, e.payloadrevision, e.timestamp, e.payload, e.metadata";

  private EventChain() {}

  /** The hash linking the event in the current row of the result set to the previous hash. */
  static byte[] link(byte[] previous, ResultSet event) throws SQLException {
    MessageDigest sha = sha256();
    field(sha, previous);
    field(sha, ByteBuffer.allocate(Long.BYTES).putLong(event.getLong("globalindex")).array());
    field(sha, event.getString("eventidentifier"));
    field(sha, event.getString("aggregateidentifier"));
    field(sha, ByteBuffer.allocate(Long.BYTES).putLong(event.getLong("sequencenumber")).array());
    field(sha, event.getString("type"));
    field(sha, event.getString("payloadtype"));
    field(sha, event.getString("payloadrevision"));
    field(sha, event.getString("timestamp"));
    field(sha, event.getBytes("payload"));
    field(sha, event.getBytes("metadata"));
    return sha.digest();
  }

  /**
   * Recomputes the chain from the first seal, streaming (so a store of any size fits in memory),
   * and names the first link that does not hold: an event changed, or removed.
   */
  public static Verification verify(Connection connection) throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try (PreparedStatement seals =
        connection.prepareStatement(
            "SELECT s.seal_sequence, s.global_index, s.event_identifier, s.hash AS seal_hash,"
                + " "
                + EVENT_COLUMNS
                + " FROM event_seal s LEFT JOIN domainevententry e ON e.globalindex = s.global_index"
                + " ORDER BY s.seal_sequence")) {
      seals.setFetchSize(1000);
      byte[] previous = new byte[0];
      long sealed = 0;
      try (ResultSet rs = seals.executeQuery()) {
        while (rs.next()) {
          long sequence = rs.getLong("seal_sequence");
          long index = rs.getLong("global_index");
          String identifier = rs.getString("event_identifier");
          if (rs.getString("eventidentifier") == null) {
            return broken(sealed, connection, sequence, index, identifier, "the event is missing");
          }
          if (!identifier.equals(rs.getString("eventidentifier"))) {
            return broken(
                sealed, connection, sequence, index, identifier, "another event took its place");
          }
          byte[] expected = link(previous, rs);
          if (!Arrays.equals(expected, rs.getBytes("seal_hash"))) {
            return broken(
                sealed,
                connection,
                sequence,
                index,
                identifier,
                "the stored event differs from what was sealed");
          }
          previous = expected;
          sealed++;
        }
      }
      return new Verification(
          sealed, unsealed(connection), null, HexFormat.of().formatHex(previous));
    } finally {
      connection.rollback();
      connection.setAutoCommit(autoCommit);
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
        sealed, unsealed(connection), new BrokenLink(sequence, index, identifier, reason), null);
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

  private static void field(MessageDigest sha, String value) {
    field(sha, value == null ? null : value.getBytes(StandardCharsets.UTF_8));
  }

  /** Length-prefixed, so no two different events hash the same bytes; -1 marks a null. */
  private static void field(MessageDigest sha, byte[] value) {
    sha.update(
        ByteBuffer.allocate(Integer.BYTES).putInt(value == null ? -1 : value.length).array());
    if (value != null) {
      sha.update(value);
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
