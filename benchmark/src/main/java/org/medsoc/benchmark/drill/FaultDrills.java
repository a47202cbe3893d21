package org.medsoc.benchmark.drill;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.medsoc.benchmark.PlatformClient;
import org.medsoc.localstack.LocalStack;

/**
 * Fault drills on the running platform (every service its own process, a real PostgreSQL and a
 * Kafka broker process): each drill runs a steady staff-portal load, injects one fault, lets the
 * platform recover, and then holds every store and view to what the load was told (see {@link
 * ExactlyOnceCheck}).
 *
 * <p>Run with {@code scripts/fault-drills.sh [drill...]}; drills: kafka, postgres, kill,
 * redelivery, scale-out, backup-restore (all by default). Exit status 0 only if every drill passed.
 */
public final class FaultDrills {

  static final List<String> ALL =
      List.of("kafka", "postgres", "kill", "redelivery", "scale-out", "backup-restore");
  private static final String MEMBER = "http://localhost:8081";
  private static final String COMMITTEE = "http://localhost:8082";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path home;
  private final LocalStack stack;
  private final PlatformClient client;
  private final ExactlyOnceCheck check;
  private final Map<String, String> results = new LinkedHashMap<>();

  private final List<DrillLoad.Introducer> introducers;

  private FaultDrills(
      Path home, LocalStack stack, PlatformClient client, List<DrillLoad.Introducer> introducers) {
    this.home = home;
    this.stack = stack;
    this.client = client;
    this.introducers = introducers;
    this.check = new ExactlyOnceCheck(stack::jdbcUrl);
  }

  public static void main(String[] args) throws Exception {
    Path home = Files.createTempDirectory("medsoc-drills");
    Map<String, String> results = run(home, args.length == 0 ? ALL : List.of(args));
    System.out.printf("%n== Fault drills (logs in %s)%n", home.resolve("logs"));
    results.forEach((drill, result) -> System.out.printf("  %-11s %s%n", drill, result));
    System.exit(passed(results) ? 0 : 1);
  }

  /**
   * Starts the platform in {@code home}, runs the drills in order and stops it.
   *
   * @return each drill's result, starting with PASSED or FAILED
   */
  public static Map<String, String> run(Path home, List<String> drills) throws Exception {
    LocalStack stack =
        new LocalStack(home).withLoadTestMembers(DrillLoad.INTRODUCERS).withDurableCommits();
    Thread stopOnExit = new Thread(stack::stop);
    Runtime.getRuntime().addShutdownHook(stopOnExit);
    try {
      stack.start(System.nanoTime());
      FaultDrills run =
          new FaultDrills(home, stack, PlatformClient.asStaff(home), DrillLoad.introducers(home));
      for (String drill : drills) {
        run.drill(drill);
      }
      return run.results;
    } finally {
      stack.stop();
      Runtime.getRuntime().removeShutdownHook(stopOnExit);
    }
  }

  public static boolean passed(Map<String, String> results) {
    return results.values().stream().allMatch(r -> r.startsWith("PASSED"));
  }

