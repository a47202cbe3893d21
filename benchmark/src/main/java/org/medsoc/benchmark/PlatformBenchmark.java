package org.medsoc.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.medsoc.localstack.LocalStack;

/**
 * Starts the whole platform as separate processes (the local stack: PostgreSQL, a Kafka broker
 * process, the identity provider and the four services) on a fresh data folder and measures, in one
 * run:
 *
 * <ul>
 *   <li>the yardstick: raw PostgreSQL inserts per second, one row per transaction, shaped like an
 *       event (a unique aggregate/sequence pair and a payload);
 *   <li>sustained commands per second through REST with a staff portal's mix (a member registers,
 *       applies, is approved and renews; registers for the society's annual meeting; every other
 *       time one member introduces two others; a member nominates another to a call for volunteers
 *       and asks another for a meeting at the conference), and that figure as a share of the
 *       yardstick;
 *   <li>command latency p50/p99 at a fixed moderate rate;
 *   <li>propagation p50/p99 from an approval accepted by member-service to the member being active
 *       in committee-service's view, through Kafka;
 *   <li>the resident memory of each process.
 * </ul>
 *
 * Run with {@code scripts/benchmark.sh [seconds-per-phase] [paced-commands-per-second]}; alone,
 * {@code PlatformBenchmark [seconds] [rate] [production|laptop]} picks the services' JVM options.
 */
public final class PlatformBenchmark {

  private static final int THREADS = 8;

  /**
   * Register, apply, approve, renew, register for the meeting, every other time introduce; a
   * nomination and a meeting request.
   */
  private static final double COMMANDS_PER_ITERATION = 7.5;

  /** Members with a login of their own, who nominate and ask for meetings. */
  private static final int LOGINS = 32;

  private static final int CALLS = 8;

  /** Members approved lately, the introductions' parties. */
  private final ConcurrentLinkedDeque<String> approved = new ConcurrentLinkedDeque<>();

  private final Duration phase;
  private final int pacedRate;
  private final List<String> javaOptions;
  private PlatformClient client;
  private String societyId;
  private String conferenceId;
  private LocalDate firstDay;
  private final List<PlatformClient> logins = new ArrayList<>();
  private final List<String> loginMembers = new ArrayList<>();
  private final List<String> calls = new ArrayList<>();
  private final AtomicLong nominations = new AtomicLong();
  private final AtomicLong introductions = new AtomicLong();
  private final AtomicLong meetingRequests = new AtomicLong();

  private PlatformBenchmark(Duration phase, int pacedRate, List<String> javaOptions) {
    this.phase = phase;
    this.pacedRate = pacedRate;
    this.javaOptions = javaOptions;
  }

  public static void main(String[] args) throws Exception {
    Duration phase = Duration.ofSeconds(args.length > 0 ? Integer.parseInt(args[0]) : 20);
    int rate = args.length > 1 ? Integer.parseInt(args[1]) : 60;
    boolean laptop = args.length > 2 && args[2].equals("laptop");
    String javaOptions = laptop ? LocalStack.LAPTOP_JAVA_OPTS : LocalStack.PRODUCTION_JAVA_OPTS;
    System.out.printf(
        "Services with the %s JVM options: %s%n", laptop ? "laptop's" : "production", javaOptions);
    // First a start with no class-data archive, as after a build (the archives are written when
    // it stops), then the start every later one is, on a fresh data folder each time.
    LocalStack.deleteClassDataArchives();
    Path first = Files.createTempDirectory("medsoc-benchmark");
    Process firstStack = launch(first, javaOptions);
    double firstStart = awaitUp(first, firstStack);
    long stopping = System.nanoTime();
    firstStack.destroy();
    firstStack.waitFor(120, TimeUnit.SECONDS);
    System.out.printf(
        "Start without class-data archives (as after a build): every process healthy %.1f s after"
            + " launch; stopped, writing the archives, in %.1f s%n",
        firstStart, (System.nanoTime() - stopping) / 1e9);
    Path home = Files.createTempDirectory("medsoc-benchmark");
    Process stack = launch(home, javaOptions);
    try {
      System.out.printf(
          "Start: every process of the stack healthy %.1f s after launch (a fresh data folder)%n",
          awaitUp(home, stack));
      Thread.sleep(30_000);
      memory("idle, 30 s after the start", stack.pid(), home.resolve("stack"));
      new PlatformBenchmark(phase, rate, List.of(javaOptions.split(" ")))
          .run(home.resolve("stack"), stack.pid());
    } finally {
      stack.destroy();
      stack.waitFor(90, TimeUnit.SECONDS);
    }
  }

