package org.medsoc.platform.personal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.medsoc.platform.testing.TestDatabase;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An erased person's views are scrubbed after their key is gone, and once more a while later, for a
 * projection that read their events before the key went and wrote them after the first scrub.
 */
class ViewScrubsTest {

  private static final DataSource dataSource = TestDatabase.dataSource();

  private final PersonalKeys keys = KeysTable.keys(new JdbcTemplate(dataSource), dataSource);
  private final ViewScrubs scrubs = new ViewScrubs(keys, Duration.ofMillis(300));

  @BeforeEach
  void freshTable() throws Exception {
    KeysTable.recreate(dataSource);
  }

  @AfterEach
  void stop() {
    scrubs.destroy();
  }

  @Test
  void the_views_are_scrubbed_once_the_key_is_gone_and_once_more_later() {
    keys.keyFor("ada").orElseThrow();
    List<Boolean> keyGoneAtEachScrub = new CopyOnWriteArrayList<>();

    scrubs.erase("ada", member -> keyGoneAtEachScrub.add(keys.isErased(member)));

    assertThat(keyGoneAtEachScrub).containsExactly(true);
    await()
        .atMost(Duration.ofSeconds(5))
        .untilAsserted(() -> assertThat(keyGoneAtEachScrub).containsExactly(true, true));
  }
}
