package org.medsoc.platform.personal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/** People's keys on a test database: the table as its migration makes it, empty. */
final class KeysTable {

  private KeysTable() {}

  static void recreate(DataSource dataSource) throws Exception {
    JdbcTemplate plain = new JdbcTemplate(dataSource);
    plain.execute("DROP TABLE IF EXISTS personal_key");
    plain.execute(
        Files.readString(
            Path.of(KeysTable.class.getResource("/db/platform/V7__personal_keys.sql").toURI())));
  }

  /** An instance of the service's keys, as another instance of the service would hold them. */
  static PersonalKeys keys(JdbcTemplate jdbc, DataSource dataSource) {
    return new PersonalKeys(
        jdbc,
        MasterKey.configured(Base64.getEncoder().encodeToString("m".repeat(32).getBytes()), null),
        new DataSourceTransactionManager(dataSource));
  }
}
