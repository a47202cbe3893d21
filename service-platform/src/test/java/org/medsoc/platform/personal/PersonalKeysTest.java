package org.medsoc.platform.personal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.medsoc.platform.testing.TestDatabase;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;

/** People's keys on a real PostgreSQL: loaded a batch at a time, never kept once destroyed. */
class PersonalKeysTest {

  private static final DataSource dataSource = TestDatabase.dataSource();

  private final AtomicInteger queries = new AtomicInteger();
  private final JdbcTemplate jdbc =
      new JdbcTemplate(dataSource) {
        @Override
        public <T> List<T> query(String sql, RowMapper<T> rowMapper, Object... args) {
          queries.incrementAndGet();
          return super.query(sql, rowMapper, args);
        }

        @Override
        public void query(String sql, RowCallbackHandler rch, Object... args) {
          queries.incrementAndGet();
          super.query(sql, rch, args);
        }
      };
  private final PersonalKeys keys = KeysTable.keys(jdbc, dataSource);

  @BeforeEach
  void freshTable() throws Exception {
    KeysTable.recreate(dataSource);
  }

  @Test
  void the_keys_of_a_batch_are_loaded_in_one_query_and_answered_from_memory_after() {
    PersonalKeys writer = otherInstance();
    var ada = writer.keyFor("ada").orElseThrow();
    var ben = writer.keyFor("ben").orElseThrow();
    queries.set(0);

    keys.loadAll(List.of("ada", "ben", "ada", "nobody"));

    assertThat(queries).hasValue(1);
    assertThat(keys.keyOf("ada")).contains(ada);
    assertThat(keys.keyOf("ben")).contains(ben);
    assertThat(keys.keyOf("nobody")).isEmpty();
    assertThat(queries).as("answered from memory").hasValue(1);
  }

  @Test
  void a_destroyed_key_loaded_with_a_batch_is_not_kept() {
    keys.keyFor("ada").orElseThrow();
    keys.erase("ada");

    keys.loadAll(List.of("ada", "ben"));

    assertThat(keys.keyOf("ada")).isEmpty();
  }

  @Test
  void a_key_made_after_its_person_was_loaded_as_keyless_is_read_as_stored() {
    keys.loadAll(List.of("ada", "ben"));
    assertThat(keys.keyOf("ada")).isEmpty();

    var made = keys.keyFor("ada").orElseThrow();

    assertThat(keys.keyOf("ada")).contains(made);
  }

  private PersonalKeys otherInstance() {
    return KeysTable.keys(new JdbcTemplate(dataSource), dataSource);
  }
}
