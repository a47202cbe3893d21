package org.medsoc.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The minute registration opens for the annual meeting: {@link #MEMBERS} active members of one
 * society register for one conference of {@link #PLACES} places as fast as {@link #CLIENTS} clients
 * can, each client sending its next registration as soon as the last is answered. Then the
 * conference's registrations, as staff see them, are checked: no place over-filled, every placed
 * registration before every waitlisted one, and the arrival order true to the clock (a registration
 * answered before another was sent stands before it).
 */
final class RegistrationOpening {

  static final int MEMBERS = 2_000;
  static final int PLACES = 1_500;
  static final int CLIENTS = 32;

  private static final ObjectMapper JSON = new ObjectMapper();

  /** One registration as its client saw it: sent and answered, nanoseconds. */
  private record Sent(long sent, long answered, int status) {}

  private final PlatformClient staff;

  RegistrationOpening(PlatformClient staff) {
    this.staff = staff;
  }

  /**
   * @param label says which opening this is, when a run has more than one
   */
  void run(String label) throws Exception {
    String tag = Long.toString(System.currentTimeMillis() % 1_000_000);
    PlatformClient.AnnualMeeting meeting =
        staff.societyWithAnnualMeeting(
            "Registration Opening Society " + tag, LocalDate.now().plusMonths(6), PLACES);
    String societyId = meeting.societyId();
    String conferenceId = meeting.conferenceId();
    List<String> members = importMembers(societyId, tag);
    awaitEligibleInEventsService(members);
    CpuTime.awaitQuiet();

    ConcurrentLinkedQueue<String> toRegister = new ConcurrentLinkedQueue<>(members);
    Map<String, Sent> sent = new ConcurrentHashMap<>();
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    CpuTime before = CpuTime.now();
    long opened = System.nanoTime();
    for (int c = 0; c < CLIENTS; c++) {
      clients.submit(
          () -> {
            for (String memberId = toRegister.poll();
                memberId != null;
                memberId = toRegister.poll()) {
              long started = System.nanoTime();
              int status;
              try {
                status =
                    staff
                        .send(
                            "http://localhost:8083/conferences/" + conferenceId + "/registrations",
                            Map.of("memberId", memberId))
                        .status();
              } catch (java.io.IOException noAnswer) {
                status = 0;
              }
              sent.put(memberId, new Sent(started, System.nanoTime(), status));
            }
            return null;
          });
    }
    clients.shutdown();
    clients.awaitTermination(10, TimeUnit.MINUTES);
    long lastAnswer = sent.values().stream().mapToLong(Sent::answered).max().orElse(opened);
    String cpu = CpuTime.now().since(before);
    long accepted = sent.values().stream().filter(s -> s.status() == 201).count();
    List<Long> latencies = new ArrayList<>();
    sent.values().forEach(s -> latencies.add(s.answered() - s.sent()));
    System.out.printf(
        "Registration opening%s (one conference of %,d places, %,d members, %d clients):"
            + " %.0f registrations/s accepted (%d of %d), p50 %.1f ms, p99 %.1f ms%n",
        label,
        PLACES,
        MEMBERS,
        CLIENTS,
        accepted / ((lastAnswer - opened) / 1e9),
        accepted,
        members.size(),
        Percentiles.of(latencies, 50) / 1e6,
        Percentiles.of(latencies, 99) / 1e6);
    System.out.printf(
        "  processor time while they arrived (%.1f s on %d cores): %s%n",
        (lastAnswer - opened) / 1e9, Runtime.getRuntime().availableProcessors(), cpu);
    Map<Integer, Long> refused = new java.util.TreeMap<>();
    sent.values().stream()
        .filter(s -> s.status() != 201)
        .forEach(s -> refused.merge(s.status(), 1L, Long::sum));
    if (!refused.isEmpty()) {
      System.out.println("  not accepted, by answer (0: none within 20 s): " + refused);
    }
    check(conferenceId, sent);
  }

  /**
   * Against a local stack already running from {@code args[0]}, its LOCAL_STACK_DIR: once just
   * after its start, once more as a service that has run a while would meet it.
   */
  public static void main(String[] args) throws Exception {
    RegistrationOpening opening =
        new RegistrationOpening(PlatformClient.asStaff(java.nio.file.Path.of(args[0])));
    opening.run(", first after the start");
    opening.run(", again");
  }

  /** Staff import the members with the roster import and read their ids back from the roster. */
  private List<String> importMembers(String societyId, String tag) throws Exception {
    StringBuilder csv =
        new StringBuilder(
            "member number,first name,last name,email,training level,institution,category,paid through\n");
    for (int i = 1; i <= MEMBERS; i++) {
      csv.append(
          String.format(
              "R%05d,Resident,Number %d,resident-%s-%d@example.org,PGY2,University Hospital,"
                  + "RESIDENT_FELLOW_IN_TRAINING,%s%n",
              i, i, tag, i, LocalDate.now().plusYears(1)));
    }
    String imports = "http://localhost:8081/societies/" + societyId + "/imports";
    JsonNode upload = staff.exchange("POST", imports, "text/csv", csv.toString());
    String importId = upload.path("importId").asText();
    Map<String, Object> mapping = new HashMap<>();
    mapping.put("mapping", JSON.convertValue(upload.path("suggestedMapping"), Map.class));
    staff.exchange(
        "PUT",
        imports + "/" + importId + "/mapping",
        "application/json",
        JSON.writeValueAsString(mapping));
    staff.exchange("POST", imports + "/" + importId + "/run", "application/json", "");
    await(
        () -> "FINISHED".equals(staff.get(imports + "/" + importId).path("status").asText()),
        "the roster import to finish");
    String roster = "http://localhost:8081/societies/" + societyId + "/roster?size=200&page=";
    await(
        () -> staff.get(roster + 0).path("totalItems").asLong() >= MEMBERS,
        "the imported members in the roster");
    List<String> members = new ArrayList<>();
    for (int page = 0; members.size() < MEMBERS; page++) {
      staff.get(roster + page).path("items").forEach(m -> members.add(m.path("memberId").asText()));
    }
    return members;
  }

  private void awaitEligibleInEventsService(List<String> members) throws Exception {
    for (String memberId : members) {
      await(
          () ->
              staff
                  .get("http://localhost:8083/member-eligibility/" + memberId)
                  .toString()
                  .contains("ACTIVE"),
          "member " + memberId + " active in events-service");
    }
  }

  /** What staff see of the conference's registrations, once all have arrived in their view. */
  private void check(String conferenceId, Map<String, Sent> sent) throws Exception {
    String url = "http://localhost:8083/conferences/" + conferenceId + "/registrations";
    long answered = sent.values().stream().filter(s -> s.status() == 201).count();
    await(() -> staff.get(url).size() >= answered, "every registration in staff's view");
    JsonNode registrations = staff.get(url);
    int placed = 0;
    int waitlisted = 0;
    int placedAfterWaiting = 0;
    int outOfOrder = 0;
    long latestSentBefore = Long.MIN_VALUE;
    for (JsonNode registration : registrations) {
      boolean waiting = "WAITLISTED".equals(registration.path("status").asText());
      if (waiting) {
        waitlisted++;
      } else {
        placed++;
        if (waitlisted > 0) {
          placedAfterWaiting++;
        }
      }
      Sent own = sent.get(registration.path("memberId").asText());
      if (own.answered() < latestSentBefore) {
        outOfOrder++;
      }
      latestSentBefore = Math.max(latestSentBefore, own.sent());
    }
    System.out.printf(
        "  %,d placed of %,d places, %,d waitlisted; placed after a waitlisted one: %d;"
            + " answered before one ahead of it was sent: %d%n",
        placed, PLACES, waitlisted, placedAfterWaiting, outOfOrder);
    if (placed > PLACES || placedAfterWaiting > 0 || outOfOrder > 0) {
      throw new IllegalStateException("The registration opening broke a rule of the conference");
    }
  }

  private interface Condition {
    boolean holds() throws Exception;
  }

  private static void await(Condition condition, String what) throws Exception {
    long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    while (!condition.holds()) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("Gave up waiting for " + what);
      }
      Thread.sleep(100);
    }
  }
}