  private void drill(String name) throws Exception {
    System.out.printf("%n== Drill: %s%n", name);
    String societyId =
        client
            .post(MEMBER + "/societies", Map.of("name", "Drill " + name, "kind", "SPECIALTY"))
            .path("societyId")
            .asText();
    Map<String, Long> start = check.positions();
    List<String> extra = new ArrayList<>();
    DrillLoad load =
        new DrillLoad(client, introducers, societyId, List.of(MEMBER), List.of(COMMITTEE), 4, 40)
            .start();
    Thread.sleep(10_000);
    switch (name) {
      case "kafka" -> kafkaAway();
      case "postgres" -> postgresAway();
      case "kill" -> killed();
      case "redelivery" -> extra.addAll(redelivered(societyId, load.ledger()));
      case "scale-out" -> extra.addAll(scaledOut(societyId, load));
      case "backup-restore" -> backedUpAndRestored();
      default -> throw new IllegalArgumentException("No drill " + name + "; drills: " + ALL);
    }
    Thread.sleep(10_000);
    load.close();
    Ledger ledger = load.ledger();
    System.out.println("  load: " + ledger.summary());
    long settling = System.nanoTime();
    List<String> broken = check.await(ledger, societyId, start, Duration.ofMinutes(4));
    broken.addAll(extra);
    if (name.equals("backup-restore")) {
      broken.addAll(awaitAgreement(Duration.ofMinutes(2)));
    }
    ledger.entries().stream()
        .filter(e -> e.outcome() == Ledger.Outcome.UNEXPECTED)
        .limit(5)
        .forEach(e -> broken.add("unexpected answer: " + e.detail()));
    String result =
        (broken.isEmpty() ? "PASSED" : "FAILED")
            + " · "
            + ledger.summary()
            + " · views complete %.1f s after the load"
                .formatted((System.nanoTime() - settling) / 1e9);
    results.put(name, result);
    System.out.println("  " + result);
    broken.stream().limit(20).forEach(b -> System.out.println("    - " + b));
  }

  /** The broker stopped for 30 s under load, then started again on its data. */
  private void kafkaAway() throws Exception {
    System.out.println("  stopping the Kafka broker for 30 s");
    stack.stopKafka();
    Thread.sleep(30_000);
    stack.restartKafka();
    System.out.println("  Kafka is back");
  }

  /** PostgreSQL stopped (connections cut) for 15 s under load, then started again on its data. */
  private void postgresAway() throws Exception {
    System.out.println("  stopping PostgreSQL for 15 s");
    stack.stopPostgres();
    Thread.sleep(15_000);
    stack.restartPostgres();
    System.out.println("  PostgreSQL is back");
  }

  /**
   * The whole server backed up under load (a base backup, the WAL streamed synchronously from
   * before it), then its data folder lost (the server killed, the folder deleted) while the load
   * goes on, then restored from the backup to the last acknowledged commit.
   */
  private void backedUpAndRestored() throws Exception {
    try (PostgresBackup backup =
        new PostgresBackup(stack.postgresPort(), Files.createDirectories(home.resolve("backup")))) {
      backup.streamWal();
      long started = System.nanoTime();
      backup.baseBackup();
      System.out.printf(
          "  base backup of every database under load in %.1f s%n",
          (System.nanoTime() - started) / 1e9);
      Thread.sleep(5_000);
      System.out.println("  PostgreSQL's data folder lost (the server killed, the folder deleted)");
      stack.losePostgres();
      Thread.sleep(5_000);
      long restoring = System.nanoTime();
      backup.restoreInto(stack.postgresDataDirectory());
      stack.restartPostgres();
      long[] sizes = backup.sizes();
      System.out.printf(
          "  restored (base backup %d MB, WAL streamed %d MB) and open in %.1f s%n",
          sizes[0] >> 20, sizes[1] >> 20, (System.nanoTime() - restoring) / 1e9);
    }
  }

