package org.medsoc.platform.audit;

import io.swagger.v3.oas.annotations.Operation;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Recomputes this service's event chain on request. */
@RestController
public class EventChainController {

  private final DataSource dataSource;

  public EventChainController(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Operation(
      summary =
          "Recompute the hash chain over this service's stored events and name the first broken"
              + " link",
      description = "Auditors and platform staff.")
  @GetMapping("/audit/event-chain")
  public EventChain.Verification verify() throws SQLException {
    var connection = DataSourceUtils.getConnection(dataSource);
    try {
      return EventChain.verify(connection);
    } finally {
      DataSourceUtils.releaseConnection(connection, dataSource);
    }
  }
}
