package org.medsoc.committee;

import static org.medsoc.platform.security.Access.anyOf;
import static org.medsoc.platform.security.Access.anyRole;
import static org.medsoc.platform.security.Access.owner;
import static org.medsoc.platform.security.Access.staffOfSociety;
import static org.medsoc.platform.security.Access.when;
import static org.medsoc.platform.security.Caller.MEMBER;
import static org.medsoc.platform.security.Caller.STAFF;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.medsoc.committee.call.command.CallRegistry;
import org.medsoc.committee.call.command.CallRegistry.SubmissionFacts;
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
 * Who may call which committee-service endpoint. Staff act for the committees of their societies
 * and a chair (appointed CHAIR or VICE_CHAIR on its roster, while the term lasts) for that
 * committee only, never on a submission about themself; members act for themselves, and a step on a
 * submission is open only to the person whose step it is (the applicant, the nominator, the
 * nominee), decided from the path whether or not the submission exists. Nominees never read a
 * call's submissions: supporting statements and nominators are confidential. Staff read a member's
 * calls and service only for a society the member holds or held a membership or application in.
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
        owner("callId", this::runsCall);
    AuthorizationManager<RequestAuthorizationContext> reviewerOfSubmission =
        when(
            (caller, path) ->
                runsCall(caller, path.get("callId"))
                    && !submissionOf(path)
                        .map(s -> s.candidateId().equals(memberOf(caller)))
                        .orElse(false));
    AuthorizationManager<RequestAuthorizationContext> theNominee =
        when(
            (caller, path) ->
                submissionOf(path)
                    .filter(SubmissionFacts::isNomination)
                    .map(s -> s.candidateId().equals(memberOf(caller)))
                    .orElse(false));
    AuthorizationManager<RequestAuthorizationContext> whoeverSubmitted =
        when(
            (caller, path) ->
                submissionOf(path)
                    .map(s -> s.isNomination() ? s.nominatorId() : s.candidateId())
                    .map(submitter -> submitter.equals(memberOf(caller)))
                    .orElse(false));
    AuthorizationManager<RequestAuthorizationContext> theMember = owner("memberId", this::isMember);
    AuthorizationManager<RequestAuthorizationContext> staffOfTheMember =
        owner(
            "memberId",
            (caller, memberId) ->
                caller.isStaff() && caller.isStaffOfAny(members.societiesOf(memberId)));
    rules
        .requestMatchers(POST, "/societies/{societyId}/committees")
        .access(staffOfSociety("societyId"))
        .requestMatchers(
            GET,
            "/societies/{societyId}/committees",
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
            "/calls/{callId}/applications/{applicationId}/endorsement-requests",
            "/calls/{callId}/nominations")
        .access(anyRole(MEMBER))
        .requestMatchers(POST, "/calls/{callId}/nominations/{submissionId}/answer")
        .access(theNominee)
        .requestMatchers(POST, "/calls/{callId}/submissions/{submissionId}/withdrawal")
        .access(whoeverSubmitted)
        .requestMatchers(
            POST,
            "/calls/{callId}/submissions/{submissionId}/shortlist",
            "/calls/{callId}/submissions/{submissionId}/decision",
            "/calls/{callId}/submissions/{submissionId}/appointment")
        .access(reviewerOfSubmission)
        .requestMatchers(POST, "/calls/{callId}/conflicts")
        .access(staffOrChairOfCall)
        .requestMatchers(GET, "/calls/{callId}/submissions")
        .access(staffOrChairOfCall)
        .requestMatchers(
            GET,
            "/members/{memberId}/nominations",
            "/members/{memberId}/endorsement-requests",
            "/members/{memberId}/calls-open-today")
        .access(theMember)
        .requestMatchers(
            GET, "/members/{memberId}/open-calls", "/members/{memberId}/service-history")
        .access(anyOf(theMember, staffOfTheMember));
  }

  /** Staff of the committee's society, or its chair today. */
  public boolean runsCommittee(Caller caller, String committeeId) {
    return committees.societyOf(committeeId).map(caller::isStaffOf).orElse(false)
        || chairs(caller, committeeId);
  }

  private boolean chairs(Caller caller, String committeeId) {
    String member = memberOf(caller);
    return !member.isEmpty()
        && committeeId != null
        && committees.chairs(member, committeeId, LocalDate.now(ZoneOffset.UTC));
  }

  private boolean runsCall(Caller caller, String callId) {
    return calls.call(callId).map(call -> runsCommittee(caller, call.committeeId())).orElse(false);
  }

  /** The submission the path names, if it is one of the call the path names. */
  private Optional<SubmissionFacts> submissionOf(Map<String, String> path) {
    return calls
        .submission(path.get("submissionId"))
        .filter(s -> s.callId().equals(path.get("callId")));
  }

  private String memberOf(Caller caller) {
    return caller.hasRole(MEMBER) ? members.memberActingAs(caller.subject()).orElse("") : "";
  }

  private boolean isMember(Caller caller, String memberId) {
    return caller.hasRole(MEMBER)
        && members.memberActingAs(caller.subject()).map(memberId::equals).orElse(false);
  }
}
