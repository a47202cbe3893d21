package org.medsoc.events.conference.command;

import java.util.Optional;
import org.medsoc.platform.eligibility.MemberEligibility;
import org.medsoc.platform.eligibility.MemberEligibilityView;
import org.springframework.stereotype.Component;

/** Memberships as this service's view, fed from member-service through Kafka, holds them. */
@Component
class MembershipsFromKafka implements Memberships {

  private final MemberEligibilityView view;

  MembershipsFromKafka(MemberEligibilityView view) {
    this.view = view;
  }

  @Override
  public Optional<MemberEligibility> of(String memberId, String societyId) {
    return view.of(memberId, societyId);
  }
}
