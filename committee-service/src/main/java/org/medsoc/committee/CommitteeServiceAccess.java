package org.medsoc.committee;

import static org.medsoc.platform.security.Access.anyOf;
import static org.medsoc.platform.security.Access.anyRole;
import static org.medsoc.platform.security.Access.owner;
import static org.medsoc.platform.security.Access.staffOfSociety;
import static org.medsoc.platform.security.Caller.MEMBER;
import static org.medsoc.platform.security.Caller.STAFF;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import org.medsoc.committee.call.command.CallRegistry;
import org.medsoc.committee.committee.command.CommitteeRegistry;
import org.medsoc.platform.eligibility.MemberEligibilityView;
import org.medsoc.platform.security.AccessRules;
import org.medsoc.platform.security.Caller;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Component;

/**
 * Who may call which committee-service endpoint. Staff act for the committees of their society and
 * a chair for their own committee only; members act for themselves, and the call decides whether
 * the step is theirs (the applicant, the nominator, the nominee). Nominees never read a call's
 * submissions: supporting statements and nominators are confidential.
 */
@Component
public class CommitteeServiceAccess implements AccessRules {

  private final CommitteeRegistry committees;
  private final CallRegistry calls;
  private final MemberEligibilityView members;

  public CommitteeServiceAccess(
      CommitteeRegistry committees, CallRegistry calls, MemberEligibilityView members) {
    this.committees = committees;
    this.calls = calls;
    this.members = members;
  }

  @Override
  public void declare(
      AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry
          rules) {
    AuthorizationManager<RequestAuthorizationContext> staffOrChair =
        owner("committeeId", this::runsCommittee);
    AuthorizationManager<RequestAuthorizationContext> staffOrChairOfCall =
        owner(
            "callId",
            (caller, callId) ->
                calls
                    .call(callId)
                    .map(call -> runsCommittee(caller, call.committeeId()))
                    .orElse(false));
    AuthorizationManager<RequestAuthorizationContext> theMember = owner("memberId", this::isMember);
    rules
        .requestMatchers(POST, "/societies/{societyId}/committees")
        .access(staffOfSociety("societyId"))
        .requestMatchers(
            GET,
            "/committees/{committeeId}",
            "/committees/{committeeId}/roster",
            "/committees/{committeeId}/calls",
            "/calls/{callId}")
        .access(anyRole(STAFF, MEMBER))
        .requestMatchers(
            POST,
            "/committees/{committeeId}/appointments",
            "/committees/{committeeId}/appointments/{appointmentId}/end",
            "/committees/{committeeId}/appointments/{appointmentId}/renewal",
            "/committees/{committeeId}/calls")
        .access(staffOrChair)
        .requestMatchers(
            POST,
            "/calls/{callId}/applications",
            "/calls/{callId}/applications/{applicationId}/endorsements",
            "/calls/{callId}/nominations",
            "/calls/{callId}/nominations/{nominationId}/answer",
            "/calls/{callId}/submissions/{submissionId}/withdrawal")
        .access(anyRole(MEMBER))
        .requestMatchers(
            POST,
            "/calls/{callId}/submissions/{submissionId}/shortlist",
            "/calls/{callId}/submissions/{submissionId}/decision",
            "/calls/{callId}/submissions/{submissionId}/appointment",
            "/calls/{callId}/conflicts")
        .access(staffOrChairOfCall)
        .requestMatchers(GET, "/calls/{callId}/submissions")
        .access(staffOrChairOfCall)
        .requestMatchers(GET, "/members/{memberId}/nominations")
        .access(theMember)
        .requestMatchers(
            GET, "/members/{memberId}/open-calls", "/members/{memberId}/service-history")
        .access(anyOf(theMember, anyRole(STAFF)));
  }

  private boolean runsCommittee(Caller caller, String committeeId) {
    return caller.committeeIds().contains(committeeId)
        || committees.societyOf(committeeId).map(caller::isStaffOf).orElse(false);
  }

  private boolean isMember(Caller caller, String memberId) {
    return caller.hasRole(MEMBER)
        && members.memberActingAs(caller.subject()).map(memberId::equals).orElse(false);
  }
}
