package org.medsoc.member;

import static org.medsoc.platform.security.Access.anyOf;
import static org.medsoc.platform.security.Access.anyRole;
import static org.medsoc.platform.security.Access.owner;
import static org.medsoc.platform.security.Access.platformStaff;
import static org.medsoc.platform.security.Access.staffOfSociety;
import static org.medsoc.platform.security.Access.when;
import static org.medsoc.platform.security.Caller.AUDITOR;
import static org.medsoc.platform.security.Caller.MEMBER;
import static org.medsoc.platform.security.Caller.STAFF;
import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import org.medsoc.member.acting.Parties;
import org.medsoc.member.acting.Reach;
import org.medsoc.platform.security.AccessRules;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Component;

/**
 * Who may call which member-service endpoint. Staff act only for the societies they work for: on a
 * member who holds or held a membership or an application there (or whom they registered for it),
 * and they read a networking record only when one of its people belongs to such a society. They run
 * processes; they never take a step in a person's own voice (an introduction, an answer, a
 * mentorship, a sponsorship, a letter). A member acts on their own record only; the people of a
 * networking record take its steps, each the step that is theirs. Auditors have nothing here.
 */
@Component
public class MemberServiceAccess implements AccessRules {

  private static final String MEMBERSHIP = "/members/{memberId}/memberships/{societyId}";

  private final Reach reach;

  public MemberServiceAccess(Reach reach) {
    this.reach = reach;
  }

