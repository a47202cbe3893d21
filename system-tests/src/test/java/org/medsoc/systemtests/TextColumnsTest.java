package org.medsoc.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * No table of the platform's own gives text a length, nor money a precision, of its own: the one
 * limit of each field is checked where a request enters, so whatever a command accepts fits every
 * table it reaches. Axon's tables keep the shape Axon gives them (their text is the platform's).
 */
class TextColumnsTest {

  private static final RunningPlatform platform = RunningPlatform.get();

  @Test
  void every_text_and_amount_column_takes_what_the_edge_accepts() {
    List<String> bounded = new ArrayList<>();
    platform
        .services()
        .forEach(
            (service, context) ->
                new JdbcTemplate(context.getBean(DataSource.class))
                    .query(
                        """
                        SELECT table_name, column_name, data_type FROM information_schema.columns
                        WHERE table_schema = current_schema()
                          AND table_name NOT IN ('domainevententry', 'snapshotevententry',
                              'tokenentry', 'deadletterentry', 'flyway_schema_history')
                          AND ((data_type = 'character varying')
                            OR (data_type = 'numeric' AND numeric_precision IS NOT NULL)
                            OR (data_type = 'character'))
                        """,
                        rs -> {
                          bounded.add(
                              service
                                  + " "
                                  + rs.getString("table_name")
                                  + "."
                                  + rs.getString("column_name")
                                  + " "
                                  + rs.getString("data_type"));
                        }));
    assertThat(bounded).as("columns with a length or precision of their own").isEmpty();
  }
}
