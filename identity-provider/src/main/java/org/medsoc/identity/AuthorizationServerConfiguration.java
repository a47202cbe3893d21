package org.medsoc.identity;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.medsoc.identity.account.Account;
import org.medsoc.identity.account.Accounts;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.JdbcRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * Spring Authorization Server on PostgreSQL. People sign in through the form and reach the portal
 * by the authorization code grant with PKCE; machine clients (scripts, the benchmark, tests) use
 * client credentials. Every token's claims come from the account of its subject: {@code roles},
 * {@code society_ids}, the email address and whether it is verified, and the platform audience.
 */
@Configuration(proxyBeanMethods = false)
public class AuthorizationServerConfiguration {

  public static final String PORTAL_CLIENT_ID = "portal";

  /** Pages served here may load only what this server serves. */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self' %s";

  @Bean
  @Order(1)
  SecurityFilterChain authorizationServer(HttpSecurity http, IdentityProperties properties)
      throws Exception {
    OAuth2AuthorizationServerConfigurer server =
        OAuth2AuthorizationServerConfigurer.authorizationServer();
    http.securityMatcher(server.getEndpointsMatcher())
        .with(server, configurer -> configurer.oidc(Customizer.withDefaults()))
        .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
        // The user-info endpoint takes the access token the portal got.
        .oauth2ResourceServer(resources -> resources.jwt(Customizer.withDefaults()))
        .exceptionHandling(
            errors ->
                errors.defaultAuthenticationEntryPointFor(
                    new LoginUrlAuthenticationEntryPoint("/login"),
                    new MediaTypeRequestMatcher(MediaType.TEXT_HTML)))
        .headers(headers -> pageHeaders(headers, properties))
        .csrf(csrf -> csrf.ignoringRequestMatchers(server.getEndpointsMatcher()));
    return http.build();
  }

