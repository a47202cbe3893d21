package org.medsoc.audit;

import static org.medsoc.platform.security.Access.anyOf;
import static org.medsoc.platform.security.Access.anyRole;
import static org.medsoc.platform.security.Access.owner;
import static org.medsoc.platform.security.Access.platformStaff;
import static org.medsoc.platform.security.Caller.AUDITOR;
import static org.medsoc.platform.security.Caller.STAFF;
import static org.springframework.http.HttpMethod.GET;

import org.medsoc.platform.eligibility.MemberEligibilityView;
import org.medsoc.platform.security.AccessRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may read the audit: auditors, and staff, whose answers the audit limits to their societies: a
 * member's history to staff of a society the member holds or held a membership or application in, a
 * committee's or a nomination's to staff of its society (checked before whether it exists). The
 * event chains' checkpoints to auditors and platform staff. Members, chairs and anyone else have
 * nothing here.
 */
@Component
public class AuditServiceAccess implements AccessRules {

  private final MemberEligibilityView members;

  public AuditServiceAccess(MemberEligibilityView members) {
    this.members = members;
  }

  @Override
  public void declare(
      AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry
          rules) {
    rules
        .requestMatchers(
            GET,
            "/audit/sponsors/{memberId}/actions",
            "/audit/members/{memberId}/nominations",
            "/audit/members/{memberId}/timeline",
            "/audit/members/{memberId}/standing")
        .access(
            anyOf(
                anyRole(AUDITOR),
                owner(
                    "memberId",
                    (caller, memberId) ->
                        caller.isStaff() && caller.isStaffOfAny(members.societiesOf(memberId)))))
        .requestMatchers(
            GET,
            "/audit/committees/{committeeId}/roster",
            "/audit/nominations/{nominationId}/timeline",
            "/audit/actions/export",
            "/audit/fairness")
        .access(anyRole(AUDITOR, STAFF))
        .requestMatchers(GET, "/audit/chain-checkpoints/{service}")
        .access(anyOf(anyRole(AUDITOR), platformStaff()));
  }
}
