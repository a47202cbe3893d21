package org.medsoc.identity.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time links for a person: an invitation to set a password, a request to verify an address. The
 * secret is in the link only; the table keeps its hash, and a link works once and not after it
 * expires.
 */
@Component
public class AccountLinks {

  public enum Purpose {
    INVITATION(Duration.ofDays(14)),
    EMAIL_VERIFICATION(Duration.ofDays(2));

    final Duration validFor;

    Purpose(Duration validFor) {
      this.validFor = validFor;
    }
  }

  private final SecureRandom random = new SecureRandom();
  private final JdbcTemplate jdbc;

  public AccountLinks(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** A new link's secret; any earlier link of the same purpose stops working. */
  @Transactional
  public String issue(String accountId, Purpose purpose, String createdBy) {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    jdbc.update(
        """
        UPDATE account_link SET used_at = now()
        WHERE account_id = ? AND purpose = ? AND used_at IS NULL
        """,
        accountId,
        purpose.name());
    jdbc.update(
        """
        INSERT INTO account_link (secret_hash, account_id, purpose, created_by, expires_at)
        VALUES (?, ?, ?, ?, ?)
        """,
        hash(secret),
        accountId,
        purpose.name(),
        createdBy,
        Timestamp.from(Instant.now().plus(purpose.validFor)));
    return secret;
  }

  /** The account a still valid link is for, without using it up. */
  public Optional<String> accountOf(String secret, Purpose purpose) {
    return jdbc
        .queryForList(
            """
            SELECT account_id FROM account_link
            WHERE secret_hash = ? AND purpose = ? AND used_at IS NULL AND expires_at > now()
            """,
            String.class,
            hash(secret),
            purpose.name())
        .stream()
        .findFirst();
  }

  /** Uses the link up; the account it was for, if it was still valid. */
  @Transactional
  public Optional<String> use(String secret, Purpose purpose) {
    return jdbc
        .queryForList(
            """
            UPDATE account_link SET used_at = now()
            WHERE secret_hash = ? AND purpose = ? AND used_at IS NULL AND expires_at > now()
            RETURNING account_id
            """,
            String.class,
            hash(secret),
            purpose.name())
        .stream()
        .findFirst();
  }

  private static String hash(String secret) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
