package org.medsoc.committee;

import static org.medsoc.platform.security.Access.anyOf;
import static org.medsoc.platform.security.Access.anyRole;
import static org.medsoc.platform.security.Access.owner;
import static org.medsoc.platform.security.Access.staffOfSociety;
import static org.medsoc.platform.security.Caller.MEMBER;
import static org.medsoc.platform.security.Caller.STAFF;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import org.medsoc.committee.committee.command.CommitteeSocieties;
import org.medsoc.platform.security.AccessRules;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Component;

/**
 * Who may call which committee-service endpoint: staff of the society, chairs for their committee.
 */
@Component
public class CommitteeServiceAccess implements AccessRules {

  private final CommitteeSocieties committees;

  public CommitteeServiceAccess(CommitteeSocieties committees) {
    this.committees = committees;
  }

  @Override
  public void declare(
      AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry
          rules) {
    AuthorizationManager<RequestAuthorizationContext> staffOrChair =
        owner(
            "committeeId",
            (caller, id) ->
                caller.committeeIds().contains(id)
                    || committees.societyOf(id).map(caller::isStaffOf).orElse(false));
    rules
        .requestMatchers(POST, "/societies/{societyId}/committees")
        .access(staffOfSociety("societyId"))
        .requestMatchers(GET, "/committees/{committeeId}", "/committees/{committeeId}/roster")
        .access(anyRole(STAFF, MEMBER))
        .requestMatchers(
            POST,
            "/committees/{committeeId}/appointments",
            "/committees/{committeeId}/appointments/{appointmentId}/end",
            "/committees/{committeeId}/appointments/{appointmentId}/renewal")
        .access(anyOf(staffOrChair));
  }
}
