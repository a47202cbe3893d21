package org.medsoc.committee.committee.command;

import java.util.Optional;
import org.medsoc.platform.eligibility.MemberEligibility;

/** What committee rules may ask about a member's membership of a society, as Kafka last told. */
public interface Eligibility {

  Optional<MemberEligibility> of(String memberId, String societyId);
}
