package org.medsoc.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.medsoc.notification.obligation.Kind;

/** Every kind has its words in the bundle a society translates: subject, body and its name. */
class MailWordsTest {

  @Test
  void every_kind_has_a_subject_a_body_and_a_name() throws Exception {
    Properties bundle = new Properties();
    try (InputStream in = getClass().getResourceAsStream("/notification-messages.properties")) {
      bundle.load(in);
    }
    List<String> missing = new ArrayList<>();
    for (Kind kind : Kind.values()) {
      for (String key :
          List.of("mail." + kind + ".subject", "mail." + kind + ".body", "kind." + kind)) {
        if (bundle.getProperty(key, "").isBlank()) {
          missing.add(key);
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void the_french_bundle_says_all_the_english_one_says() throws Exception {
    Properties english = load("/notification-messages.properties");
    Properties french = load("/notification-messages_fr.properties");
    assertThat(french.stringPropertyNames())
        .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
  }

  private Properties load(String resource) throws Exception {
    Properties bundle = new Properties();
    try (InputStream in = getClass().getResourceAsStream(resource)) {
      bundle.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    }
    return bundle;
  }
}