  /**
   * After a restore the stores, the positions and the broker agree: member-service's publisher and
   * sealer are at the head of its store (their tokens were restored with it), every membership fact
   * on Kafka is in committee-service's inbox for its eligibility view (its offsets on the broker
   * ran ahead of no restored inbox), and every group of it has read to the end of the topic.
   */
  private List<String> awaitAgreement(Duration patience) throws Exception {
    long deadline = System.nanoTime() + patience.toNanos();
    List<String> broken;
    do {
      broken = new ArrayList<>();
      for (String processor : List.of("integration-publisher", "event-sealer")) {
        double lag = processorLag("member-service", processor);
        if (lag != 0) {
          broken.add("member-service's %s lags by %.0f events".formatted(processor, lag));
        }
      }
      java.util.Set<String> facts = new java.util.HashSet<>();
      for (ConsumerRecord<String, String> record : readAll("member.memberships")) {
        com.fasterxml.jackson.databind.JsonNode envelope = JSON.readTree(record.value());
        if (envelope.path("type").asText().equals("member.MembershipChanged")) {
          facts.add(envelope.path("eventId").asText());
        }
      }
      java.util.Set<String> inbox =
          new java.util.HashSet<>(
              committeeRows(
                  "SELECT event_id FROM processed_integration_event"
                      + " WHERE consumer = 'member-eligibility'"
                      + " AND event_type = 'member.MembershipChanged'",
                  rs -> rs.getString(1)));
      java.util.Set<String> missing = new java.util.HashSet<>(facts);
      missing.removeAll(inbox);
      if (!missing.isEmpty()) {
        broken.add(
            "%d of %d membership facts on Kafka are not in committee-service's inbox"
                .formatted(missing.size(), facts.size()));
      }
      broken.addAll(groupsBehind("committee-service", "member.memberships"));
      if (!broken.isEmpty()) {
        Thread.sleep(2000);
      }
    } while (!broken.isEmpty() && System.nanoTime() < deadline);
    if (broken.isEmpty()) {
      System.out.println("  publisher and sealer at the head, inboxes and offsets agree");
    }
    return broken;
  }

  /** {@code platform.processor.lag} as the service reports it to its monitoring. */
  private double processorLag(String service, String processor) throws Exception {
    String metrics =
        client.text(
            (service.equals("member-service") ? MEMBER : COMMITTEE) + "/actuator/prometheus");
    for (String line : metrics.split("\n")) {
      if (line.startsWith("platform_processor_lag_events{")
          && line.contains("processor=\"" + processor + "\"")) {
        return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
      }
    }
    throw new IllegalStateException(service + " reports no lag for " + processor);
  }

  /** The groups of a service whose committed offsets on a topic are short of its end. */
  private List<String> groupsBehind(String service, String topic) throws Exception {
    List<String> behind = new ArrayList<>();
    try (Admin admin = Admin.create(kafkaProperties())) {
      List<String> groups =
          admin.listConsumerGroups().all().get().stream()
              .map(ConsumerGroupListing::groupId)
              .filter(g -> g.startsWith(service))
              .toList();
      for (String group : groups) {
        Map<TopicPartition, org.apache.kafka.clients.consumer.OffsetAndMetadata> committed =
            admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
        Map<TopicPartition, org.apache.kafka.clients.admin.OffsetSpec> latest =
            new LinkedHashMap<>();
        committed.keySet().stream()
            .filter(partition -> partition.topic().equals(topic))
            .forEach(
                partition ->
                    latest.put(partition, org.apache.kafka.clients.admin.OffsetSpec.latest()));
        var ends = admin.listOffsets(latest).all().get();
        for (var end : ends.entrySet()) {
          long at = committed.get(end.getKey()).offset();
          if (at < end.getValue().offset()) {
            behind.add(
                "%s is at %d of %d on %s"
                    .formatted(group, at, end.getValue().offset(), end.getKey()));
          }
        }
      }
    }
    return behind;
  }

  /** member-service, then committee-service, ended by SIGKILL mid-stream and started again. */
  private void killed() throws Exception {
    for (String service : List.of("member-service", "committee-service")) {
      System.out.println("  kill -9 " + service);
      stack.kill(service);
      Thread.sleep(3_000);
      stack.startInstance(service, service, service.equals("member-service") ? 8081 : 8082);
      System.out.println("  " + service + " is back");
      Thread.sleep(5_000);
    }
  }

