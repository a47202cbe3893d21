package org.medsoc.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class ChainKeyTest {

  private static ChainKey key(char fill) {
    return ChainKey.of(
        Base64.getEncoder()
            .encodeToString(String.valueOf(fill).repeat(32).getBytes(StandardCharsets.US_ASCII)));
  }

  @Test
  void aSignatureIsTheKeysOverThatText() {
    ChainKey key = key('k');
    String signature = key.sign("member-service|120|4711|9f86d0");

    assertThat(key.signed("member-service|120|4711|9f86d0", signature)).isTrue();
    assertThat(key.signed("member-service|121|4711|9f86d0", signature)).isFalse();
  }

  @Test
  void anotherKeysSignatureIsNotAccepted() {
    String signature = key('a').sign("text");

    assertThat(key('b').signed("text", signature)).isFalse();
    assertThat(key('b').signed("text", null)).isFalse();
  }

  @Test
  void theKeyIsNamedWithoutBeingRevealed() {
    assertThat(key('k').keyId())
        .hasSize(16)
        .isEqualTo(key('k').keyId())
        .isNotEqualTo(key('j').keyId());
    assertThat(key('k').keyId()).doesNotContain("kkkk");
  }

  @Test
  void aShortKeyIsRefused() {
    assertThatThrownBy(() -> ChainKey.of(Base64.getEncoder().encodeToString(new byte[16])))
        .hasMessageContaining("at least 32 bytes");
  }

  @Test
  void withoutAKeyTheDevelopmentKeySeals() {
    assertThat(ChainKey.configured(null, null).keyId())
        .isEqualTo(ChainKey.of(ChainKey.DEVELOPMENT_KEY).keyId());
  }
}
