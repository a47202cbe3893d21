package org.medsoc.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.medsoc.kernel.contracts.member.MemberErased;
import org.medsoc.kernel.messaging.ActingPrincipal;
import org.medsoc.kernel.messaging.IntegrationEventCodec;
import org.medsoc.kernel.messaging.Topics;
import org.medsoc.platform.testing.TestDatabase;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A read model catching up on a backlog (after a restart, a new consumer, a burst): the same facts
 * in Kafka-sized polls, each poll in one transaction beside each fact in its own (the baseline), on
 * a real PostgreSQL. Not part of the suite: {@code ./mvnw -pl service-platform test
 * -Dtest=ConsumerCatchUpBenchmark}.
 */
class ConsumerCatchUpBenchmark {

  private static final int FACTS = 20_000;
  private static final int POLL = 500;

  private final DataSource dataSource = TestDatabase.dataSource();
  private final JdbcTemplate jdbc = new JdbcTemplate(dataSource);
  private final IntegrationEventCodec codec = new IntegrationEventCodec();
  private final Inbox inbox =
      new Inbox(jdbc, new TransactionTemplate(new DataSourceTransactionManager(dataSource)));

  @Test
  void a_backlog_in_polls_of_500() {
    jdbc.execute("DROP TABLE IF EXISTS processed_integration_event, scheduled_tasks, erased");
    new ResourceDatabasePopulator(new ClassPathResource("db/platform/V2__inbox_and_deadlines.sql"))
        .execute(dataSource);
    jdbc.execute("CREATE TABLE erased (member_id TEXT PRIMARY KEY, erased_on DATE NOT NULL)");

    List<List<ConsumerRecord<String, String>>> warmUp = polls(FACTS / 10);
    run("warm-up-each", warmUp, IntegrationEventRouter::routeEach);
    run("warm-up-together", warmUp, IntegrationEventRouter::routeTogether);

    List<List<ConsumerRecord<String, String>>> backlog = polls(FACTS);
    double each = run("each", backlog, IntegrationEventRouter::routeEach);
    double together = run("together", backlog, IntegrationEventRouter::routeTogether);

    System.out.printf(
        "Consumer catch-up, %,d facts in polls of %d (embedded PostgreSQL): each poll in one"
            + " transaction %,.0f facts/s; each fact in its own (baseline) %,.0f facts/s; %.1f×%n",
        FACTS, POLL, together, each, together / each);
    assertThat(
            jdbc.queryForObject(
                "SELECT count(*) FROM processed_integration_event WHERE consumer IN ('each', 'together')",
                Integer.class))
        .isEqualTo(2 * FACTS);
  }

  /** Routes every poll with a consumer of its own name; returns facts per second. */
  private double run(
      String consumer,
      List<List<ConsumerRecord<String, String>>> polls,
      java.util.function.BiConsumer<IntegrationEventRouter, List<ConsumerRecord<String, String>>>
          routing) {
    IntegrationEventRouter router =
        new IntegrationEventRouter(consumer, codec, inbox)
            .on(MemberErased.class, (envelope, erased) -> upsert(consumer, erased));
    long started = System.nanoTime();
    polls.forEach(poll -> routing.accept(router, poll));
    double seconds = (System.nanoTime() - started) / 1e9;
    return polls.stream().mapToInt(List::size).sum() / seconds;
  }

  private void upsert(String consumer, MemberErased erased) {
    jdbc.update(
        "INSERT INTO erased (member_id, erased_on) VALUES (?, ?)"
            + " ON CONFLICT (member_id) DO UPDATE SET erased_on = excluded.erased_on",
        consumer + "/" + erased.memberId(),
        java.sql.Date.valueOf(erased.erasedOn()));
  }

  private List<List<ConsumerRecord<String, String>>> polls(int facts) {
    List<List<ConsumerRecord<String, String>>> polls = new ArrayList<>();
    List<ConsumerRecord<String, String>> poll = new ArrayList<>();
    Consumer<ConsumerRecord<String, String>> add =
        record -> {
          poll.add(record);
          if (poll.size() == POLL) {
            polls.add(List.copyOf(poll));
            poll.clear();
          }
        };
    for (int i = 0; i < facts; i++) {
      String member = "member-" + UUID.randomUUID();
      String value =
          codec.encode(
              codec.wrap(
                  new MemberErased(member, "CONSENT_WITHDRAWN", LocalDate.of(2027, 3, 5), 9),
                  UUID.randomUUID(),
                  Instant.parse("2027-03-05T10:00:00Z"),
                  new ActingPrincipal("login-ana", List.of("MEMBER")),
                  null,
                  "correlation-" + i,
                  "cause-" + i));
      add.accept(new ConsumerRecord<>(Topics.MEMBERSHIPS, 0, i, member, value));
    }
    if (!poll.isEmpty()) {
      polls.add(List.copyOf(poll));
    }
    return polls;
  }
}
