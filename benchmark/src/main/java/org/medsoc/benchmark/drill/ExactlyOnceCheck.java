package org.medsoc.benchmark.drill;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.medsoc.benchmark.drill.Ledger.Entry;
import org.medsoc.benchmark.drill.Ledger.Outcome;

/**
 * Holds the stores and the views to the ledger once the platform has had time to catch up:
 *
 * <ul>
 *   <li>every accepted command's event is in its service's store exactly once, no cleanly failed
 *       command left one, a command without an answer left at most one, and no event appeared that
 *       no command can explain;
 *   <li>every stored event is sealed exactly once in the service's hash chain;
 *   <li>downstream, through Kafka: each membership in the drill's society is in committee-service's
 *       and events-service's eligibility views exactly once, in its last state (approved, renewed);
 *       each introduction is in the audit exactly once; each committee is in committee-service's
 *       directory.
 * </ul>
 *
 * The store is the truth for the views: a command without an answer whose event was stored must
 * reach the views like any other.
 */
public final class ExactlyOnceCheck {

  private final Function<String, String> jdbcUrl;

  /**
   * @param jdbcUrl the JDBC URL of a service's database by database name
   */
  public ExactlyOnceCheck(Function<String, String> jdbcUrl) {
    this.jdbcUrl = jdbcUrl;
  }

  /** The last global index of each service's store, before the drill's load starts. */
  public Map<String, Long> positions() throws SQLException {
    Map<String, Long> positions = new HashMap<>();
    for (String service : List.of("member-service", "committee-service")) {
      try (Connection c = connect(service);
          ResultSet rs =
              c.createStatement()
                  .executeQuery("SELECT coalesce(max(globalindex), 0) FROM domainevententry")) {
        rs.next();
        positions.put(service, rs.getLong(1));
      }
    }
    return positions;
  }

  /**
   * Polls until every rule holds or the patience runs out.
   *
   * @return the broken rules, empty when the drill lost and duplicated nothing
   */
  public List<String> await(
      Ledger ledger, String societyId, Map<String, Long> startPositions, Duration patience)
      throws SQLException, InterruptedException {
    long deadline = System.nanoTime() + patience.toNanos();
    List<String> broken;
    do {
      broken = check(ledger, societyId, startPositions);
      if (broken.isEmpty()) {
        return broken;
      }
      Thread.sleep(2000);
    } while (System.nanoTime() < deadline);
    return broken;
  }

  private List<String> check(Ledger ledger, String societyId, Map<String, Long> start)
      throws SQLException {
    List<String> broken = new ArrayList<>();
    Map<String, Map<String, Integer>> member = stored("member-service", start);
    Map<String, Map<String, Integer>> committee = stored("committee-service", start);
    // Per aggregate and event type: each accepted command's event once, an unanswered one's at
    // most once, a cleanly failed one's never (several commands may change one aggregate).
    Map<String, int[]> expected = new java.util.LinkedHashMap<>();
    for (Entry entry : ledger.entries()) {
      if (entry.aggregateId() == null || entry.outcome() == Outcome.UNEXPECTED) {
        continue;
      }
      int[] range =
          expected.computeIfAbsent(
              entry.service() + "|" + entry.aggregateId() + "|" + entry.eventType(),
              key -> new int[2]);
      if (entry.outcome() == Outcome.ACCEPTED) {
        range[0]++;
        range[1]++;
      } else if (entry.outcome() == Outcome.NO_ANSWER) {
        range[1]++;
      }
    }
    expected.forEach(
        (key, range) -> {
          String[] parts = key.split("\\|", 3);
          Map<String, Map<String, Integer>> store =
              parts[0].equals("member-service") ? member : committee;
          int count = store.getOrDefault(parts[1], Map.of()).getOrDefault(parts[2], 0);
          if (count < range[0] || count > range[1]) {
            broken.add(
                "%s %s of %s is stored %d times, expected %d to %d"
                    .formatted(parts[0], parts[2], parts[1], count, range[0], range[1]));
          }
        });
    unexplained(ledger, "member-service", member, broken);
    unexplained(ledger, "committee-service", committee, broken);
    sealedOnce("member-service", broken);
    sealedOnce("committee-service", broken);
    for (String service : List.of("committee-service", "events-service")) {
      eligibility(service, societyId, member, ledger, broken);
    }
    audited(member, broken);
    directory(committee, broken);
    return broken;
  }

  /** Aggregate → event type → how many times, for events stored since the drill began. */
  private Map<String, Map<String, Integer>> stored(String service, Map<String, Long> start)
      throws SQLException {
    Map<String, Map<String, Integer>> stored = new HashMap<>();
    try (Connection c = connect(service);
        PreparedStatement query =
            c.prepareStatement(
                "SELECT aggregateidentifier, payloadtype, count(*) FROM domainevententry"
                    + " WHERE globalindex > ? GROUP BY 1, 2")) {
      query.setLong(1, start.get(service));
      try (ResultSet rs = query.executeQuery()) {
        while (rs.next()) {
          String type = rs.getString(2);
          stored
              .computeIfAbsent(rs.getString(1), a -> new HashMap<>())
              .merge(type.substring(type.lastIndexOf('.') + 1), rs.getInt(3), Integer::sum);
        }
      }
    }
    return stored;
  }

