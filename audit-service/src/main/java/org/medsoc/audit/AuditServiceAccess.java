package org.medsoc.audit;

import static org.medsoc.platform.security.Access.anyRole;
import static org.medsoc.platform.security.Caller.AUDITOR;
import static org.medsoc.platform.security.Caller.STAFF;
import static org.springframework.http.HttpMethod.GET;

import org.medsoc.platform.security.AccessRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may read the audit: auditors, and staff, whose answers the audit limits to their societies.
 * Members, chairs and anyone else have nothing here.
 */
@Component
public class AuditServiceAccess implements AccessRules {

  @Override
  public void declare(
      AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry
          rules) {
    rules
        .requestMatchers(
            GET,
            "/audit/committees/{committeeId}/roster",
            "/audit/sponsors/{memberId}/actions",
            "/audit/members/{memberId}/nominations",
            "/audit/members/{memberId}/timeline",
            "/audit/nominations/{nominationId}/timeline",
            "/audit/actions/export")
        .access(anyRole(AUDITOR, STAFF));
  }
}
