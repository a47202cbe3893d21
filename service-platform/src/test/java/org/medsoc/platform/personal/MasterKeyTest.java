package org.medsoc.platform.personal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MasterKeyTest {

  private static final byte[] PERSON_KEY =
      "a person's 32-byte AES key here!".getBytes(StandardCharsets.US_ASCII);

  private static String base64Key(char fill) {
    return Base64.getEncoder()
        .encodeToString(String.valueOf(fill).repeat(32).getBytes(StandardCharsets.US_ASCII));
  }

  @Test
  void aWrappedKeyOpensWithTheSameMasterKey() {
    MasterKey master = MasterKey.configured(base64Key('m'), null);

    assertThat(master.unwrap(master.wrap(PERSON_KEY))).isEqualTo(PERSON_KEY);
  }

  @Test
  void wrappingTwiceNeverGivesTheSameBytes() {
    MasterKey master = MasterKey.configured(base64Key('m'), null);

    assertThat(master.wrap(PERSON_KEY)).isNotEqualTo(master.wrap(PERSON_KEY));
  }

  @Test
  void aKeyWrappedWithAnotherMasterKeyDoesNotOpen() {
    byte[] wrapped = MasterKey.configured(base64Key('a'), null).wrap(PERSON_KEY);

    assertThatThrownBy(() -> MasterKey.configured(base64Key('b'), null).unwrap(wrapped))
        .hasMessageContaining("does not open with this master key");
  }

  @Test
  void aWrappedKeyChangedByOneBitDoesNotOpen() {
    MasterKey master = MasterKey.configured(base64Key('m'), null);
    byte[] wrapped = master.wrap(PERSON_KEY);
    wrapped[wrapped.length - 1] ^= 1;

    assertThatThrownBy(() -> master.unwrap(wrapped)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void theMasterKeyIsReadFromAFileWhenNotGivenInline(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("master.key");
    Files.writeString(file, base64Key('f') + "\n");
    byte[] wrapped = MasterKey.configured(null, file.toString()).wrap(PERSON_KEY);

    assertThat(MasterKey.configured(base64Key('f'), null).unwrap(wrapped)).isEqualTo(PERSON_KEY);
  }

  @Test
  void aMasterKeyHoldsThirtyTwoBytes() {
    assertThatThrownBy(
            () -> MasterKey.configured(Base64.getEncoder().encodeToString(new byte[16]), null))
        .hasMessageContaining("32 bytes");
  }
}
