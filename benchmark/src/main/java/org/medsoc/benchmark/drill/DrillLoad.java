package org.medsoc.benchmark.drill;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.medsoc.benchmark.PlatformClient;
import org.medsoc.benchmark.drill.Ledger.Entry;
import org.medsoc.benchmark.drill.Ledger.Outcome;

/**
 * A steady mix of staff-portal work while a fault is injected: a member registers, applies, is
 * approved and renews in one society (member-service; committee-service and events-service see the
 * membership through Kafka), one member introduces two others (the audit sees it through Kafka),
 * and now and then a committee is created (committee-service). Every command and its outcome goes
 * into the {@link Ledger}. Instances of a service are called in turn.
 */
public final class DrillLoad implements AutoCloseable {

  /** How many members introduce others in the drills, each with a login of their own. */
  public static final int INTRODUCERS = 4;

  /** A member who introduces others, signed in as themself: staff never introduce in a name. */
  public record Introducer(String memberId, PlatformClient client) {}

  private final PlatformClient client;
  private final List<Introducer> introducers;
  private final String societyId;
  private final List<String> memberServices;
  private final List<String> committeeServices;
  private final long pauseMillis;
  private final int threads;
  private final Ledger ledger = new Ledger();
  private final AtomicBoolean running = new AtomicBoolean(true);
  private final AtomicLong turn = new AtomicLong();
  private ExecutorService pool;

  /**
   * @param memberServices base URLs of member-service's instances
   * @param committeeServices base URLs of committee-service's instances
   * @param commandsPerSecond roughly how many commands per second all threads send together
   */
  public DrillLoad(
      PlatformClient client,
      List<Introducer> introducers,
      String societyId,
      List<String> memberServices,
      List<String> committeeServices,
      int threads,
      int commandsPerSecond) {
    this.client = client;
    this.introducers = introducers;
    this.societyId = societyId;
    this.memberServices = memberServices;
    this.committeeServices = committeeServices;
    this.threads = threads;
    this.pauseMillis = Math.max(0, 1000L * threads / commandsPerSecond);
  }

  /** The introducers register themselves once per platform, with the issuer's load-test logins. */
  public static List<Introducer> introducers(Path stackHome)
      throws IOException, InterruptedException {
    List<Introducer> introducers = new ArrayList<>();
    for (int i = 1; i <= INTRODUCERS; i++) {
      PlatformClient login = PlatformClient.as(stackHome, "load-member-" + i);
      String memberId =
          login
              .post(
                  "http://localhost:8081/members",
                  Map.of(
                      "profile",
                      Map.of(
                          "givenName",
                          "Drill",
                          "familyName",
                          "Introducer " + i,
                          "institution",
                          "University Hospital",
                          "email",
                          "drill-introducer-" + i + "@example.org"),
                      "trainingLevel",
                      "ATTENDING"))
              .path("memberId")
              .asText();
      introducers.add(new Introducer(memberId, login));
    }
    return introducers;
  }

  public DrillLoad start() {
    pool = Executors.newFixedThreadPool(threads);
    for (int t = 0; t < threads; t++) {
      pool.submit(this::work);
    }
    return this;
  }

  public Ledger ledger() {
    return ledger;
  }

  @Override
  public void close() throws InterruptedException {
    running.set(false);
    pool.shutdown();
    if (!pool.awaitTermination(90, TimeUnit.SECONDS)) {
      throw new IllegalStateException("The load did not stop");
    }
  }

  private Void work() throws InterruptedException {
    List<String> approved = new ArrayList<>();
    long iteration = 0;
    while (running.get()) {
      String member = member(approved);
      if (member != null && approved.size() >= 2 && iteration % 2 == 0) {
        int n = approved.size();
        introduce(
            introducers.get((int) (iteration / 2 % introducers.size())),
            approved.get(n - 1),
            approved.get(n - 2));
      }
      if (iteration % 5 == 0) {
        committee();
      }
      iteration++;
    }
    return null;
  }

