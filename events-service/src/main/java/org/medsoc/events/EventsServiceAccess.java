package org.medsoc.events;

import static org.medsoc.platform.security.Access.anyOf;
import static org.medsoc.platform.security.Access.anyRole;
import static org.medsoc.platform.security.Access.owner;
import static org.medsoc.platform.security.Access.staffOfSociety;
import static org.medsoc.platform.security.Access.when;
import static org.medsoc.platform.security.Caller.MEMBER;
import static org.medsoc.platform.security.Caller.STAFF;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import org.medsoc.events.conference.command.ConferenceRegistry;
import org.medsoc.platform.eligibility.MemberEligibilityView;
import org.medsoc.platform.security.AccessRules;
import org.medsoc.platform.security.Caller;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Component;

/**
 * Who may call which events-service endpoint. Staff run the conferences of their society; members
 * act for themselves, and the conference or the meeting decides whether the step is theirs (the
 * registrant, the invited speaker, one of the two people of a meeting). A registration is cancelled
 * by its registrant or staff, whether or not it exists the same answer to anyone else. Staff do not
 * act on meetings, nor read what they are for: they are a private arrangement between two people.
 */
@Component
public class EventsServiceAccess implements AccessRules {

  private final ConferenceRegistry conferences;
  private final MemberEligibilityView members;

  public EventsServiceAccess(ConferenceRegistry conferences, MemberEligibilityView members) {
    this.conferences = conferences;
    this.members = members;
  }

  @Override
  public void declare(
      AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry
          rules) {
    AuthorizationManager<RequestAuthorizationContext> staffOfConference =
        owner(
            "conferenceId",
            (caller, id) -> conferences.societyOf(id).map(caller::isStaffOf).orElse(false));
    AuthorizationManager<RequestAuthorizationContext> theMember = owner("memberId", this::isMember);
    AuthorizationManager<RequestAuthorizationContext> theRegistrant =
        when(
            (caller, path) ->
                conferences
                    .registrantOf(path.get("conferenceId"), path.get("registrationId"))
                    .map(registrant -> isMember(caller, registrant))
                    .orElse(false));
    rules
        .requestMatchers(POST, "/societies/{societyId}/conferences")
        .access(staffOfSociety("societyId"))
        .requestMatchers(
            GET,
            "/societies/{societyId}/conferences",
            "/conferences/{conferenceId}",
            "/conferences/{conferenceId}/programme",
            "/conferences/{conferenceId}/poster-board")
        .access(anyRole(STAFF, MEMBER))
        .requestMatchers(
            POST,
            "/conferences/{conferenceId}/sessions",
            "/conferences/{conferenceId}/registrations/{registrationId}/check-in",
            "/conferences/{conferenceId}/speaker-invitations",
            "/conferences/{conferenceId}/sessions/{sessionId}/speakers",
            "/conferences/{conferenceId}/sessions/{sessionId}/talks-given",
            "/conferences/{conferenceId}/sessions/{sessionId}/pairing",
            "/conferences/{conferenceId}/abstracts/{abstractId}/decision",
            "/conferences/{conferenceId}/abstracts/{abstractId}/poster",
            "/conferences/{conferenceId}/abstracts/{abstractId}/presented",
            "/conferences/{conferenceId}/sessions/{sessionId}/cancellation")
        .access(staffOfConference)
        .requestMatchers(PUT, "/conferences/{conferenceId}/sessions/{sessionId}")
        .access(staffOfConference)
        .requestMatchers(
            GET,
            "/conferences/{conferenceId}/registrations",
            "/conferences/{conferenceId}/speaker-invitations",
            "/conferences/{conferenceId}/abstracts",
            "/conferences/{conferenceId}/sessions/{sessionId}/speed-mentoring")
        .access(staffOfConference)
        .requestMatchers(
            POST, "/conferences/{conferenceId}/registrations/{registrationId}/cancellation")
        .access(anyOf(theRegistrant, staffOfConference))
        .requestMatchers(
            POST,
            "/conferences/{conferenceId}/registrations",
            "/conferences/{conferenceId}/sessions/{sessionId}/places",
            "/conferences/{conferenceId}/sessions/{sessionId}/places/release",
            "/conferences/{conferenceId}/sessions/{sessionId}/speed-mentoring")
        .access(anyOf(anyRole(MEMBER), staffOfConference))
        .requestMatchers(
            POST,
            "/conferences/{conferenceId}/speaker-invitations/{invitationId}/answer",
            "/conferences/{conferenceId}/abstracts",
            "/conferences/{conferenceId}/meeting-requests",
            "/meeting-requests/{meetingId}/answer",
            "/meeting-requests/{meetingId}/other-time",
            "/meeting-requests/{meetingId}/cancellation",
            "/meeting-requests/{meetingId}/outcome",
            "/meeting-requests/{meetingId}/follow-up",
            "/meeting-requests/{meetingId}/reply",
            "/meeting-requests/{meetingId}/nudge")
        .access(anyRole(MEMBER))
        .requestMatchers(GET, "/members/{memberId}/conferences/{conferenceId}/agenda")
        .access(anyOf(theMember, staffOfConference))
        .requestMatchers(
            GET,
            "/members/{memberId}/meeting-requests",
            "/members/{memberId}/follow-ups-due",
            "/members/{memberId}/speaker-invitations",
            "/members/{memberId}/registrations",
            "/members/{memberId}/conferences/{conferenceId}/abstracts")
        .access(theMember);
  }

  private boolean isMember(Caller caller, String memberId) {
    return caller.hasRole(MEMBER)
        && members.memberActingAs(caller.subject()).map(memberId::equals).orElse(false);
  }
}
