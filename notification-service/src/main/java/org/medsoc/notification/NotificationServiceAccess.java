package org.medsoc.notification;

import static org.medsoc.platform.security.Access.owner;
import static org.medsoc.platform.security.Access.staffOfSociety;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import org.medsoc.notification.recipient.Recipients;
import org.medsoc.platform.security.AccessRules;
import org.medsoc.platform.security.Caller;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may call which notification-service endpoint: a member's notifications and choices are theirs
 * alone, not their societies' staff's (what reaches a person, and how, is their business); the
 * staff of a society see which mails to its members failed, and why, not what they said.
 */
@Component
public class NotificationServiceAccess implements AccessRules {

  private final Recipients recipients;

  public NotificationServiceAccess(Recipients recipients) {
    this.recipients = recipients;
  }

  @Override
  public void declare(
      AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry
          rules) {
    var theMember = owner("memberId", this::isMember);
    rules
        .requestMatchers(
            GET,
            "/members/{memberId}/notifications",
            "/members/{memberId}/notification-preferences")
        .access(theMember)
        .requestMatchers(PUT, "/members/{memberId}/notification-preferences/{kind}")
        .access(theMember)
        .requestMatchers(GET, "/societies/{societyId}/mail-sender")
        .access(staffOfSociety("societyId"))
        .requestMatchers(PUT, "/societies/{societyId}/mail-sender")
        .access(staffOfSociety("societyId"))
        .requestMatchers(GET, "/societies/{societyId}/undelivered-mails")
        .access(staffOfSociety("societyId"))
        .requestMatchers(POST, "/societies/{societyId}/undelivered-mails/{notificationId}/retry")
        .access(staffOfSociety("societyId"))
        // The link in a mail works without signing in: its long random token is the credential,
        // good for turning off that mail's kinds for that member and nothing else.
        .requestMatchers(GET, "/unsubscribe/{token}")
        .permitAll()
        .requestMatchers(POST, "/unsubscribe/{token}")
        .permitAll();
  }

  private boolean isMember(Caller caller, String memberId) {
    return caller.hasRole(Caller.MEMBER)
        && recipients.memberActingAs(caller.subject()).map(memberId::equals).orElse(false);
  }
}
