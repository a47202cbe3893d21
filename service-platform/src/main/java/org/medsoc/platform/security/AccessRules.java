package org.medsoc.platform.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * One service's table of who may call which endpoint. Every service declares its rules in beans of
 * this type; anything not matched by a rule is denied, so an endpoint added without a rule is
 * closed (and the authorization matrix test names it).
 */
@FunctionalInterface
public interface AccessRules {

  void declare(
      AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry
          rules);
}
