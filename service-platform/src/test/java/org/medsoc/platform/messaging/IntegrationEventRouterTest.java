package org.medsoc.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.medsoc.kernel.contracts.member.MemberErased;
import org.medsoc.kernel.messaging.ActingPrincipal;
import org.medsoc.kernel.messaging.IntegrationEventCodec;
import org.medsoc.kernel.messaging.MalformedIntegrationEventException;
import org.medsoc.kernel.messaging.Topics;
import org.medsoc.platform.testing.TestDatabase;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A poll's records on a real PostgreSQL: one transaction, the inbox once, the failing one named.
 */
class IntegrationEventRouterTest {

  private static final DataSource dataSource = TestDatabase.dataSource();

  private final JdbcTemplate jdbc = new JdbcTemplate(dataSource);
  private final IntegrationEventCodec codec = new IntegrationEventCodec();
  private final IntegrationEventRouter router =
      new IntegrationEventRouter(
              "erasures",
              codec,
              new Inbox(
                  jdbc, new TransactionTemplate(new DataSourceTransactionManager(dataSource))))
          .on(
              MemberErased.class,
              (envelope, erased) -> {
                jdbc.update("INSERT INTO erased (member_id) VALUES (?)", erased.memberId());
                if (erased.memberId().startsWith("poison")) {
                  throw new IllegalStateException("cannot erase " + erased.memberId());
                }
              });
  private long offset;

  @BeforeEach
  void emptyTables() {
    jdbc.execute("DROP TABLE IF EXISTS processed_integration_event, scheduled_tasks, erased");
    new ResourceDatabasePopulator(new ClassPathResource("db/platform/V2__inbox_and_deadlines.sql"))
        .execute(dataSource);
    jdbc.execute("CREATE TABLE erased (position SERIAL, member_id TEXT NOT NULL)");
  }

  @Test
  void a_polls_facts_are_handled_in_their_order_each_once() {
    ConsumerRecord<String, String> ana = erasure("dr-ana");
    router.routeTogether(List.of(ana, erasure("dr-ben"), copyOf(ana), erasure("dr-cy")));

    assertThat(erased()).containsExactly("dr-ana", "dr-ben", "dr-cy");
    assertThat(inbox()).isEqualTo(3);
  }

  @Test
  void a_fact_handled_in_an_earlier_poll_changes_nothing() {
    ConsumerRecord<String, String> ana = erasure("dr-ana");
    router.routeTogether(List.of(ana, erasure("dr-ben")));

    router.routeTogether(List.of(copyOf(ana), erasure("dr-cy")));

    assertThat(erased()).containsExactly("dr-ana", "dr-ben", "dr-cy");
  }

  @Test
  void the_fact_that_fails_is_named_and_those_before_it_are_kept() {
    ConsumerRecord<String, String> poison = erasure("poison-1");

    assertThatThrownBy(
            () -> router.routeTogether(List.of(erasure("dr-ana"), poison, erasure("dr-cy"))))
        .isInstanceOfSatisfying(
            BatchListenerFailedException.class,
            failed -> assertThat(failed.getRecord()).isSameAs(poison))
        .hasRootCauseMessage("cannot erase poison-1");

    assertThat(erased())
        .as("the poll's transaction rolled back, then one by one")
        .containsExactly("dr-ana");
    assertThat(inbox()).isEqualTo(1);
  }

  @Test
  void a_record_that_cannot_be_read_is_named_with_the_reason() {
    ConsumerRecord<String, String> unreadable =
        new ConsumerRecord<>(Topics.MEMBERSHIPS, 0, offset++, "dr-x", "{\"not\": \"an envelope\"}");

    assertThatThrownBy(() -> router.routeTogether(List.of(erasure("dr-ana"), unreadable)))
        .isInstanceOfSatisfying(
            BatchListenerFailedException.class,
            failed -> assertThat(failed.getRecord()).isSameAs(unreadable))
        .hasCauseInstanceOf(MalformedIntegrationEventException.class);

    assertThat(erased()).containsExactly("dr-ana");
  }

  @Test
  void one_by_one_each_fact_commits_alone() {
    ConsumerRecord<String, String> poison = erasure("poison-1");

    assertThatThrownBy(() -> router.routeEach(List.of(erasure("dr-ana"), poison)))
        .isInstanceOfSatisfying(
            BatchListenerFailedException.class,
            failed -> assertThat(failed.getRecord()).isSameAs(poison));

    assertThat(erased()).containsExactly("dr-ana");
    assertThat(inbox()).isEqualTo(1);
  }

  private ConsumerRecord<String, String> erasure(String memberId) {
    String value =
        codec.encode(
            codec.wrap(
                new MemberErased(memberId, "CONSENT_WITHDRAWN", LocalDate.of(2027, 3, 5), 9),
                UUID.randomUUID(),
                Instant.parse("2027-03-05T10:00:00Z"),
                new ActingPrincipal("login-ana", List.of("MEMBER")),
                null,
                "correlation-1",
                "cause-1"));
    return new ConsumerRecord<>(Topics.MEMBERSHIPS, 0, offset++, memberId, value);
  }

  private ConsumerRecord<String, String> copyOf(ConsumerRecord<String, String> record) {
    return new ConsumerRecord<>(record.topic(), 0, offset++, record.key(), record.value());
  }

  private List<String> erased() {
    return jdbc.queryForList("SELECT member_id FROM erased ORDER BY position", String.class);
  }

  private int inbox() {
    return jdbc.queryForObject("SELECT count(*) FROM processed_integration_event", Integer.class);
  }
}
