package org.medsoc.platform.audit;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.medsoc.kernel.contracts.platform.ChainCheckpoint;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Recomputes this service's event chain on request, alone or held to the audit's checkpoints. */
@RestController
public class EventChainController {

  private final DataSource dataSource;
  private final ChainKey key;
  private final SealerPositions sealer;

  public EventChainController(DataSource dataSource, ChainKey key, SealerPositions sealer) {
    this.dataSource = dataSource;
    this.key = key;
    this.sealer = sealer;
  }

  @Operation(
      summary =
          "Recompute the keyed hash chain over this service's stored events and name the first"
              + " broken link, or an event slipped in behind the sealer",
      description = "Auditors and platform staff.")
  @GetMapping("/audit/event-chain")
  public EventChain.Verification verify() throws SQLException {
    return verify(List.of());
  }

  @Operation(
      summary =
          "Recompute the chain and hold it to checkpoints the audit keeps (GET"
              + " /audit/chain-checkpoints/{service} on audit-service): a history re-sealed or cut"
              + " short since no longer matches",
      description = "Auditors and platform staff.")
  @PostMapping("/audit/event-chain/checks")
  public EventChain.Verification verifyAgainst(@Valid @RequestBody Checks checks)
      throws SQLException {
    return verify(checks.checkpoints());
  }

  /** The checkpoints to hold the chain to, as the audit gives them. */
  public record Checks(@NotNull @Size(max = 1000) List<@NotNull ChainCheckpoint> checkpoints) {}

  private EventChain.Verification verify(List<ChainCheckpoint> checkpoints) throws SQLException {
    var connection = DataSourceUtils.getConnection(dataSource);
    try {
      return EventChain.verify(connection, key, checkpoints, sealer.current().orElse(null));
    } finally {
      DataSourceUtils.releaseConnection(connection, dataSource);
    }
  }
}
