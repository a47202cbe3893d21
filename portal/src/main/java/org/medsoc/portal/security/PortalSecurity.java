package org.medsoc.portal.security;

import jakarta.servlet.http.HttpServletResponse;
import org.medsoc.portal.PortalProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Sign-in by the authorization code flow with PKCE, as a confidential client; the tokens stay in
 * the person's server-side session and never reach the browser. Every form carries a CSRF token;
 * the pages load only what the portal serves. Signing out ends the issuer's session too (OpenID
 * Connect RP-initiated logout).
 */
@Configuration(proxyBeanMethods = false)
public class PortalSecurity {

  private static final org.slf4j.Logger log =
      org.slf4j.LoggerFactory.getLogger(PortalSecurity.class);

  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none';"
          + " form-action 'self' %s";

  @Bean
  SecurityFilterChain portal(
      HttpSecurity http, ClientRegistrationRepository registrations, PortalProperties properties)
      throws Exception {
    DefaultOAuth2AuthorizationRequestResolver pkce =
        new DefaultOAuth2AuthorizationRequestResolver(registrations, "/oauth2/authorization");
    pkce.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
    OidcClientInitiatedLogoutSuccessHandler signedOut =
        new OidcClientInitiatedLogoutSuccessHandler(registrations);
    signedOut.setPostLogoutRedirectUri("{baseUrl}/");
    http.authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers(
                        "/actuator/health",
                        "/actuator/health/**",
                        "/webjars/**",
                        "/portal.css",
                        "/portal.js",
                        "/problems/**",
                        "/error")
                    .permitAll()
                    .anyRequest()
                    .authenticated())
        .oauth2Login(
            login ->
                login
                    .loginPage("/oauth2/authorization/medsoc")
                    // A failed sign-in says so instead of starting another one.
                    .failureHandler(
                        (request, response, failure) -> {
                          log.warn("Sign-in failed: {}", failure.getMessage());
                          response.sendRedirect(
                              request.getContextPath() + "/problems/sign-in-failed");
                        })
                    .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(pkce)))
        .logout(logout -> logout.logoutSuccessHandler(signedOut))
        .exceptionHandling(
            errors ->
                errors.accessDeniedHandler(
                    (request, response, denied) -> {
                      // A form without a valid CSRF token: a forged post, or a page left open
                      // past the end of its session. Nothing was done either way.
                      String page = denied instanceof CsrfException ? "stale-form" : "not-allowed";
                      response.setStatus(HttpServletResponse.SC_FORBIDDEN);
                      request.getRequestDispatcher("/problems/" + page).forward(request, response);
                    }))
        .headers(
            headers ->
                headers
                    .contentSecurityPolicy(
                        csp ->
                            csp.policyDirectives(
                                CONTENT_SECURITY_POLICY.formatted(properties.identityProvider())))
                    .referrerPolicy(
                        referrer ->
                            referrer.policy(
                                ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
    return http.build();
  }

  /** Tokens live in the session, which lives in PostgreSQL: every portal instance sees them. */
  @Bean
  OAuth2AuthorizedClientRepository authorizedClients() {
    return new HttpSessionOAuth2AuthorizedClientRepository();
  }

  /** Gives the person's access token to each service call, refreshing it when it has expired. */
  @Bean
  OAuth2AuthorizedClientManager authorizedClientManager(
      ClientRegistrationRepository registrations, OAuth2AuthorizedClientRepository clients) {
    DefaultOAuth2AuthorizedClientManager manager =
        new DefaultOAuth2AuthorizedClientManager(registrations, clients);
    manager.setAuthorizedClientProvider(
        OAuth2AuthorizedClientProviderBuilder.builder().authorizationCode().refreshToken().build());
    return manager;
  }
}
