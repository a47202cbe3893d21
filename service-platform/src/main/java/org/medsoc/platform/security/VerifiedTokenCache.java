package org.medsoc.platform.security;

import java.time.Clock;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Remembers tokens already verified, until they expire. A portal sends the same token with many
 * requests, and checking its RSA signature each time was half of a service's CPU under load. The
 * same token string cannot carry another signature, so a remembered verification says what a new
 * one would, except for a key withdrawn before the token expires (tokens live minutes).
 */
final class VerifiedTokenCache implements JwtDecoder {

  private final JwtDecoder delegate;
  private final Clock clock;
  private final Map<String, Jwt> verified;

  VerifiedTokenCache(JwtDecoder delegate, int capacity, Clock clock) {
    this.delegate = delegate;
    this.clock = clock;
    this.verified =
        Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, true) {
              @Override
              protected boolean removeEldestEntry(Map.Entry<String, Jwt> eldest) {
                return size() > capacity;
              }
            });
  }

  @Override
  public Jwt decode(String token) throws JwtException {
    Jwt known = verified.get(token);
    if (known != null
        && known.getExpiresAt() != null
        && clock.instant().isBefore(known.getExpiresAt())) {
      return known;
    }
    Jwt jwt = delegate.decode(token);
    if (jwt.getExpiresAt() != null) {
      verified.put(token, jwt);
    }
    return jwt;
  }
}
