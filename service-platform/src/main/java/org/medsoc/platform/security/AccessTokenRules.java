package org.medsoc.platform.security;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtTypeValidator;

/**
 * What a bearer token must be to open any endpoint: signed by the issuer (checked by the decoder),
 * from that issuer, for the platform's audience, within its lifetime, with an expiry at all (a
 * token without one would be good for ever), and an access token: one whose header says so where
 * the issuer sets it, and never an ID token, even one issued for the platform's audience.
 */
final class AccessTokenRules {

  /** Claims only an OpenID Connect ID token carries (Keycloak also marks it {@code typ: ID}). */
  private static final List<String> ID_TOKEN_CLAIMS = List.of("at_hash", "c_hash", "nonce");

  private AccessTokenRules() {}

  static OAuth2TokenValidator<Jwt> of(SecurityProperties properties) {
    List<OAuth2TokenValidator<Jwt>> rules = new ArrayList<>();
    rules.add(new JwtClaimValidator<Instant>(JwtClaimNames.EXP, Objects::nonNull));
    rules.add(new JwtTimestampValidator(properties.clockSkew()));
    rules.add(new JwtIssuerValidator(properties.issuerUri()));
    rules.add(
        jwt ->
            jwt.getAudience() != null && jwt.getAudience().contains(properties.audience())
                ? OAuth2TokenValidatorResult.success()
                : refused("wrong audience"));
    if (!properties.accessTokenTypes().isEmpty()) {
      JwtTypeValidator type = new JwtTypeValidator(properties.accessTokenTypes());
      type.setAllowEmpty(false);
      rules.add(type);
    }
    rules.add(AccessTokenRules::notAnIdToken);
    return new DelegatingOAuth2TokenValidator<>(rules);
  }

  private static OAuth2TokenValidatorResult notAnIdToken(Jwt jwt) {
    boolean idToken =
        ID_TOKEN_CLAIMS.stream().anyMatch(jwt::hasClaim)
            || "ID".equalsIgnoreCase(jwt.getClaimAsString("typ"));
    return idToken
        ? refused("an ID token is not an access token")
        : OAuth2TokenValidatorResult.success();
  }

  private static OAuth2TokenValidatorResult refused(String reason) {
    return OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", reason, null));
  }
}