  /** Register, apply, approve, renew; stops at the first command that is not accepted. */
  private String member(List<String> approved) throws InterruptedException {
    String memberId =
        send(
            "member-service",
            null,
            "MemberRegistered",
            memberServices,
            "/members",
            Map.of(
                "profile",
                Map.of(
                    "givenName", "Drill",
                    "familyName", "Member",
                    "institution", "University Hospital",
                    "email", "drill-" + UUID.randomUUID() + "@example.org"),
                "trainingLevel",
                "PGY2"),
            body -> body.path("memberId").asText());
    if (memberId == null) {
      return null;
    }
    String memberships = "/members/" + memberId + "/memberships";
    Map<String, Object> paid =
        Map.of(
            "paidThrough",
            ledger.approvedUntil().toString(),
            "dues",
            Map.of("amount", 0, "currency", "USD"));
    boolean done =
        sendOk(
                "MembershipApplied",
                memberId,
                memberships,
                Map.of("societyId", societyId, "category", "RESIDENT_FELLOW_IN_TRAINING"))
            && sendOk(
                "MembershipApproved", memberId, memberships + "/" + societyId + "/approval", paid)
            && sendOk(
                "MembershipRenewed",
                memberId,
                memberships + "/" + societyId + "/renewal",
                Map.of(
                    "paidThrough",
                    ledger.renewedUntil().toString(),
                    "dues",
                    Map.of("amount", 0, "currency", "USD")));
    if (done) {
      approved.add(memberId);
    }
    return memberId;
  }

  private boolean sendOk(String eventType, String memberId, String path, Object body)
      throws InterruptedException {
    return send("member-service", memberId, eventType, memberServices, path, body, b -> memberId)
        != null;
  }

  private void introduce(Introducer introducer, String first, String second)
      throws InterruptedException {
    send(
        introducer.client(),
        "member-service",
        null,
        "IntroductionProposed",
        memberServices,
        "/introductions",
        Map.of(
            "firstMemberId", first,
            "secondMemberId", second,
            "reason", "Both work on resident wellbeing"),
        body -> body.path("introductionId").asText());
  }

  private void committee() throws InterruptedException {
    send(
        "committee-service",
        null,
        "CommitteeCreated",
        committeeServices,
        "/societies/" + societyId + "/committees",
        Map.of(
            "name",
            "Drill committee " + UUID.randomUUID(),
            "seatPlan",
            Map.of("MEMBER", 3),
            "defaultTermYears",
            2),
        body -> body.path("committeeId").asText());
  }

  /**
   * Sends one command beside the load, to the instance given, and records how it ended.
   *
   * @return the aggregate the command created or changed, or null if it was not accepted
   */
  public String command(
      String instance,
      String service,
      String aggregateId,
      String eventType,
      String path,
      Object body,
      Function<JsonNode, String> created)
      throws InterruptedException {
    return send(client, service, aggregateId, eventType, List.of(instance), path, body, created);
  }

  /**
   * Sends one command to the next instance and records how it ended.
   *
   * @return the aggregate the command created or changed, or null if it was not accepted
   */
  private String send(
      String service,
      String aggregateId,
      String eventType,
      List<String> instances,
      String path,
      Object body,
      Function<JsonNode, String> created)
      throws InterruptedException {
    return send(client, service, aggregateId, eventType, instances, path, body, created);
  }

  private String send(
      PlatformClient as,
      String service,
      String aggregateId,
      String eventType,
      List<String> instances,
      String path,
      Object body,
      Function<JsonNode, String> created)
      throws InterruptedException {
    String base = instances.get((int) (turn.getAndIncrement() % instances.size()));
    String result = null;
    try {
      PlatformClient.Answer answer = as.send(base + path, body);
      if (answer.accepted()) {
        result = created.apply(answer.body());
        ledger.record(new Entry(service, result, eventType, Outcome.ACCEPTED, null));
      } else if (answer.status() == 503
          && answer.body().at("/errors/0/reason").asText().equals("commit outcome unknown")) {
        // The database went away during the commit: stored or not, as if no answer came.
        ledger.record(
            new Entry(service, aggregateId, eventType, Outcome.NO_ANSWER, "503 commit in doubt"));
      } else if (answer.status() == 503) {
        ledger.record(
            new Entry(service, aggregateId, eventType, Outcome.FAILED_CLEANLY, "503 problem"));
      } else {
        ledger.record(
            new Entry(
                service,
                aggregateId,
                eventType,
                Outcome.UNEXPECTED,
                answer.status() + " " + answer.body()));
      }
    } catch (ConnectException | HttpConnectTimeoutException e) {
      ledger.record(
          new Entry(service, aggregateId, eventType, Outcome.FAILED_CLEANLY, "not listening"));
      Thread.sleep(200);
    } catch (IOException e) {
      ledger.record(new Entry(service, aggregateId, eventType, Outcome.NO_ANSWER, e.toString()));
    }
    Thread.sleep(pauseMillis);
    return result;
  }
}