  /** Each stored event of the drill is explained by an accepted or an unanswered command. */
  private static void unexplained(
      Ledger ledger, String service, Map<String, Map<String, Integer>> store, List<String> broken) {
    Set<String> explained = new HashSet<>();
    Map<String, Integer> unansweredCreations = new HashMap<>();
    for (Entry entry : ledger.entries()) {
      if (!entry.service().equals(service)) {
        continue;
      }
      if (entry.aggregateId() != null && entry.outcome() != Outcome.FAILED_CLEANLY) {
        explained.add(entry.aggregateId() + "|" + entry.eventType());
      }
      if (entry.aggregateId() == null && entry.outcome() == Outcome.NO_ANSWER) {
        unansweredCreations.merge(entry.eventType(), 1, Integer::sum);
      }
    }
    Map<String, Integer> surplus = new HashMap<>();
    store.forEach(
        (aggregate, types) ->
            types.forEach(
                (type, count) -> {
                  if (!explained.contains(aggregate + "|" + type)) {
                    surplus.merge(type, count, Integer::sum);
                  }
                }));
    surplus.forEach(
        (type, count) -> {
          if (count > unansweredCreations.getOrDefault(type, 0)) {
            broken.add(
                "%s stored %d %s events no command explains (%d creations went unanswered)"
                    .formatted(service, count, type, unansweredCreations.getOrDefault(type, 0)));
          }
        });
  }

  private void sealedOnce(String service, List<String> broken) throws SQLException {
    try (Connection c = connect(service);
        ResultSet rs =
            c.createStatement()
                .executeQuery(
                    "SELECT (SELECT count(*) FROM domainevententry),"
                        + " (SELECT count(*) FROM event_seal),"
                        + " (SELECT count(DISTINCT global_index) FROM event_seal)")) {
      rs.next();
      if (rs.getLong(1) != rs.getLong(2) || rs.getLong(2) != rs.getLong(3)) {
        broken.add(
            "%s has %d events and %d seals (%d distinct)"
                .formatted(service, rs.getLong(1), rs.getLong(2), rs.getLong(3)));
      }
    }
  }

  /** The membership facts of every member the store says applied, as the last one left them. */
  private void eligibility(
      String service,
      String societyId,
      Map<String, Map<String, Integer>> member,
      Ledger ledger,
      List<String> broken)
      throws SQLException {
    Map<String, String> expected = new HashMap<>();
    member.forEach(
        (memberId, types) -> {
          if (types.containsKey("MembershipApplied")) {
            expected.put(
                memberId,
                types.containsKey("MembershipRenewed")
                    ? "ACTIVE until " + ledger.renewedUntil()
                    : types.containsKey("MembershipApproved")
                        ? "ACTIVE until " + ledger.approvedUntil()
                        : "PENDING");
          }
        });
    Map<String, String> seen = new HashMap<>();
    int rows = 0;
    try (Connection c = connect(service);
        PreparedStatement query =
            c.prepareStatement(
                "SELECT member_id, status, paid_through FROM member_eligibility WHERE society_id = ?")) {
      query.setString(1, societyId);
      try (ResultSet rs = query.executeQuery()) {
        while (rs.next()) {
          rows++;
          seen.put(
              rs.getString(1),
              rs.getString(2).equals("ACTIVE")
                  ? "ACTIVE until " + rs.getDate(3).toLocalDate()
                  : rs.getString(2));
        }
      }
    }
    if (rows != expected.size()) {
      broken.add(
          "%s's eligibility view has %d memberships of the society, the store %d"
              .formatted(service, rows, expected.size()));
    }
    expected.forEach(
        (memberId, state) -> {
          if (!state.equals(seen.get(memberId))) {
            broken.add(
                "%s sees member %s as %s, the store says %s"
                    .formatted(service, memberId, seen.get(memberId), state));
          }
        });
  }

  private void audited(Map<String, Map<String, Integer>> member, List<String> broken)
      throws SQLException {
    List<String> introductions =
        member.entrySet().stream()
            .filter(e -> e.getValue().containsKey("IntroductionProposed"))
            .map(Map.Entry::getKey)
            .toList();
    Map<String, Integer> seen =
        counts("audit-service", "audit_action", "subject_id", introductions);
    for (String introduction : introductions) {
      int count = seen.getOrDefault(introduction, 0);
      if (count != 1) {
        broken.add("the audit has introduction %s %d times".formatted(introduction, count));
      }
    }
  }

  private void directory(Map<String, Map<String, Integer>> committee, List<String> broken)
      throws SQLException {
    List<String> committees =
        committee.entrySet().stream()
            .filter(e -> e.getValue().containsKey("CommitteeCreated"))
            .map(Map.Entry::getKey)
            .toList();
    Map<String, Integer> seen =
        counts("committee-service", "committee", "committee_id", committees);
    for (String id : committees) {
      if (seen.getOrDefault(id, 0) != 1) {
        broken.add("committee %s is %d times in the directory".formatted(id, seen.get(id)));
      }
    }
  }

  private Map<String, Integer> counts(
      String service, String table, String column, List<String> values) throws SQLException {
    Map<String, Integer> counts = new HashMap<>();
    try (Connection c = connect(service);
        PreparedStatement query =
            c.prepareStatement(
                "SELECT %s, count(*) FROM %s WHERE %s = ANY(?) GROUP BY 1"
                    .formatted(column, table, column))) {
      Array ids = c.createArrayOf("varchar", values.toArray());
      query.setArray(1, ids);
      try (ResultSet rs = query.executeQuery()) {
        while (rs.next()) {
          counts.put(rs.getString(1), rs.getInt(2));
        }
      }
    }
    return counts;
  }

  private Connection connect(String service) throws SQLException {
    return DriverManager.getConnection(
        jdbcUrl.apply(service.replace('-', '_')), "postgres", "postgres");
  }
}
