package org.medsoc.platform.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.medsoc.kernel.input.Limits;

class TextInputTest {

  @Test
  void tabsNewlinesAndAnyScriptAreText() {
    assertThat(TextInput.refusal("Ünïcødé 皮膚科 🩺\tline\nnext")).isEmpty();
  }

  @Test
  void aControlCharacterIsRefusedByItsCodePoint() {
    assertThat(TextInput.refusal("bell\u0007"))
        .contains("must not contain control characters (found U+0007)");
  }

  @Test
  void halfASurrogatePairIsRefused() {
    assertThat(TextInput.refusal("\uD83E")).contains("must not contain half of a surrogate pair");
    assertThat(TextInput.refusal("x\uDE7Ax")).contains("must not contain half of a surrogate pair");
  }

  @Test
  void noTextIsLongerThanALetter() {
    assertThat(TextInput.refusal("a".repeat(Limits.LETTER))).isEmpty();
    assertThat(TextInput.refusal("a".repeat(Limits.LETTER + 1))).isPresent();
  }

  @Test
  void aTextAreasLineBreaksBecomeNewlines() {
    assertThat(TextInput.normalized("one\r\ntwo")).isEqualTo("one\ntwo");
  }

  @Test
  void aDateIsBetween1900And2199() {
    assertThat(TextInput.refusal(LocalDate.of(1900, 1, 1))).isEmpty();
    assertThat(TextInput.refusal(LocalDate.of(1899, 12, 31))).isPresent();
    assertThat(TextInput.refusal(LocalDate.of(2200, 1, 1))).isPresent();
  }
}
