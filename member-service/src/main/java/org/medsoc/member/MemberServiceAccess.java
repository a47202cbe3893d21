package org.medsoc.member;

import static org.medsoc.platform.security.Access.anyOf;
import static org.medsoc.platform.security.Access.anyRole;
import static org.medsoc.platform.security.Access.owner;
import static org.medsoc.platform.security.Access.platformStaff;
import static org.medsoc.platform.security.Access.staffOfSociety;
import static org.medsoc.platform.security.Caller.MEMBER;
import static org.medsoc.platform.security.Caller.STAFF;
import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import org.medsoc.member.acting.Parties;
import org.medsoc.member.member.command.MemberRegistry;
import org.medsoc.platform.security.AccessRules;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Component;

/**
 * Who may call which member-service endpoint. Staff act for their own societies; a member acts on
 * their own record only; auditors have nothing here (their history view comes with the audit).
 */
@Component
public class MemberServiceAccess implements AccessRules {

  private static final String MEMBERSHIP = "/members/{memberId}/memberships/{societyId}";

  private final MemberRegistry registry;
  private final Parties parties;

  public MemberServiceAccess(MemberRegistry registry, Parties parties) {
    this.registry = registry;
    this.parties = parties;
  }

  @Override
  public void declare(
      AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry
          rules) {
    AuthorizationManager<RequestAuthorizationContext> theMember =
        owner("memberId", (caller, memberId) -> registry.isAccountOf(caller.subject(), memberId));
    AuthorizationManager<RequestAuthorizationContext> societyStaff = staffOfSociety("societyId");
    AuthorizationManager<RequestAuthorizationContext> introductionParty = partyOf("introductionId");
    AuthorizationManager<RequestAuthorizationContext> mentorshipParty = partyOf("mentorshipId");

    rules
        .requestMatchers(POST, "/societies")
        .access(platformStaff())
        .requestMatchers(GET, "/societies/{societyId}")
        .access(anyRole(STAFF, MEMBER))
        .requestMatchers(POST, "/societies/{societyId}/sections")
        .access(societyStaff)
        .requestMatchers(GET, "/societies/{societyId}/roster")
        .access(societyStaff)
        .requestMatchers(POST, "/members")
        .access(anyRole(STAFF, MEMBER))
        .requestMatchers(GET, "/members/{memberId}")
        .access(anyRole(STAFF, MEMBER))
        .requestMatchers(PUT, "/members/{memberId}/profile", "/members/{memberId}/training-level")
        .access(anyOf(anyRole(STAFF), theMember))
        .requestMatchers(POST, "/members/{memberId}/memberships")
        .access(anyOf(anyRole(STAFF), theMember))
        .requestMatchers(POST, MEMBERSHIP + "/resignation")
        .access(anyOf(societyStaff, theMember))
        .requestMatchers(PUT, MEMBERSHIP + "/sections/{sectionId}")
        .access(anyOf(societyStaff, theMember))
        .requestMatchers(DELETE, MEMBERSHIP + "/sections/{sectionId}")
        .access(anyOf(societyStaff, theMember))
        .requestMatchers(
            POST,
            MEMBERSHIP + "/approval",
            MEMBERSHIP + "/rejection",
            MEMBERSHIP + "/renewal",
            MEMBERSHIP + "/reinstatement")
        .access(societyStaff)
        .requestMatchers(PUT, MEMBERSHIP + "/category")
        .access(societyStaff)
        // Introductions: any member may introduce; only the parties (and staff) see and act on
        // one; the aggregate then admits each step only to the party it belongs to.
        .requestMatchers(POST, "/introductions")
        .access(anyRole(STAFF, MEMBER))
        .requestMatchers(GET, "/introductions/{introductionId}")
        .access(anyOf(anyRole(STAFF), introductionParty))
        .requestMatchers(
            POST,
            "/introductions/{introductionId}/answer",
            "/introductions/{introductionId}/meeting",
            "/introductions/{introductionId}/follow-up")
        .access(anyOf(anyRole(STAFF), introductionParty))
        .requestMatchers(GET, "/members/{memberId}/introductions/*")
        .access(anyOf(anyRole(STAFF), theMember))
        // Mentorships: a member asks for one; its mentee and mentor (and staff) see and act on it.
        .requestMatchers(POST, "/mentorships")
        .access(anyRole(STAFF, MEMBER))
        .requestMatchers(GET, "/mentorships/{mentorshipId}")
        .access(anyOf(anyRole(STAFF), mentorshipParty))
        .requestMatchers(
            POST,
            "/mentorships/{mentorshipId}/answer",
            "/mentorships/{mentorshipId}/check-ins",
            "/mentorships/{mentorshipId}/end")
        .access(anyOf(anyRole(STAFF), mentorshipParty))
        .requestMatchers(GET, "/members/{memberId}/mentor-team")
        .access(anyOf(anyRole(STAFF), theMember));
  }

  /** The member the caller acts as takes part in the record the path variable names. */
  private AuthorizationManager<RequestAuthorizationContext> partyOf(String variable) {
    return owner(
        variable,
        (caller, id) -> parties.isParty(id, registry.memberOf(caller.subject()).orElse(null)));
  }
}
