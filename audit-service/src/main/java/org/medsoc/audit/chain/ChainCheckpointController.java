package org.medsoc.audit.chain;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.medsoc.kernel.contracts.platform.ChainCheckpoint;
import org.medsoc.kernel.error.DomainException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The checkpoints the audit keeps of a service's event chain. */
@RestController
public class ChainCheckpointController {

  static final int MOST = 500;

  private final ChainCheckpointLedger ledger;

  public ChainCheckpointController(ChainCheckpointLedger ledger) {
    this.ledger = ledger;
  }

  @Operation(
      summary =
          "The latest signed checkpoints of a service's event chain, newest first, to hold the"
              + " service's chain to (POST /audit/event-chain/checks on that service)",
      description = "Auditors and platform staff.")
  @GetMapping("/audit/chain-checkpoints/{service}")
  public List<ChainCheckpoint> latest(
      @PathVariable String service, @RequestParam(defaultValue = "20") int limit) {
    if (limit < 1 || limit > MOST) {
      throw DomainException.invalid("limit", "between 1 and " + MOST + " checkpoints");
    }
    return ledger.latest(service, limit);
  }
}
