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
import org.medsoc.platform.security.Caller;
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
        // Networking records: any member may start one; its parties (and staff) see it; each step
        // is open only to the party whose step it is, decided from the path before the body is
        // read.
        .requestMatchers(POST, "/introductions", "/mentorships", "/sponsorships")
        .access(anyRole(STAFF, MEMBER))
        .requestMatchers(GET, "/introductions/{introductionId}")
        .access(anyOf(anyRole(STAFF), partyOf("introductionId")))
        .requestMatchers(POST, "/introductions/{introductionId}/answer")
        .access(anyOf(anyRole(STAFF), playing("introductionId", Parties.Role.SIDE)))
        .requestMatchers(
            POST,
            "/introductions/{introductionId}/meeting",
            "/introductions/{introductionId}/follow-up")
        .access(anyOf(anyRole(STAFF), partyOf("introductionId")))
        .requestMatchers(GET, "/members/{memberId}/introductions/*")
        .access(anyOf(anyRole(STAFF), theMember))
        .requestMatchers(GET, "/mentorships/{mentorshipId}")
        .access(anyOf(anyRole(STAFF), partyOf("mentorshipId")))
        .requestMatchers(POST, "/mentorships/{mentorshipId}/answer")
        .access(anyOf(anyRole(STAFF), playing("mentorshipId", Parties.Role.MENTOR)))
        .requestMatchers(
            POST, "/mentorships/{mentorshipId}/check-ins", "/mentorships/{mentorshipId}/end")
        .access(anyOf(anyRole(STAFF), partyOf("mentorshipId")))
        .requestMatchers(GET, "/members/{memberId}/mentor-team")
        .access(anyOf(anyRole(STAFF), theMember))
        .requestMatchers(GET, "/sponsorships/{sponsorshipId}")
        .access(anyOf(anyRole(STAFF), partyOf("sponsorshipId")))
        .requestMatchers(
            POST,
            "/sponsorships/{sponsorshipId}/recommendations",
            "/sponsorships/{sponsorshipId}/letters/{letterId}/submission",
            "/sponsorships/{sponsorshipId}/letters/{letterId}/decline")
        .access(anyOf(anyRole(STAFF), playing("sponsorshipId", Parties.Role.SPONSOR)))
        .requestMatchers(POST, "/sponsorships/{sponsorshipId}/letters")
        .access(anyOf(anyRole(STAFF), playing("sponsorshipId", Parties.Role.PROTEGE)))
        .requestMatchers(POST, "/sponsorships/{sponsorshipId}/outcomes")
        .access(anyOf(anyRole(STAFF), partyOf("sponsorshipId")))
        // A contact log is private: the member only, not even staff.
        .requestMatchers(
            POST,
            "/members/{memberId}/contacts",
            "/members/{memberId}/contacts/{contactId}/touches")
        .access(theMember)
        .requestMatchers(
            GET, "/members/{memberId}/contacts", "/members/{memberId}/mentorship-suggestions")
        .access(theMember)
        .requestMatchers(GET, "/members/{memberId}/record")
        .access(anyRole(STAFF, MEMBER))
        .requestMatchers(GET, "/members/{memberId}/sponsorships")
        .access(anyOf(anyRole(STAFF), theMember));
  }

  /** The member the caller acts as takes part in the record the path variable names. */
  private AuthorizationManager<RequestAuthorizationContext> partyOf(String variable) {
    return owner(variable, (caller, id) -> parties.isParty(id, memberOf(caller)));
  }

  /** The member the caller acts as plays this role in the record the path variable names. */
  private AuthorizationManager<RequestAuthorizationContext> playing(
      String variable, Parties.Role role) {
    return owner(variable, (caller, id) -> parties.plays(id, memberOf(caller), role));
  }

  private String memberOf(Caller caller) {
    return registry.memberOf(caller.subject()).orElse(null);
  }
}
