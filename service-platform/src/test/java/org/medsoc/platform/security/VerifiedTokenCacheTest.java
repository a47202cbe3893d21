package org.medsoc.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

class VerifiedTokenCacheTest {

  private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

  private final List<String> verified = new ArrayList<>();
  private final JwtDecoder verifier =
      token -> {
        verified.add(token);
        if (token.startsWith("bad")) {
          throw new BadJwtException("bad signature");
        }
        return Jwt.withTokenValue(token)
            .header("alg", "RS256")
            .subject("someone")
            .issuedAt(NOW.minusSeconds(60))
            .expiresAt(NOW.plusSeconds(300))
            .build();
      };

  private VerifiedTokenCache cacheAt(Instant now, int capacity) {
    return new VerifiedTokenCache(verifier, capacity, Clock.fixed(now, ZoneOffset.UTC));
  }

  @Test
  void a_token_is_verified_once_while_it_lives() {
    VerifiedTokenCache cache = cacheAt(NOW, 10);
    Jwt first = cache.decode("token-a");
    Jwt again = cache.decode("token-a");
    assertThat(again).isSameAs(first);
    assertThat(verified).containsExactly("token-a");
  }

  @Test
  void an_expired_token_is_verified_again_and_so_refused_by_the_verifier() {
    VerifiedTokenCache cache =
        new VerifiedTokenCache(verifier, 10, Clock.fixed(NOW, ZoneOffset.UTC));
    cache.decode("token-a");
    VerifiedTokenCache later =
        new VerifiedTokenCache(verifier, 10, Clock.fixed(NOW.plusSeconds(301), ZoneOffset.UTC));
    later.decode("token-a");
    assertThat(verified).containsExactly("token-a", "token-a");
  }

  @Test
  void a_refused_token_is_never_remembered() {
    VerifiedTokenCache cache = cacheAt(NOW, 10);
    assertThatThrownBy(() -> cache.decode("bad-token")).isInstanceOf(BadJwtException.class);
    assertThatThrownBy(() -> cache.decode("bad-token")).isInstanceOf(BadJwtException.class);
    assertThat(verified).containsExactly("bad-token", "bad-token");
  }

  @Test
  void the_least_recently_used_token_leaves_a_full_cache() {
    VerifiedTokenCache cache = cacheAt(NOW, 2);
    cache.decode("a");
    cache.decode("b");
    cache.decode("a");
    cache.decode("c");
    cache.decode("a");
    cache.decode("b");
    assertThat(verified).containsExactly("a", "b", "c", "b");
  }
}
