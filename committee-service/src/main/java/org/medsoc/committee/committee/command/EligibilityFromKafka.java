package org.medsoc.committee.committee.command;

import java.util.Optional;
import org.medsoc.platform.eligibility.MemberEligibility;
import org.medsoc.platform.eligibility.MemberEligibilityView;
import org.springframework.stereotype.Component;

/** Eligibility as this service's view, fed from member-service through Kafka, holds it. */
@Component
class EligibilityFromKafka implements Eligibility {

  private final MemberEligibilityView view;

  EligibilityFromKafka(MemberEligibilityView view) {
    this.view = view;
  }

  @Override
  public Optional<MemberEligibility> of(String memberId, String societyId) {
    return view.of(memberId, societyId);
  }
}
