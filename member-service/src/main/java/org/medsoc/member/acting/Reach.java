package org.medsoc.member.acting;

import org.medsoc.member.member.command.MemberRegistry;
import org.medsoc.platform.security.Caller;
import org.springframework.stereotype.Component;

/**
 * Whom a caller reaches: staff, the members of the societies they work for (a membership or an
 * application held there now or before, or a registration for it) and the networking records one of
 * whose people is such a member; a member, the records they take part in. Access rules decide with
 * it from the path, and lists keep to it, so a list never holds what one read would refuse.
 */
@Component
public class Reach {

  private final MemberRegistry registry;
  private final Parties parties;

  public Reach(MemberRegistry registry, Parties parties) {
    this.registry = registry;
    this.parties = parties;
  }

  /** Staff of a society the member holds or held a membership or application in. */
  public boolean staffReachMember(Caller caller, String memberId) {
    return caller.isStaff() && caller.isStaffOfAny(registry.societiesOf(memberId));
  }

  /** Staff of this society, which the member holds or held a membership or application in. */
  public boolean staffReachMembership(Caller caller, String memberId, String societyId) {
    return caller.isStaffOf(societyId) && registry.societiesOf(memberId).contains(societyId);
  }

  /** A person of the networking record, or staff of a society one of its people belongs to. */
  public boolean mayRead(Caller caller, String recordId) {
    return parties.isParty(recordId, memberOf(caller))
        || (caller.isStaff() && caller.isStaffOfAny(registry.societiesOfParties(recordId)));
  }

  public boolean isParty(Caller caller, String recordId) {
    return parties.isParty(recordId, memberOf(caller));
  }

  public boolean plays(Caller caller, String recordId, Parties.Role role) {
    return parties.plays(recordId, memberOf(caller), role);
  }

  public boolean isAccountOf(Caller caller, String memberId) {
    return registry.isAccountOf(caller.subject(), memberId);
  }

  private String memberOf(Caller caller) {
    return registry.memberActingAs(caller.subject()).orElse(null);
  }
}