  @Override
  public void declare(
      AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry
          rules) {
    AuthorizationManager<RequestAuthorizationContext> theMember =
        owner("memberId", reach::isAccountOf);
    AuthorizationManager<RequestAuthorizationContext> societyStaff = staffOfSociety("societyId");
    AuthorizationManager<RequestAuthorizationContext> staffOfTheMember =
        owner("memberId", reach::staffReachMember);
    AuthorizationManager<RequestAuthorizationContext> staffOfTheMembership =
        when(
            (caller, path) ->
                reach.staffReachMembership(caller, path.get("memberId"), path.get("societyId")));

    rules
        .requestMatchers(POST, "/societies")
        .access(platformStaff())
        // Societies and their sections are public facts of the profession; auditors read them to
        // name the sections the audit counts by.
        .requestMatchers(GET, "/societies")
        .access(anyRole(STAFF, MEMBER, AUDITOR))
        .requestMatchers(GET, "/societies/{societyId}")
        .access(anyRole(STAFF, MEMBER, AUDITOR))
        .requestMatchers(POST, "/societies/{societyId}/sections")
        .access(societyStaff)
        .requestMatchers(PUT, "/societies/{societyId}/fees")
        .access(societyStaff)
        // A roster import brings members into the society whose staff run it, and no other.
        .requestMatchers(GET, "/societies/{societyId}/imports", "/societies/{societyId}/imports/*")
        .access(societyStaff)
        .requestMatchers(
            POST, "/societies/{societyId}/imports", "/societies/{societyId}/imports/*/run")
        .access(societyStaff)
        .requestMatchers(PUT, "/societies/{societyId}/imports/*/mapping")
        .access(societyStaff)
        .requestMatchers(GET, "/societies/{societyId}/roster")
        .access(societyStaff)
        .requestMatchers(POST, "/members")
        .access(anyRole(STAFF, MEMBER))
        .requestMatchers(GET, "/members/me")
        .access(anyRole(MEMBER))
        .requestMatchers(GET, "/members/{memberId}")
        .access(anyOf(anyRole(MEMBER), staffOfTheMember))
        .requestMatchers(PUT, "/members/{memberId}/profile", "/members/{memberId}/training-level")
        .access(anyOf(staffOfTheMember, theMember))
        .requestMatchers(POST, "/members/{memberId}/erasure")
        .access(anyOf(staffOfTheMember, theMember))
        // The society applied to, named in the body, is checked against the staff's own.
        .requestMatchers(POST, "/members/{memberId}/memberships")
        .access(anyOf(staffOfTheMember, theMember))
        .requestMatchers(POST, MEMBERSHIP + "/resignation")
        .access(anyOf(staffOfTheMembership, theMember))
        .requestMatchers(PUT, MEMBERSHIP + "/sections/{sectionId}")
        .access(anyOf(staffOfTheMembership, theMember))
        .requestMatchers(DELETE, MEMBERSHIP + "/sections/{sectionId}")
        .access(anyOf(staffOfTheMembership, theMember))
        .requestMatchers(
            POST,
            MEMBERSHIP + "/approval",
            MEMBERSHIP + "/rejection",
            MEMBERSHIP + "/renewal",
            MEMBERSHIP + "/reinstatement")
        .access(staffOfTheMembership)
        .requestMatchers(PUT, MEMBERSHIP + "/category")
        .access(staffOfTheMembership)
        // Networking records: a member starts one in their own name; its people (and staff of
        // their societies) read it; each step is open only to the person whose step it is,
        // decided from the path before the body is read.
        .requestMatchers(
            POST, "/introductions", "/introduction-requests", "/mentorships", "/sponsorships")
        .access(anyRole(MEMBER))
        // A request for an introduction is the asker's word to one colleague: that colleague
        // alone declines it, and only the two of them list it (not staff, not the person hoped
        // for).
        .requestMatchers(POST, "/introduction-requests/{requestId}/decline")
        .access(playing("requestId", Parties.Role.INTRODUCER))
        .requestMatchers(GET, "/members/{memberId}/introduction-requests")
        .access(theMember)
        .requestMatchers(GET, "/introductions/{introductionId}")
        .access(readable("introductionId"))
        .requestMatchers(POST, "/introductions/{introductionId}/answer")
        .access(playing("introductionId", Parties.Role.SIDE))
        .requestMatchers(
            POST,
            "/introductions/{introductionId}/meeting",
            "/introductions/{introductionId}/follow-up")
        .access(partyOf("introductionId"))
        .requestMatchers(GET, "/members/{memberId}/introductions/*")
        .access(anyOf(theMember, staffOfTheMember))
        .requestMatchers(GET, "/mentorships/{mentorshipId}")
        .access(readable("mentorshipId"))
        .requestMatchers(POST, "/mentorships/{mentorshipId}/answer")
        .access(playing("mentorshipId", Parties.Role.MENTOR))
        .requestMatchers(
            POST, "/mentorships/{mentorshipId}/check-ins", "/mentorships/{mentorshipId}/end")
        .access(partyOf("mentorshipId"))
        .requestMatchers(GET, "/members/{memberId}/mentor-team")
        .access(anyOf(theMember, staffOfTheMember))
        .requestMatchers(GET, "/sponsorships/{sponsorshipId}")
        .access(readable("sponsorshipId"))
        // A letter is written or declined by its author alone: staff never, in any society.
        .requestMatchers(
            POST,
            "/sponsorships/{sponsorshipId}/recommendations",
            "/sponsorships/{sponsorshipId}/letters/{letterId}/submission",
            "/sponsorships/{sponsorshipId}/letters/{letterId}/decline")
        .access(playing("sponsorshipId", Parties.Role.SPONSOR))
        .requestMatchers(POST, "/sponsorships/{sponsorshipId}/letters")
        .access(playing("sponsorshipId", Parties.Role.PROTEGE))
        .requestMatchers(PUT, "/sponsorships/{sponsorshipId}/opportunities")
        .access(playing("sponsorshipId", Parties.Role.PROTEGE))
        .requestMatchers(POST, "/sponsorships/{sponsorshipId}/outcomes")
        .access(partyOf("sponsorshipId"))
        // A contact log is private: the member only, not even staff.
        .requestMatchers(
            POST,
            "/members/{memberId}/contacts",
            "/members/{memberId}/contacts/{contactId}/touches")
        .access(theMember)
        .requestMatchers(
            GET,
            "/members/{memberId}/contacts",
            "/members/{memberId}/mentorship-suggestions",
            "/members/{memberId}/mentorships",
            "/members/{memberId}/colleagues")
        .access(theMember)
        .requestMatchers(GET, "/members/{memberId}/record")
        .access(anyOf(anyRole(MEMBER), staffOfTheMember))
        .requestMatchers(GET, "/members/{memberId}/sponsorships")
        .access(anyOf(theMember, staffOfTheMember))
        .requestMatchers(GET, "/members/{memberId}/membership-history")
        .access(anyOf(theMember, staffOfTheMember));
  }

  private AuthorizationManager<RequestAuthorizationContext> readable(String variable) {
    return owner(variable, reach::mayRead);
  }

  private AuthorizationManager<RequestAuthorizationContext> partyOf(String variable) {
    return owner(variable, reach::isParty);
  }

  private AuthorizationManager<RequestAuthorizationContext> playing(
      String variable, Parties.Role role) {
    return owner(variable, (caller, id) -> reach.plays(caller, id, role));
  }
}
