package org.medsoc.committee.committee.policy;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.medsoc.committee.committee.api.FlagAppointment;
import org.medsoc.committee.committee.query.CommitteeDirectory;
import org.medsoc.kernel.contracts.member.MembershipChanged;
import org.medsoc.kernel.messaging.EventEnvelope;
import org.medsoc.kernel.messaging.Topics;
import org.medsoc.platform.policy.KafkaPolicy;
import org.medsoc.platform.policy.Policies;
import org.springframework.stereotype.Component;

/**
 * When a member's membership stops being active during a term, flags each of their current
 * appointments in that society for staff.
 */
@Component
class MembershipLapsePolicy extends KafkaPolicy {

  private final CommitteeDirectory committees;

  MembershipLapsePolicy(CommitteeDirectory committees, Policies policies) {
    super("appointment-lapse-watch", Topics.MEMBERSHIPS, policies);
    this.committees = committees;
    when(MembershipChanged.class, this::on);
  }

  private void on(EventEnvelope envelope, MembershipChanged change) {
    if (change.status().grantsMemberRights()) {
      return;
    }
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    for (String[] appointment :
        committees.currentAppointments(change.memberId(), change.societyId(), today)) {
      send(
          envelope,
          new FlagAppointment(appointment[0], appointment[1], "membership " + change.status()));
    }
  }
}
