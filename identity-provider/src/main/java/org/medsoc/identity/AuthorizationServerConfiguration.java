package org.medsoc.identity;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.util.List;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Spring Authorization Server with one OAuth client per demo persona (client credentials grant), so
 * that a curl command gets a token that acts as that persona. Tokens are JWTs signed with the
 * development key and carry the claims the services read: {@code roles}, {@code society_ids},
 * {@code committee_ids}, and the platform audience.
 */
@Configuration(proxyBeanMethods = false)
public class AuthorizationServerConfiguration {

  static final String PERSONA_SETTING = "medsoc.persona";

  @Bean
  @Order(1)
  SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
    OAuth2AuthorizationServerConfigurer server =
        OAuth2AuthorizationServerConfigurer.authorizationServer();
    http.securityMatcher(server.getEndpointsMatcher())
        .with(server, configurer -> configurer.oidc(Customizer.withDefaults()))
        .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
        .csrf(csrf -> csrf.ignoringRequestMatchers(server.getEndpointsMatcher()));
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain everythingElse(HttpSecurity http) throws Exception {
    http.authorizeHttpRequests(
        requests ->
            requests.requestMatchers("/health", "/error").permitAll().anyRequest().denyAll());
    return http.build();
  }

  @Bean
  DevelopmentKeys developmentKeys(IdentityProperties properties) {
    return new DevelopmentKeys(properties.home());
  }

  @Bean
  JWKSource<SecurityContext> jwkSource(DevelopmentKeys keys) {
    return new ImmutableJWKSet<>(new JWKSet(keys.signingKey()));
  }

  /** Needed by the OpenID Connect user-info endpoint. */
  @Bean
  JwtDecoder jwtDecoder(JWKSource<SecurityContext> jwkSource) {
    return OAuth2AuthorizationServerConfiguration.jwtDecoder(jwkSource);
  }

  @Bean
  AuthorizationServerSettings authorizationServerSettings(IdentityProperties properties) {
    return AuthorizationServerSettings.builder().issuer(properties.issuer()).build();
  }

  /** A repository tests may add personas to at run time (it is in memory and mutable). */
  @Bean
  RegisteredClientRepository registeredClients(
      IdentityProperties properties, DevelopmentKeys keys) {
    List<RegisteredClient> clients =
        properties.allPersonas().stream()
            .map(persona -> client(persona, keys.secretOf(persona.subject()), properties))
            .toList();
    return new InMemoryRegisteredClientRepository(clients);
  }

  public static RegisteredClient client(
      IdentityProperties.Persona persona, String secret, IdentityProperties properties) {
    return RegisteredClient.withId(UUID.randomUUID().toString())
        .clientId(persona.subject())
        .clientSecret("{noop}" + secret)
        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
        .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
        .clientSettings(ClientSettings.builder().setting(PERSONA_SETTING, persona).build())
        .tokenSettings(
            TokenSettings.builder().accessTokenTimeToLive(properties.tokenLifetime()).build())
        .build();
  }

  @Bean
  OAuth2TokenCustomizer<JwtEncodingContext> personaClaims(IdentityProperties properties) {
    return context -> {
      if (OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
        // RFC 9068: an access token says so in its header, so no ID token passes for one.
        context.getJwsHeader().type("at+jwt");
      }
      IdentityProperties.Persona persona =
          context.getRegisteredClient().getClientSettings().getSetting(PERSONA_SETTING);
      if (persona == null) {
        return;
      }
      context
          .getClaims()
          .audience(List.of(properties.audience()))
          .claim("roles", persona.roles())
          .claim("society_ids", persona.societyIds())
          .claim("committee_ids", persona.committeeIds());
    };
  }
}
