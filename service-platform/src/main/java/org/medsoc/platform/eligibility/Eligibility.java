package org.medsoc.platform.eligibility;

import java.util.Optional;

/**
 * What a rule may ask about a member's membership of a society, as member-service last told this
 * service through Kafka. Aggregates take it as a command handler parameter.
 */
public interface Eligibility {

  Optional<MemberEligibility> of(String memberId, String societyId);
}