  /** The launcher as local-stack.sh runs it, on a fresh data folder in {@code home}. */
  private static Process launch(Path home, String javaOptions) throws IOException {
    ProcessBuilder launcher =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms16m",
                "-Xmx256m",
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-Xss512k",
                "-cp",
                "local-stack/target/local-stack.jar:local-stack/target/lib/*",
                "org.medsoc.localstack.LocalStack")
            .redirectErrorStream(true)
            .redirectOutput(home.resolve("stack.out").toFile());
    launcher.environment().put("LOCAL_STACK_DIR", home.resolve("stack").toString());
    launcher.environment().put("SERVICE_JAVA_OPTS", javaOptions);
    launcher.environment().put("IDENTITY_LOAD_TEST_MEMBERS", String.valueOf(LOGINS));
    return launcher.start();
  }

  /** Seconds from the launch until the launcher says the platform is up. */
  private static double awaitUp(Path home, Process stack) throws Exception {
    Path output = home.resolve("stack.out");
    long launched = stack.info().startInstant().map(i -> i.toEpochMilli()).orElseThrow();
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
    while (System.nanoTime() < deadline) {
      String log = Files.exists(output) ? Files.readString(output) : "";
      if (log.contains("The platform is up")) {
        return (System.currentTimeMillis() - launched) / 1e3;
      }
      if (!stack.isAlive()) {
        throw new IllegalStateException("The stack stopped:\n" + log);
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException("The stack did not start; see " + home);
  }

  private void run(Path stackHome, long launcherPid) throws Exception {
    System.out.printf(
        "Machine: %d cores, %d MB for this JVM; phases of %d s%n",
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() / (1024 * 1024),
        phase.toSeconds());
    double yardstick = yardstick();
    System.out.printf(
        "Yardstick: PostgreSQL, one event-shaped row per transaction: %.0f/s%n", yardstick);

    double baseline =
        new FrameworkBaseline(javaOptions).commandsPerSecond(stackHome.getParent(), THREADS, phase);
    System.out.printf(
        "Framework baseline: Axon alone on this stack (REST → command → aggregate → JDBC event"
            + " store; no tokens, Kafka, projections, sealing, encryption), %d clients: %.0f"
            + " commands/s%n",
        THREADS, baseline);

    client = PlatformClient.asStaff(stackHome);
    firstDay = LocalDate.now().plusMonths(3);
    PlatformClient.AnnualMeeting meeting =
        client.societyWithAnnualMeeting("Benchmark Society", firstDay, 100_000);
    societyId = meeting.societyId();
    conferenceId = meeting.conferenceId();
    membersWithLogins(stackHome);

    double sustained = sustained();
    System.out.printf(
        "Sustained commands through REST (the portal mix, %d clients): %.0f/s = %.1f%% of the"
            + " framework baseline, %.1f%% of the yardstick%n",
        THREADS, sustained, 100 * sustained / baseline, 100 * sustained / yardstick);

    settle();
    paced();
    profiled(stackHome);
    // After the mix, as a service that has been running meets it (its code compiled).
    new RegistrationOpening(client).run("");
    memory("after the load", launcherPid, stackHome);
  }

  /** Inserts from {@link #THREADS} connections, each row its own transaction, for one phase. */
  private double yardstick() throws Exception {
    String url = "jdbc:postgresql://localhost:15432/postgres";
    try (Connection c = DriverManager.getConnection(url, "postgres", "postgres");
        Statement s = c.createStatement()) {
      s.execute(
          "CREATE TABLE IF NOT EXISTS yardstick (id BIGSERIAL PRIMARY KEY, aggregate VARCHAR(64),"
              + " seq BIGINT, payload BYTEA, UNIQUE (aggregate, seq))");
    }
    byte[] payload = new byte[600];
    AtomicLong rows = new AtomicLong();
    long end = System.nanoTime() + phase.toNanos();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    for (int t = 0; t < THREADS; t++) {
      pool.submit(
          () -> {
            try (Connection c = DriverManager.getConnection(url, "postgres", "postgres");
                PreparedStatement insert =
                    c.prepareStatement(
                        "INSERT INTO yardstick (aggregate, seq, payload) VALUES (?, ?, ?)")) {
              String aggregate = UUID.randomUUID().toString();
              long seq = 0;
              while (System.nanoTime() < end) {
                insert.setString(1, aggregate);
                insert.setLong(2, seq++);
                insert.setBytes(3, payload);
                insert.executeUpdate();
                rows.incrementAndGet();
              }
            }
            return null;
          });
    }
    pool.shutdown();
    pool.awaitTermination(phase.toSeconds() + 30, TimeUnit.SECONDS);
    return rows.get() / (double) phase.toSeconds();
  }

  /** As many membership commands as {@link #THREADS} clients get through in one phase. */
  private double sustained() throws Exception {
    AtomicLong accepted = new AtomicLong();
    long end = System.nanoTime() + phase.toNanos();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    for (int t = 0; t < THREADS; t++) {
      pool.submit(
          () -> {
            while (System.nanoTime() < end) {
              accepted.addAndGet(portalIteration(null, null, null));
            }
            return null;
          });
    }
    pool.shutdown();
    pool.awaitTermination(phase.toSeconds() + 60, TimeUnit.SECONDS);
    return accepted.get() / (double) phase.toSeconds();
  }

  /** The mix once more, under Java Flight Recorder: what each layer costs. */
  private void profiled(Path stackHome) throws Exception {
    settle();
    LayerProfile profile = LayerProfile.start(stackHome.getParent().resolve("profile"));
    double rate = sustained();
    System.out.printf(
        "Where the processor time goes: the portal mix again, profiled (%.0f commands/s)%n", rate);
    profile.report(Math.round(rate * phase.toSeconds()));
  }

  /**
   * Waits until the backlog of the sustained phase has reached committee-service, so the paced
   * phase measures propagation, not the queue left behind.
   */
  private void settle() throws Exception {
    long started = System.nanoTime();
    portalIteration(
        new ConcurrentLinkedQueue<>(), new ConcurrentLinkedQueue<>(), Duration.ofMinutes(10));
    System.out.printf(
        "Backlog of the sustained phase reached committee-service after %.1f s%n",
        (System.nanoTime() - started) / 1e9);
  }

  /**
   * Commands at a fixed rate: their latency, and how long an approval takes to show in
   * committee-service's eligibility view.
   */
  private void paced() throws Exception {
    double iterationsPerSecond = Math.max(1, pacedRate / COMMANDS_PER_ITERATION);
    ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<Long> propagation = new ConcurrentLinkedQueue<>();
    ScheduledExecutorService pacer = Executors.newScheduledThreadPool(THREADS * 2);
    long periodMicros = (long) (1_000_000L / iterationsPerSecond);
    long iterations = (long) (phase.toSeconds() * iterationsPerSecond);
    AtomicLong started = new AtomicLong();
    pacer.scheduleAtFixedRate(
        () -> {
          if (started.incrementAndGet() > iterations) {
            return;
          }
          pacer.execute(
              () -> {
                try {
                  portalIteration(latencies, propagation, Duration.ofSeconds(60));
                } catch (Exception e) {
                  System.err.println("iteration failed: " + e.getMessage());
                }
              });
        },
        0,
        periodMicros,
        TimeUnit.MICROSECONDS);
    Thread.sleep(phase.toMillis() + 15_000);
    pacer.shutdown();
    pacer.awaitTermination(90, TimeUnit.SECONDS);
    System.out.printf(
        "Command latency at %.0f commands/s: p50 %.1f ms, p99 %.1f ms (%d commands)%n",
        latencies.size() / (double) phase.toSeconds(),
        Percentiles.of(latencies, 50) / 1e6,
        Percentiles.of(latencies, 99) / 1e6,
        latencies.size());
    System.out.printf(
        "Propagation member-service approval → committee-service view: p50 %.1f ms, p99 %.1f ms (%d approvals)%n",
        Percentiles.of(propagation, 50) / 1e6,
        Percentiles.of(propagation, 99) / 1e6,
        propagation.size());
  }

  /**
   * One portal iteration: a member registers, applies, is approved (its effect then awaited in
   * committee-service's view when measuring), renews and registers for the annual meeting; every
   * other time a member with a login introduces the two approved before.
   *
   * @return the commands sent
   */
  private int portalIteration(
      ConcurrentLinkedQueue<Long> latencies,
      ConcurrentLinkedQueue<Long> propagation,
      Duration patience)
      throws Exception {
    List<Long> took = new ArrayList<>();
    String memberId =
        timed(
                took,
                "http://localhost:8081/members",
                Map.of(
                    "profile",
                    Map.of(
                        "givenName", "Bench",
                        "familyName", "Mark",
                        "institution", "University Hospital",
                        "email", "bench-" + UUID.randomUUID() + "@example.org"),
                    "trainingLevel",
                    "PGY2"))
            .path("memberId")
            .asText();
    String memberships = "http://localhost:8081/members/" + memberId + "/memberships";
    timed(
        took,
        memberships,
        Map.of("societyId", societyId, "category", "RESIDENT_FELLOW_IN_TRAINING"));
    timed(took, memberships + "/" + societyId + "/approval", paidThrough(1));
    long approvedAt = System.nanoTime();
    timed(took, memberships + "/" + societyId + "/renewal", paidThrough(2));
    timed(
        took,
        "http://localhost:8083/conferences/" + conferenceId + "/registrations",
        Map.of("memberId", memberId));
    String first = approved.peekFirst();
    String second = approved.size() > 1 ? approved.toArray(String[]::new)[1] : null;
    if (second != null && !second.equals(first) && ThreadLocalRandom.current().nextBoolean()) {
      // A member with a login of their own introduces: staff never introduce in a name.
      timed(
          took,
          logins.get((int) (introductions.getAndIncrement() % LOGINS)),
          "http://localhost:8081/introductions",
          Map.of(
              "firstMemberId", first,
              "secondMemberId", second,
              "reason", "Both study resident wellbeing"));
    }
    nominate(took);
    requestMeeting(took);
    approved.addFirst(memberId);
    if (approved.size() > 64) {
      approved.pollLast();
    }
    if (latencies != null) {
      latencies.addAll(took);
      long deadline = approvedAt + patience.toNanos();
      while (System.nanoTime() < deadline) {
        JsonNode view = client.get("http://localhost:8082/member-eligibility/" + memberId);
        if (view.toString().contains("\"ACTIVE\"")) {
          propagation.add(System.nanoTime() - approvedAt);
          break;
        }
        Thread.sleep(2);
      }
    }
    return took.size();
  }

  /**
   * Members who act for themselves: each registers with their own login and is approved by staff,
   * registers for the meeting, and is seen active by committee-service and events-service. Staff
   * open {@link #CALLS} calls for volunteers they nominate each other to.
   */
  private void membersWithLogins(Path stackHome) throws Exception {
    for (int i = 1; i <= LOGINS; i++) {
      PlatformClient login = PlatformClient.as(stackHome, "load-member-" + i);
      String memberId =
          login
              .post(
                  "http://localhost:8081/members",
                  Map.of(
                      "profile",
                      Map.of(
                          "givenName",
                          "Load",
                          "familyName",
                          "Member " + i,
                          "institution",
                          "University Hospital",
                          "email",
                          "load-member-" + i + "@example.org"),
                      "trainingLevel",
                      "PGY3"))
              .path("memberId")
              .asText();
      String memberships = "http://localhost:8081/members/" + memberId + "/memberships";
      client.post(
          memberships, Map.of("societyId", societyId, "category", "RESIDENT_FELLOW_IN_TRAINING"));
      client.post(memberships + "/" + societyId + "/approval", paidThrough(1));
      client.post(
          "http://localhost:8083/conferences/" + conferenceId + "/registrations",
          Map.of("memberId", memberId));
      logins.add(login);
      loginMembers.add(memberId);
    }
    String committeeId =
        client
            .post(
                "http://localhost:8082/societies/" + societyId + "/committees",
                Map.of(
                    "name",
                    "Resident Wellbeing Committee",
                    "seatPlan",
                    Map.of("MEMBER", 12),
                    "defaultTermYears",
                    2))
            .path("committeeId")
            .asText();
    for (int c = 0; c < CALLS; c++) {
      calls.add(
          client
              .post(
                  "http://localhost:8082/committees/" + committeeId + "/calls",
                  Map.of(
                      "purpose", "COMMITTEE_SEAT",
                      "title", "Volunteers, round " + (c + 1),
                      "roles", List.of("MEMBER"),
                      "opensOn", LocalDate.now().toString(),
                      "closesOn", LocalDate.now().plusDays(30).toString()))
              .path("callId")
              .asText());
    }
    for (String memberId : loginMembers) {
      for (String view : List.of("http://localhost:8082", "http://localhost:8083")) {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (!client.get(view + "/member-eligibility/" + memberId).toString().contains("ACTIVE")
            && System.nanoTime() < deadline) {
          Thread.sleep(50);
        }
      }
    }
  }

  /**
   * One member with a login nominates another to a call: each pair once per call, the calls in
   * turn.
   */
  private void nominate(List<Long> took) throws Exception {
    long n = nominations.getAndIncrement();
    int nominator = (int) (n % LOGINS);
    int nominee = (int) ((nominator + 1 + (n / LOGINS) % (LOGINS - 1)) % LOGINS);
    String callId = calls.get((int) (n / (LOGINS * (LOGINS - 1L)) % CALLS));
    timed(
        took,
        logins.get(nominator),
        "http://localhost:8082/calls/" + callId + "/nominations",
        Map.of(
            "nomineeId",
            loginMembers.get(nominee),
            "role",
            "MEMBER",
            "statement",
            "Has led the residents' wellbeing survey for two years"));
  }

  /**
   * One member with a login asks another for a 20-minute meeting at the conference. Requests go in
   * rounds of a round-robin tournament, a round to a slot, so nobody is asked twice at one time.
   */
  private void requestMeeting(List<Long> took) throws Exception {
    long m = meetingRequests.getAndIncrement();
    int pairs = LOGINS / 2;
    long round = m / pairs;
    int pair = (int) (m % pairs);
    int requester = seat(round, pair);
    int invitee = seat(round, LOGINS - 1 - pair);
    LocalDateTime start = firstDay.atStartOfDay().plusMinutes(20 * (round % (3 * 24 * 3)));
    timed(
        took,
        logins.get(requester),
        "http://localhost:8083/conferences/" + conferenceId + "/meeting-requests",
        Map.of(
            "inviteeId",
            loginMembers.get(invitee),
            "start",
            start.toString(),
            "minutes",
            20,
            "purpose",
            "Advice on a research year"));
  }

  /** The circle method: seat 0 stays, the others turn by one each round. */
  private static int seat(long round, int position) {
    if (position == 0) {
      return 0;
    }
    return (int) ((position - 1 + round) % (LOGINS - 1)) + 1;
  }

  private JsonNode timed(List<Long> took, String url, Object body) throws Exception {
    return timed(took, client, url, body);
  }

  private JsonNode timed(List<Long> took, PlatformClient as, String url, Object body)
      throws Exception {
    long started = System.nanoTime();
    JsonNode answer = as.post(url, body);
    took.add(System.nanoTime() - started);
    return answer;
  }

  private static Map<String, Object> paidThrough(int years) {
    return Map.of(
        "paidThrough",
        LocalDate.now().plusYears(years).toString(),
        "dues",
        Map.of("amount", 0, "currency", "USD"));
  }

  /** Resident (RSS) and proportional (PSS: shared pages counted once) memory of every process. */
  private static void memory(String when, long launcherPid, Path stackHome) throws IOException {
    List<ProcessHandle> processes = new ArrayList<>();
    ProcessHandle.of(launcherPid).ifPresent(p -> collect(p, processes));
    Path pid = stackHome.resolve("postgres/postmaster.pid");
    List<ProcessHandle> postgres = new ArrayList<>();
    if (Files.exists(pid)) {
      ProcessHandle.of(Long.parseLong(Files.readAllLines(pid).get(0).trim()))
          .ifPresent(p -> collect(p, postgres));
    }
    long totalPss = 0;
    StringBuilder lines = new StringBuilder();
    for (ProcessHandle process : processes) {
      String command = StackProcesses.commandLine(process.pid());
      String name = StackProcesses.nameOf(command);
      name = name == null ? command : name;
      long pss = kb(process, "smaps_rollup", "Pss:");
      totalPss += pss;
      lines.append(
          String.format(
              "  %-24s %5d MB RSS, %5d MB PSS%n",
              name.substring(0, Math.min(40, name.length())),
              kb(process, "status", "VmRSS:") / 1024,
              pss / 1024));
    }
    long postgresRss = 0;
    long postgresPss = 0;
    for (ProcessHandle process : postgres) {
      postgresRss += kb(process, "status", "VmRSS:");
      postgresPss += kb(process, "smaps_rollup", "Pss:");
    }
    totalPss += postgresPss;
    lines.append(
        String.format(
            "  %-24s %5d MB RSS, %5d MB PSS (%d processes)%n",
            "postgresql", postgresRss / 1024, postgresPss / 1024, postgres.size()));
    System.out.printf("Memory %s: the whole stack %,d MB PSS%n%s", when, totalPss / 1024, lines);
  }

  private static long kb(ProcessHandle process, String file, String field) throws IOException {
    Path path = Path.of("/proc", String.valueOf(process.pid()), file);
    if (!Files.exists(path)) {
      return 0;
    }
    return Files.readAllLines(path).stream()
        .filter(line -> line.startsWith(field))
        .map(line -> Long.parseLong(line.replaceAll("[^0-9]", "")))
        .findFirst()
        .orElse(0L);
  }

  private static void collect(ProcessHandle process, List<ProcessHandle> into) {
    into.add(process);
    process.children().forEach(child -> collect(child, into));
  }
}