  /**
   * Every membership fact of the drill's society delivered a second time, and the facts of members
   * nobody has seen delivered newest first, interleaved across members: the views must not change
   * for the first, and must end in the newest state for the second.
   */
  private List<String> redelivered(String societyId, Ledger ledger) throws Exception {
    Map<String, List<String>> byMember = new LinkedHashMap<>();
    for (ConsumerRecord<String, String> record : readAll("member.memberships")) {
      if (record.value().contains(societyId)) {
        byMember.computeIfAbsent(record.key(), k -> new ArrayList<>()).add(record.value());
      }
    }
    String otherSociety = UUID.randomUUID().toString();
    List<List<String>> unseen = new ArrayList<>();
    for (Map.Entry<String, List<String>> member : byMember.entrySet()) {
      if (member.getValue().size() == 3 && unseen.size() < 20) {
        String newId = UUID.randomUUID().toString();
        List<String> copies = new ArrayList<>();
        for (String value : member.getValue()) {
          ObjectNode envelope =
              (ObjectNode)
                  JSON.readTree(
                      value.replace(member.getKey(), newId).replace(societyId, otherSociety));
          envelope.put("eventId", UUID.randomUUID().toString());
          copies.add(JSON.writeValueAsString(envelope));
        }
        java.util.Collections.reverse(copies);
        unseen.add(copies);
      }
    }
    int duplicates = 0;
    int outOfOrder = 0;
    try (KafkaProducer<String, String> producer = producer()) {
      for (Map.Entry<String, List<String>> member : byMember.entrySet()) {
        for (String value : member.getValue()) {
          producer.send(new ProducerRecord<>("member.memberships", member.getKey(), value));
          duplicates++;
        }
      }
      for (int step = 0; step < 3; step++) {
        for (List<String> member : unseen) {
          String value = member.get(step);
          String key = JSON.readTree(value).path("aggregateId").asText();
          producer.send(new ProducerRecord<>("member.memberships", key, value));
          producer.send(new ProducerRecord<>("member.memberships", key, value));
          outOfOrder += 2;
        }
      }
      producer.flush();
    }
    System.out.printf(
        "  delivered %d facts again, and %d facts of %d unseen members newest first, each twice%n",
        duplicates, outOfOrder, unseen.size());
    List<String> broken = new ArrayList<>();
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    do {
      broken.clear();
      for (String service : List.of("committee_service", "events_service")) {
        try (Connection c =
                DriverManager.getConnection(stack.jdbcUrl(service), "postgres", "postgres");
            PreparedStatement query =
                c.prepareStatement(
                    "SELECT count(*), count(*) FILTER (WHERE status = 'ACTIVE' AND paid_through = ?)"
                        + " FROM member_eligibility WHERE society_id = ?")) {
          query.setObject(1, ledger.renewedUntil());
          query.setString(2, otherSociety);
          try (ResultSet rs = query.executeQuery()) {
            rs.next();
            if (rs.getInt(1) != unseen.size() || rs.getInt(2) != unseen.size()) {
              broken.add(
                  "%s holds %d of the %d unseen members, %d in their newest state"
                      .formatted(service, rs.getInt(1), unseen.size(), rs.getInt(2)));
            }
          }
        }
      }
      if (!broken.isEmpty()) {
        Thread.sleep(1000);
      }
    } while (!broken.isEmpty() && System.nanoTime() < deadline);
    if (unseen.isEmpty()) {
      broken.add("no member with three facts to copy");
    }
    return broken;
  }

