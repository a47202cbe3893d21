package org.medsoc.member.acting;

import org.medsoc.member.member.command.MemberAccounts;
import org.medsoc.platform.security.Caller;
import org.springframework.stereotype.Component;

/** Resolves the caller of the current request to an {@link Actor}. */
@Component
public class ActingMember {

  private final MemberAccounts accounts;

  public ActingMember(MemberAccounts accounts) {
    this.accounts = accounts;
  }

  public Actor current() {
    Caller caller = Caller.current().orElseThrow();
    return new Actor(accounts.memberOf(caller.subject()).orElse(null));
  }

  /** The member the caller acts as; a caller without a member record may not take the action. */
  public String memberId() {
    String memberId = current().memberId();
    if (memberId == null) {
      throw org.medsoc.kernel.error.DomainException.forbidden();
    }
    return memberId;
  }
}
