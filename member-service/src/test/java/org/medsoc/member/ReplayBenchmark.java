package org.medsoc.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.medsoc.member.member.query.MemberDirectory;
import org.medsoc.platform.axon.ProjectionRebuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How fast a projection is rebuilt from a large store: members made through REST are copied in SQL,
 * each copy a member of its own, until the store holds {@code replay.events} events (a million by
 * default); then the member directory is rebuilt from the first event and timed until it has caught
 * up. Not part of the build's tests ({@code *Benchmark}); run it with {@code scripts/benchmark.sh},
 * or alone with {@code ./mvnw -B -pl member-service -am test -Dtest=ReplayBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class ReplayBenchmark extends MemberServiceTestBase {

  private static final int SEED_MEMBERS = 50;

  @Autowired EventProcessingConfiguration processing;
  @Autowired ProjectionRebuilder rebuilder;
  @Autowired JdbcTemplate jdbc;

  @Test
  void rebuilds_the_member_directory_from_a_million_events() throws Exception {
    long target = Long.getLong("replay.events", 1_000_000L);
    String society = newSociety("Replay Society");
    List<String> seed = new ArrayList<>();
    for (int i = 0; i < SEED_MEMBERS; i++) {
      String member = activeMember(society, "Replay", "PGY2", "RESIDENT_FELLOW_IN_TRAINING");
      expect(
          http.post(
              "/members/" + member + "/memberships/" + society + "/renewal",
              paidPeriod(LocalDate.now().plusYears(2))),
          204);
      seed.add(member);
    }
    // The directory is rebuilt alone, as after a change to it: the other processors (publishing,
    // sealing, the other views) would otherwise handle the million copies at the same time.
    processing.eventProcessors().values().stream()
        .filter(p -> p instanceof StreamingEventProcessor)
        .filter(p -> !p.getName().equals(MemberDirectory.PROCESSING_GROUP))
        .forEach(EventProcessor::shutDown);
    long seedEvents =
        jdbc.queryForObject(
            "SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ANY(?)",
            Long.class,
            (Object) seed.toArray(String[]::new));
    long stored = jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
    long copies = Math.max(0, (target - stored + seedEvents - 1) / seedEvents);
    long filling = System.nanoTime();
    jdbc.update(
        """
        WITH copy AS (
          SELECT s.source, md5(s.source || ':' || g.n)::uuid::text AS member_id, g.n
            FROM unnest(?::varchar[]) AS s(source) CROSS JOIN generate_series(1, ?) AS g(n))
        INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier,
                                      metadata, payload, payloadrevision, payloadtype, timestamp)
        SELECT c.member_id, e.sequencenumber, e.type, md5(e.eventidentifier || ':' || c.n)::uuid::text,
               e.metadata,
               convert_to(replace(convert_from(e.payload, 'UTF8'), c.source, c.member_id), 'UTF8'),
               e.payloadrevision, e.payloadtype, e.timestamp
          FROM copy c JOIN domainevententry e ON e.aggregateidentifier = c.source
         ORDER BY c.n, c.source, e.sequencenumber
        """,
        seed.toArray(String[]::new),
        copies);
    long events = jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
    long head = jdbc.queryForObject("SELECT max(globalindex) FROM domainevententry", Long.class);
    System.out.printf(
        "Store filled to %,d events (%,d member copies) in %.1f s%n",
        events, copies * SEED_MEMBERS, (System.nanoTime() - filling) / 1e9);

    long started = System.nanoTime();
    rebuilder.rebuild(MemberDirectory.PROCESSING_GROUP);
    StreamingEventProcessor directory =
        processing
            .eventProcessor(MemberDirectory.PROCESSING_GROUP, StreamingEventProcessor.class)
            .orElseThrow();
    while (!caughtUp(directory.processingStatus(), head)) {
      Thread.sleep(100);
    }
    double seconds = (System.nanoTime() - started) / 1e9;

    long members =
        jdbc.queryForObject(
            "SELECT count(*) FROM directory_membership WHERE society_id = ? AND paid_through = ?",
            Long.class,
            society,
            LocalDate.now().plusYears(2));
    assertThat(members).isEqualTo(SEED_MEMBERS * (copies + 1));
    System.out.printf(
        "Replay of %s: %,d events in %.1f s = %,.0f events/s (%d segments, %,d members rebuilt)%n",
        MemberDirectory.PROCESSING_GROUP,
        events,
        seconds,
        events / seconds,
        directory.processingStatus().size(),
        members);
  }

  private static boolean caughtUp(Map<Integer, EventTrackerStatus> segments, long head) {
    return !segments.isEmpty()
        && segments.values().stream()
            .allMatch(
                s ->
                    s.isCaughtUp() && !s.isReplaying() && s.getCurrentPosition().orElse(0) >= head);
  }
}