  /**
   * A second committee-service instance joins: the two must share the Axon segments and the Kafka
   * partitions; when the second is killed, the first must take all of them over.
   */
  private List<String> scaledOut(String societyId, DrillLoad load) throws Exception {
    List<String> broken = new ArrayList<>();
    System.out.println("  starting a second committee-service on port 8092");
    stack.startInstance("committee-service", "committee-service-2", 8092);
    Map<String, Integer> shared = awaitOwners(2, Duration.ofSeconds(90));
    Map<String, List<List<Integer>>> partitions = awaitConsumers(2, Duration.ofSeconds(60));
    System.out.println("  segments of calls and committees per instance: " + shared);
    System.out.println("  partitions per consumer group member: " + partitions);
    if (shared.size() != 2) {
      broken.add("the two instances did not share the segments: " + shared);
    }
    if (partitions.values().stream().anyMatch(held -> held.size() != 2)) {
      broken.add("the two instances did not share the Kafka partitions: " + partitions);
    }
    broken.addAll(commandsOnOneCallAlternate(societyId, load));
    Thread.sleep(10_000);
    System.out.println("  kill -9 the second instance");
    long killed = System.nanoTime();
    stack.kill("committee-service-2");
    Map<String, Integer> survivor = awaitOwners(1, Duration.ofSeconds(90));
    System.out.printf(
        "  the first instance holds every segment after %.1f s: %s%n",
        (System.nanoTime() - killed) / 1e9, survivor);
    Map<String, List<List<Integer>>> taken = awaitConsumers(1, Duration.ofSeconds(90));
    System.out.printf(
        "  and every partition after %.1f s: %s%n", (System.nanoTime() - killed) / 1e9, taken);
    if (survivor.size() != 1) {
      broken.add("the survivor did not take the segments over: " + survivor);
    }
    if (taken.values().stream().anyMatch(held -> held.size() != 1)) {
      broken.add("the survivor did not take the partitions over: " + taken);
    }
    return broken;
  }

  /**
   * Staff's commands on one call (a cached aggregate) go to the two instances in turn: each finds
   * its cached copy one change behind, and every command must still be accepted (StaleCopyRetry
   * dispatches it once more from the stored events; commands are not routed by aggregate).
   */
  private List<String> commandsOnOneCallAlternate(String societyId, DrillLoad load)
      throws Exception {
    String second = "http://localhost:8092";
    String committeeId =
        load.command(
            COMMITTEE,
            "committee-service",
            null,
            "CommitteeCreated",
            "/societies/" + societyId + "/committees",
            Map.of("name", "Stale copies", "seatPlan", Map.of("MEMBER", 3), "defaultTermYears", 2),
            body -> body.path("committeeId").asText());
    java.time.LocalDate today = java.time.LocalDate.now();
    String callId =
        committeeId == null
            ? null
            : load.command(
                COMMITTEE,
                "committee-service",
                null,
                "CallOpened",
                "/committees/" + committeeId + "/calls",
                Map.of(
                    "purpose", "COMMITTEE_SEAT",
                    "title", "Stale copies",
                    "roles", List.of("MEMBER"),
                    "opensOn", today.toString(),
                    "closesOn", today.plusDays(14).toString()),
                body -> body.path("callId").asText());
    if (callId == null) {
      return List.of("no call could be opened for the stale-copy check");
    }
    int commands = 20;
    int accepted = 0;
    for (int i = 0; i < commands; i++) {
      // The call is cached on both instances: each finds its copy one change behind.
      String instance = i % 2 == 0 ? COMMITTEE : second;
      String changed =
          load.command(
              instance,
              "committee-service",
              callId,
              "ConflictDeclared",
              "/calls/" + callId + "/conflicts",
              Map.of("candidateId", "candidate-" + i, "reason", "Drill: we trained together"),
              body -> callId);
      accepted += changed == null ? 0 : 1;
    }
    System.out.printf(
        "  %d commands on one call, the two instances in turn: %d accepted%n", commands, accepted);
    return accepted == commands
        ? List.of()
        : List.of(
            "%d of %d commands on a stale copy failed".formatted(commands - accepted, commands));
  }

  private interface Row<T> {
    T read(ResultSet rs) throws java.sql.SQLException;
  }

  /** The rows of a query on committee-service's database, as its operator reads them. */
  private <T> List<T> committeeRows(String sql, Row<T> row) throws java.sql.SQLException {
    try (Connection c =
            DriverManager.getConnection(
                stack.jdbcUrl("committee_service"), "postgres", "postgres");
        ResultSet rs = c.createStatement().executeQuery(sql)) {
      List<T> rows = new ArrayList<>();
      while (rs.next()) {
        rows.add(row.read(rs));
      }
      return rows;
    }
  }

