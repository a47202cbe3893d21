package org.medsoc.platform.security;

import java.util.Arrays;
import java.util.Map;
import java.util.function.BiPredicate;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * The building blocks of a service's access rules, each deciding from the caller's token and the
 * request path alone, before the body is read: a refused caller learns nothing about the body's
 * validity nor whether the resource exists.
 */
public final class Access {

  private Access() {}

  /** Any caller with a valid token whose roles include one of these. */
  public static AuthorizationManager<RequestAuthorizationContext> anyRole(String... roles) {
    return rule((caller, context) -> Arrays.stream(roles).anyMatch(caller::hasRole));
  }

  /** Staff of every society (the platform's own staff). */
  public static AuthorizationManager<RequestAuthorizationContext> platformStaff() {
    return rule((caller, context) -> caller.isPlatformStaff());
  }

  /** Staff of the society named by the path variable. */
  public static AuthorizationManager<RequestAuthorizationContext> staffOfSociety(String variable) {
    return rule((caller, context) -> caller.isStaffOf(context.getVariables().get(variable)));
  }

  /** A caller for whom the check on the path variable holds, e.g. the member the path names. */
  public static AuthorizationManager<RequestAuthorizationContext> owner(
      String variable, BiPredicate<Caller, String> owns) {
    return rule((caller, context) -> owns.test(caller, context.getVariables().get(variable)));
  }

  /** A caller for whom the check on all the path's variables holds. */
  public static AuthorizationManager<RequestAuthorizationContext> when(
      BiPredicate<Caller, Map<String, String>> test) {
    return rule((caller, context) -> test.test(caller, context.getVariables()));
  }

  @SafeVarargs
  public static AuthorizationManager<RequestAuthorizationContext> anyOf(
      AuthorizationManager<RequestAuthorizationContext>... managers) {
    return (authentication, context) -> {
      for (AuthorizationManager<RequestAuthorizationContext> manager : managers) {
        AuthorizationDecision decision = manager.check(authentication, context);
        if (decision != null && decision.isGranted()) {
          return decision;
        }
      }
      return new AuthorizationDecision(false);
    };
  }

  private static AuthorizationManager<RequestAuthorizationContext> rule(
      BiPredicate<Caller, RequestAuthorizationContext> test) {
    return (authentication, context) ->
        new AuthorizationDecision(
            Caller.of(authentication.get())
                .map(caller -> test.test(caller, context))
                .orElse(false));
  }
}
