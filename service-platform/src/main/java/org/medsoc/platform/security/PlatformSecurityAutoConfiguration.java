package org.medsoc.platform.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.catalina.core.StandardHost;
import org.medsoc.kernel.messaging.ActingPrincipal;
import org.medsoc.platform.axon.ActingPrincipalResolver;
import org.medsoc.platform.config.PlatformAutoConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.convert.converter.Converter;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.MappedJwtClaimSetConverter;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Every service is an OAuth2 resource server: it accepts JWTs from the configured OpenID Connect
 * issuer (the development issuer locally, a society's own single sign-on in production), checks
 * signature, issuer, audience and lifetime, and applies the service's {@link AccessRules}. Health
 * and the OpenAPI document are public; everything not matched by a rule is denied.
 */
@AutoConfiguration(before = PlatformAutoConfiguration.class)
@EnableWebSecurity
@EnableConfigurationProperties(SecurityProperties.class)
public class PlatformSecurityAutoConfiguration {

  @Bean
  public SecurityFilterChain platformSecurity(HttpSecurity http, List<AccessRules> services)
      throws Exception {
    http.csrf(csrf -> csrf.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .authorizeHttpRequests(
            rules -> {
              rules
                  .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
                  .permitAll()
                  .requestMatchers("/v3/api-docs", "/v3/api-docs/**")
                  .permitAll()
                  .requestMatchers("/error")
                  .permitAll();
              services.forEach(service -> service.declare(rules));
              // Metrics and the like are the platform's, not a society's.
              rules
                  .requestMatchers("/actuator/**")
                  .access(Access.anyOf(Access.platformStaff(), Access.anyRole(Caller.MONITOR)));
              rules.anyRequest().denyAll();
            })
        .oauth2ResourceServer(
            server ->
                server
                    .jwt(jwt -> jwt.jwtAuthenticationConverter(rolesAsAuthorities()))
                    .authenticationEntryPoint(
                        (request, response, e) -> {
                          response.setHeader("WWW-Authenticate", "Bearer");
                          ProblemResponses.write(
                              response,
                              HttpStatus.UNAUTHORIZED,
                              "A valid bearer token is required",
                              "missing, expired or invalid token");
                        }))
        .exceptionHandling(
            errors ->
                errors
                    .authenticationEntryPoint(
                        (request, response, e) -> {
                          response.setHeader("WWW-Authenticate", "Bearer");
                          ProblemResponses.write(
                              response,
                              HttpStatus.UNAUTHORIZED,
                              "A valid bearer token is required",
                              "missing, expired or invalid token");
                        })
                    .accessDeniedHandler(
                        (request, response, e) ->
                            ProblemResponses.write(
                                response,
                                HttpStatus.FORBIDDEN,
                                "You may not do this",
                                "not permitted for this caller")));
    return http.build();
  }

  /**
   * Requests are observed once, as a whole (their metrics and traces by Spring MVC), not once more
   * for each of the security chain's dozen filters: that cost as much of a request's processor time
   * as the command it carried (about a tenth of the service's, measured while registration opens).
   */
  @Bean
  public org.springframework.security.config.observation.SecurityObservationSettings
      securityObservations() {
    return org.springframework.security.config.observation.SecurityObservationSettings
        .withDefaults()
        .shouldObserveRequests(false)
        .build();
  }

  /**
   * Signature (keys from the issuer's JWK set, found by OpenID Connect discovery unless a JWK set
   * URI is configured), issuer, audience, and lifetime. Resolved on the first token, so a service
   * starts even while the issuer is still starting. A token verified once is remembered until it
   * expires.
   */
  @Bean
  public JwtDecoder jwtDecoder(SecurityProperties properties) {
    return new VerifiedTokenCache(
        new SupplierJwtDecoder(() -> decoder(properties)), 10_000, java.time.Clock.systemUTC());
  }

  private static JwtDecoder decoder(SecurityProperties properties) {
    NimbusJwtDecoder decoder =
        (properties.jwkSetUri() == null || properties.jwkSetUri().isBlank()
                ? NimbusJwtDecoder.withIssuerLocation(properties.issuerUri())
                : NimbusJwtDecoder.withJwkSetUri(properties.jwkSetUri()))
            .validateType(false)
            .build();
    decoder.setJwtValidator(AccessTokenRules.of(properties));
    decoder.setClaimSetConverter(claimNames(properties));
    return decoder;
  }

  /**
   * A society's SSO may carry roles and societies in claims of its own naming; they are read under
   * the platform's names, so nothing else needs to know.
   */
  private static Converter<Map<String, Object>, Map<String, Object>> claimNames(
      SecurityProperties properties) {
    MappedJwtClaimSetConverter defaults = MappedJwtClaimSetConverter.withDefaults(Map.of());
    return claims -> {
      Map<String, Object> converted = new HashMap<>(defaults.convert(claims));
      converted.remove(Caller.ROLES_CLAIM);
      converted.remove(Caller.SOCIETIES_CLAIM);
      if (claims.get(properties.rolesClaim()) != null) {
        converted.put(Caller.ROLES_CLAIM, claims.get(properties.rolesClaim()));
      }
      if (claims.get(properties.societiesClaim()) != null) {
        converted.put(Caller.SOCIETIES_CLAIM, claims.get(properties.societiesClaim()));
      }
      return converted;
    };
  }

  /** The token's {@code roles} claim becomes the caller's authorities (ROLE_STAFF, …). */
  private static JwtAuthenticationConverter rolesAsAuthorities() {
    JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
    converter.setJwtGrantedAuthoritiesConverter(PlatformSecurityAutoConfiguration::authorities);
    return converter;
  }

  private static Collection<GrantedAuthority> authorities(Jwt jwt) {
    List<GrantedAuthority> authorities = new ArrayList<>();
    for (String role : Caller.fromJwt(jwt).roles()) {
      authorities.add(new SimpleGrantedAuthority("ROLE_" + role));
    }
    return authorities;
  }

  /**
   * The acting principal recorded with every command: the token's subject and roles, or the service
   * itself when no request is in progress (a Kafka listener, a scheduled task).
   */
  @Bean
  public ActingPrincipalResolver actingPrincipalResolver(
      @Value("${spring.application.name}") String service) {
    return () ->
        Caller.current()
            .map(caller -> new ActingPrincipal(caller.subject(), caller.roles()))
            .orElse(ActingPrincipal.system(service));
  }

  @Bean
  public FilterRegistrationBean<RequestSizeLimit> requestSizeLimit(SecurityProperties properties) {
    FilterRegistrationBean<RequestSizeLimit> registration =
        new FilterRegistrationBean<>(
            new RequestSizeLimit(
                properties.maxBodySize().toBytes(), properties.maxUploadSize().toBytes()));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  @Bean
  public FilterRegistrationBean<RequestTextFilter> requestTextFilter() {
    FilterRegistrationBean<RequestTextFilter> registration =
        new FilterRegistrationBean<>(new RequestTextFilter());
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
    return registration;
  }

  /** What Spring Security's firewall refuses (a double slash, a semicolon) as problem+json. */
  @Bean
  public RequestRejectedHandler requestRejectedHandler() {
    return (request, response, e) -> {
      org.slf4j.LoggerFactory.getLogger(RequestRejectedHandler.class)
          .info("Refused {} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
      ProblemResponses.write(
          response,
          HttpStatus.BAD_REQUEST,
          "The request's path is not acceptable",
          "path",
          "refused by the firewall");
    };
  }

  /** And what Tomcat refuses before any filter runs. */
  @Bean
  public WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemJsonFromTomcat() {
    return factory ->
        factory.addContextCustomizers(
            context -> {
              if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemJsonErrorReportValve.class.getName());
              }
            });
  }

  @Bean
  public FilterRegistrationBean<OutageFilter> outageFilter() {
    FilterRegistrationBean<OutageFilter> registration =
        new FilterRegistrationBean<>(new OutageFilter());
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
    return registration;
  }
}