  /** Waits until the committee-service processors' segments are held by this many owners. */
  private Map<String, Integer> awaitOwners(int owners, Duration patience) throws Exception {
    long deadline = System.nanoTime() + patience.toNanos();
    Map<String, Integer> held;
    do {
      held = new TreeMap<>();
      for (Map.Entry<String, Integer> owner :
          committeeRows(
              "SELECT coalesce(owner, '(none)'), count(*) FROM tokenentry"
                  + " WHERE processorname IN ('calls', 'committees') GROUP BY 1",
              rs -> Map.entry(rs.getString(1), rs.getInt(2)))) {
        held.put(owner.getKey(), owner.getValue());
      }
      if (held.size() == owners && !held.containsKey("(none)")) {
        return held;
      }
      Thread.sleep(1000);
    } while (System.nanoTime() < deadline);
    return held;
  }

  /**
   * Each of committee-service's consumer groups → the partitions of member.memberships each of its
   * members holds, e.g. {@code [0, 1] [2]}.
   */
  private Map<String, List<List<Integer>>> consumerAssignments() throws Exception {
    try (Admin admin = Admin.create(kafkaProperties())) {
      List<String> ours =
          admin.listConsumerGroups().all().get().stream()
              .map(ConsumerGroupListing::groupId)
              .filter(g -> g.startsWith("committee-service"))
              .toList();
      Map<String, List<List<Integer>>> assignments = new TreeMap<>();
      for (ConsumerGroupDescription group :
          admin.describeConsumerGroups(ours).all().get().values()) {
        List<List<Integer>> held =
            group.members().stream()
                .map(
                    m ->
                        m.assignment().topicPartitions().stream()
                            .filter(partition -> partition.topic().equals("member.memberships"))
                            .map(TopicPartition::partition)
                            .sorted()
                            .toList())
                .filter(partitions -> !partitions.isEmpty())
                .toList();
        // A group that reads other topics only (call references) is not counted.
        boolean readsMemberships =
            admin
                .listConsumerGroupOffsets(group.groupId())
                .partitionsToOffsetAndMetadata()
                .get()
                .keySet()
                .stream()
                .anyMatch(partition -> partition.topic().equals("member.memberships"));
        if (readsMemberships) {
          assignments.put(group.groupId(), held);
        }
      }
      return assignments;
    }
  }

  /** Waits until every committee-service group has this many members holding partitions. */
  private Map<String, List<List<Integer>>> awaitConsumers(int members, Duration patience)
      throws Exception {
    long deadline = System.nanoTime() + patience.toNanos();
    Map<String, List<List<Integer>>> assignments;
    do {
      assignments = consumerAssignments();
      if (!assignments.isEmpty()
          && assignments.values().stream()
              .allMatch(
                  held ->
                      held.size() == members && held.stream().mapToInt(List::size).sum() == 3)) {
        return assignments;
      }
      Thread.sleep(500);
    } while (System.nanoTime() < deadline);
    return assignments;
  }

  private List<ConsumerRecord<String, String>> readAll(String topic) {
    Properties properties = kafkaProperties();
    properties.put("key.deserializer", StringDeserializer.class.getName());
    properties.put("value.deserializer", StringDeserializer.class.getName());
    List<ConsumerRecord<String, String>> records = new ArrayList<>();
    try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties)) {
      List<TopicPartition> partitions =
          consumer.partitionsFor(topic).stream()
              .map(p -> new TopicPartition(topic, p.partition()))
              .toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
      while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
        consumer.poll(Duration.ofMillis(500)).forEach(records::add);
      }
    }
    return records;
  }

  private KafkaProducer<String, String> producer() {
    Properties properties = kafkaProperties();
    properties.put("key.serializer", StringSerializer.class.getName());
    properties.put("value.serializer", StringSerializer.class.getName());
    properties.put("acks", "all");
    return new KafkaProducer<>(properties);
  }

  private Properties kafkaProperties() {
    Properties properties = new Properties();
    properties.putAll(stack.kafkaAdminProperties());
    return properties;
  }
}