  /** The accounts API the portal calls with a person's token (invitations, roles). */
  @Bean
  @Order(2)
  SecurityFilterChain accountsApiSecurity(HttpSecurity http) throws Exception {
    JwtAuthenticationConverter roles = new JwtAuthenticationConverter();
    roles.setJwtGrantedAuthoritiesConverter(
        jwt ->
            Optional.ofNullable(jwt.getClaimAsStringList("roles")).orElse(List.of()).stream()
                .<GrantedAuthority>map(SimpleGrantedAuthority::new)
                .toList());
    http.securityMatcher("/api/**")
        .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
        .oauth2ResourceServer(server -> server.jwt(jwt -> jwt.jwtAuthenticationConverter(roles)))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable());
    return http.build();
  }

  /** The sign-in form and the pages of a person's account. */
  @Bean
  @Order(3)
  SecurityFilterChain pageSecurity(HttpSecurity http, IdentityProperties properties)
      throws Exception {
    SimpleUrlAuthenticationFailureHandler failure =
        new SimpleUrlAuthenticationFailureHandler("/login?error") {
          @Override
          public void onAuthenticationFailure(
              jakarta.servlet.http.HttpServletRequest request,
              jakarta.servlet.http.HttpServletResponse response,
              org.springframework.security.core.AuthenticationException exception)
              throws java.io.IOException {
            getRedirectStrategy()
                .sendRedirect(
                    request,
                    response,
                    exception instanceof LockedException ? "/login?locked" : "/login?error");
          }
        };
    http.authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers(
                        "/health",
                        "/error",
                        "/login",
                        "/signup",
                        "/signed-up",
                        "/invitations/**",
                        "/verify/**",
                        "/webjars/**",
                        "/identity.css")
                    .permitAll()
                    .requestMatchers("/account/**")
                    .authenticated()
                    .anyRequest()
                    .denyAll())
        .formLogin(login -> login.loginPage("/login").failureHandler(failure))
        .headers(headers -> pageHeaders(headers, properties));
    return http.build();
  }

  private static void pageHeaders(
      org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity>
          headers,
      IdentityProperties properties) {
    headers
        .contentSecurityPolicy(
            csp ->
                csp.policyDirectives(CONTENT_SECURITY_POLICY.formatted(properties.portal().url())))
        .referrerPolicy(
            referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN));
  }

  @Bean
  PasswordEncoder passwordEncoder() {
    // bcrypt today; a stored hash names its encoder, so a stronger one can follow.
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  @Bean
  DevelopmentKeys developmentKeys(IdentityProperties properties) {
    return new DevelopmentKeys(properties.home(), properties.portal().clientSecret());
  }

  @Bean
  JWKSource<SecurityContext> jwkSource(DevelopmentKeys keys) {
    return new ImmutableJWKSet<>(new JWKSet(keys.signingKey()));
  }

  /**
   * For the user-info endpoint and the accounts API: this issuer's own access tokens, whose header
   * says {@code at+jwt} (a type the default decoder refuses).
   */
  @Bean
  JwtDecoder jwtDecoder(JWKSource<SecurityContext> jwkSource) {
    var processor = new com.nimbusds.jwt.proc.DefaultJWTProcessor<SecurityContext>();
    processor.setJWSKeySelector(
        new com.nimbusds.jose.proc.JWSVerificationKeySelector<>(
            com.nimbusds.jose.JWSAlgorithm.RS256, jwkSource));
    processor.setJWSTypeVerifier(
        new com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier<>(
            new com.nimbusds.jose.JOSEObjectType("at+jwt"),
            com.nimbusds.jose.JOSEObjectType.JWT,
            null));
    // The claims are checked by the decoder's own validators (expiry), not by the processor.
    processor.setJWTClaimsSetVerifier((claims, context) -> {});
    return new NimbusJwtDecoder(processor);
  }

  @Bean
  AuthorizationServerSettings authorizationServerSettings(IdentityProperties properties) {
    return AuthorizationServerSettings.builder().issuer(properties.issuer()).build();
  }

  @Bean
  RegisteredClientRepository registeredClients(JdbcTemplate jdbc) {
    return new JdbcRegisteredClientRepository(jdbc);
  }

  @Bean
  OAuth2AuthorizationService authorizations(JdbcTemplate jdbc, RegisteredClientRepository clients) {
    return new JdbcOAuth2AuthorizationService(jdbc, clients);
  }

  @Bean
  OAuth2AuthorizationConsentService consents(
      JdbcTemplate jdbc, RegisteredClientRepository clients) {
    return new JdbcOAuth2AuthorizationConsentService(jdbc, clients);
  }

  /** The portal: a confidential client, code flow with PKCE, refresh tokens, no consent screen. */
  public static RegisteredClient portalClient(String secretHash, IdentityProperties properties) {
    String portal = properties.portal().url();
    return RegisteredClient.withId(PORTAL_CLIENT_ID)
        .clientId(PORTAL_CLIENT_ID)
        .clientName("Portal")
        .clientSecret(secretHash)
        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
        .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
        .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
        .redirectUri(portal + "/login/oauth2/code/medsoc")
        .postLogoutRedirectUri(portal + "/")
        .scopes(scopes -> scopes.addAll(Set.of(OidcScopes.OPENID, OidcScopes.PROFILE, "email")))
        .clientSettings(
            ClientSettings.builder()
                .requireProofKey(true)
                .requireAuthorizationConsent(false)
                .build())
        .tokenSettings(
            TokenSettings.builder()
                .accessTokenTimeToLive(properties.tokenLifetime())
                .refreshTokenTimeToLive(Duration.ofHours(12))
                .reuseRefreshTokens(false)
                .build())
        .build();
  }

  /** A machine client: client credentials, its roles on its account. */
  public static RegisteredClient machineClient(
      String clientId, String secretHash, IdentityProperties properties) {
    return RegisteredClient.withId(clientId)
        .clientId(clientId)
        .clientName(clientId)
        .clientSecret(secretHash)
        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
        .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
        .tokenSettings(
            TokenSettings.builder().accessTokenTimeToLive(properties.tokenLifetime()).build())
        .build();
  }

  @Bean
  OAuth2TokenCustomizer<JwtEncodingContext> accountClaims(
      IdentityProperties properties, Accounts accounts) {
    return context -> {
      boolean accessToken = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType());
      if (accessToken) {
        // RFC 9068: an access token says so in its header, so no ID token passes for one.
        context.getJwsHeader().type("at+jwt");
      }
      Optional<Account> account = accounts.byId(context.getPrincipal().getName());
      if (account.isEmpty()) {
        return;
      }
      Account of = account.get();
      var claims = context.getClaims();
      if (accessToken) {
        claims.audience(new ArrayList<>(List.of(properties.audience())));
      }
      // Plain lists: the stored authorization is read back through Jackson's allowlist.
      claims
          .claim("roles", new ArrayList<>(of.roles()))
          .claim("society_ids", new ArrayList<>(of.societyIds()));
      if (of.email() != null) {
        claims.claims(
            c ->
                c.putAll(
                    Map.of(
                        "email", of.email(),
                        "email_verified", of.emailVerified(),
                        "name", of.displayName())));
      }
    };
  }
}
