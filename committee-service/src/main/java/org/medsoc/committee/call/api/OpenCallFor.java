package org.medsoc.committee.call.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A call open today in one of the member's societies, with what of its eligibility the member does
 * not meet (empty: they may be a candidate).
 */
public record OpenCallFor(CallView call, List<EligibilityCriterion> unmet) {

  @JsonProperty("eligible")
  public boolean eligible() {
    return unmet.isEmpty();
  }
}
