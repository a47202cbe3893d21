package org.medsoc.platform.acting;

import java.util.Set;
import org.medsoc.platform.security.Caller;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Gives a controller method the {@link Actor} of the current request. */
public class ActorArgumentResolver implements HandlerMethodArgumentResolver {

  private final MemberLogins logins;

  public ActorArgumentResolver(MemberLogins logins) {
    this.logins = logins;
  }

  @Override
  public boolean supportsParameter(MethodParameter parameter) {
    return parameter.getParameterType() == Actor.class;
  }

  @Override
  public Actor resolveArgument(
      MethodParameter parameter,
      ModelAndViewContainer container,
      NativeWebRequest request,
      WebDataBinderFactory binders) {
    return of(Caller.current().orElseThrow(), logins);
  }

  public static Actor of(Caller caller, MemberLogins logins) {
    return new Actor(
        caller.subject(),
        logins.memberActingAs(caller.subject()).orElse(null),
        caller.isStaff() ? Set.copyOf(caller.societyIds()) : Set.of());
  }
}
