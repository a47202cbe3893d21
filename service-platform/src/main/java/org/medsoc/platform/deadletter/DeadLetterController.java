package org.medsoc.platform.deadletter;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.medsoc.kernel.error.DomainException;
import org.medsoc.kernel.input.Limits;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Platform staff see what the service's processors set aside and retry it after a fix. */
@RestController
@Validated
public class DeadLetterController {

  record DeadLetterReport(Map<String, Long> counts, List<DeadLetters.Letter> letters) {}

  private final DeadLetters deadLetters;

  public DeadLetterController(DeadLetters deadLetters) {
    this.deadLetters = deadLetters;
  }

  @Operation(
      summary = "Events set aside by the service's processors, with the reason",
      description = "Platform staff. Counts per processing group, and the letters oldest first.")
  @GetMapping("/operations/dead-letters")
  public DeadLetterReport list(
      @RequestParam(required = false) @Size(max = Limits.SUBJECT) String processingGroup,
      @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
    return new DeadLetterReport(
        deadLetters.counts(), deadLetters.list(Optional.ofNullable(processingGroup), limit));
  }

  @Operation(
      summary = "Hand a processing group's dead letters to its handlers again",
      description =
          "Platform staff, after the fix. Every sequence of the group, or the one named; a sequence"
              + " that fails again stays with its new reason.")
  @PostMapping("/operations/dead-letters/{processingGroup}/retry")
  public DeadLetters.Retry retry(
      @PathVariable String processingGroup,
      @RequestParam(required = false) @Size(max = Limits.SUBJECT) String sequenceIdentifier) {
    return deadLetters
        .retry(processingGroup, Optional.ofNullable(sequenceIdentifier))
        .orElseThrow(
            () ->
                DomainException.notFound(
                    "processingGroup", "no dead-letter queue for " + processingGroup));
  }
}
