package org.medsoc.testsupport;

import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Brings a service's stored Axon deadlines due now, as if their time had come, instead of waiting
 * for it: db-scheduler then runs them on its next poll.
 */
public final class StoredDeadlines {

  private StoredDeadlines() {}

  /** Every stored deadline of the service. */
  public static void bringAllDue(DataSource service) {
    new JdbcTemplate(service)
        .update(
            "UPDATE scheduled_tasks SET execution_time = now() WHERE task_name = 'AxonDeadline'");
  }

  /** The stored deadlines whose data mentions this text, e.g. the id of the aggregate. */
  public static void bringDue(DataSource service, String mentioning) {
    new JdbcTemplate(service)
        .update(
            "UPDATE scheduled_tasks SET execution_time = now() WHERE task_name = 'AxonDeadline'"
                + " AND position(convert_to(?, 'UTF8') in task_data) > 0",
            mentioning);
  }
}
