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

import org.medsoc.member.introduction.command.IntroductionParties;
import org.medsoc.member.member.command.MemberRegistry;
import org.medsoc.platform.security.AccessRules;
import org.springframework.security.authorization.AuthorizationManager;
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
  private final IntroductionParties introductions;

  public MemberServiceAccess(MemberRegistry registry, IntroductionParties introductions) {
    this.registry = registry;
    this.introductions = introductions;
  }

  @Override
  public void declare(
      org.springframework.security.config.annotation.web.configurers
                      .AuthorizeHttpRequestsConfigurer<
                  org.springframework.security.config.annotation.web.builders.HttpSecurity>
              .AuthorizationManagerRequestMatcherRegistry
          rules) {
    AuthorizationManager<RequestAuthorizationContext> theMember =
        owner("memberId", (caller, memberId) -> registry.isAccountOf(caller.subject(), memberId));
    AuthorizationManager<RequestAuthorizationContext> societyStaff = staffOfSociety("societyId");
    AuthorizationManager<RequestAuthorizationContext> introductionParty =
        owner(
            "introductionId",
            (caller, id) ->
                introductions.isParty(id, registry.memberOf(caller.subject()).orElse(null)));

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
        .access(anyOf(anyRole(STAFF), theMember));
  }
}
