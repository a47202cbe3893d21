package org.medsoc.identity.account;

import java.util.Locale;
import java.util.Optional;

/**
 * A password is long rather than complicated (NIST SP 800-63B): at least 12 characters, at most
 * 128, and not the email address.
 */
public final class PasswordRule {

  public static final int MINIMUM = 12;
  public static final int MAXIMUM = 128;

  private PasswordRule() {}

  /** The message code of what is wrong with it, if anything. */
  public static Optional<String> problem(String password, String email) {
    if (password.length() < MINIMUM) {
      return Optional.of("password.error.short");
    }
    if (password.length() > MAXIMUM) {
      return Optional.of("password.error.long");
    }
    if (email != null
        && password.toLowerCase(Locale.ROOT).contains(email.toLowerCase(Locale.ROOT))) {
      return Optional.of("password.error.email");
    }
    return Optional.empty();
  }
}
