package org.medsoc.events.conference.command;

import java.util.Optional;
import org.medsoc.platform.eligibility.MemberEligibility;

/** What pricing may ask about a member's membership of a society, as Kafka last told. */
public interface Memberships {

  Optional<MemberEligibility> of(String memberId, String societyId);
}
