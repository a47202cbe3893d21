package org.medsoc.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.medsoc.testsupport.Http;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two people submit the same email at the same moment: one is registered, the other told why not.
 */
class ConcurrentRegistrationTest extends MemberServiceTestBase {

  @RepeatedTest(5)
  void the_same_email_registered_twice_at_once_yields_one_member_and_one_conflict() {
    String email = "race-" + System.nanoTime() + "@example.org";
    long eventsBefore = store.eventCount();
    CountDownLatch start = new CountDownLatch(1);
    List<CompletableFuture<Http.Response>> calls =
        List.of("Adams", "Baker").stream()
            .map(
                name ->
                    CompletableFuture.supplyAsync(
                        () -> {
                          awaitQuietly(start);
                          return http.post(
                              "/members",
                              Map.of("profile", profile(name, email), "trainingLevel", "PGY1"));
                        }))
            .toList();
    start.countDown();

    List<Integer> statuses =
        calls.stream().map(CompletableFuture::join).map(Http.Response::status).sorted().toList();

    assertThat(statuses).containsExactly(201, 409);
    Http.Response conflict =
        calls.stream()
            .map(CompletableFuture::join)
            .filter(r -> r.status() == 409)
            .findFirst()
            .orElseThrow();
    assertThat(conflict.contentType()).startsWith("application/problem+json");
    assertThat(conflict.body().at("/errors/0/field").asText()).isEqualTo("profile.email");
    assertThat(store.eventCount()).isEqualTo(eventsBefore + 1);
  }

  @Test
  void when_the_check_passes_for_both_the_unique_key_decides_and_the_loser_gets_a_conflict()
      throws Exception {
    String email = "held-" + System.nanoTime() + "@example.org";
    long eventsBefore = store.eventCount();
    try (Connection other = dataSource.getConnection()) {
      // Another registration has claimed the address but not committed yet: invisible to the check.
      other.setAutoCommit(false);
      try (PreparedStatement claim =
          other.prepareStatement(
              "INSERT INTO member_email (email, member_id) VALUES (?, 'other')")) {
        claim.setString(1, email);
        claim.executeUpdate();
      }
      CompletableFuture<Http.Response> registration =
          CompletableFuture.supplyAsync(
              () ->
                  http.post(
                      "/members",
                      Map.of("profile", profile("Clark", email), "trainingLevel", "PGY1")));
      await().atMost(Duration.ofSeconds(10)).until(() -> waitingOnLock("INSERT INTO member_email"));
      other.commit();

      Http.Response response = registration.join();
      assertThat(response.status()).isEqualTo(409);
      assertThat(response.contentType()).startsWith("application/problem+json");
      assertThat(response.body().at("/errors/0/field").asText()).isEqualTo("profile.email");
    }
    assertThat(store.eventCount()).isEqualTo(eventsBefore);
  }

  private boolean waitingOnLock(String statement) {
    return Boolean.TRUE.equals(
        new JdbcTemplate(dataSource)
            .queryForObject(
                "SELECT EXISTS (SELECT 1 FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE ?)",
                Boolean.class,
                statement + "%"));
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
