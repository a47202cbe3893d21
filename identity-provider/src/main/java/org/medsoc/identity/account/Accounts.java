package org.medsoc.identity.account;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** The accounts table. Email addresses are kept lower-cased, so one address is one account. */
@Repository
public class Accounts {

  private static final RowMapper<Account> ROW =
      (rs, i) ->
          new Account(
              rs.getString("account_id"),
              rs.getString("kind"),
              rs.getString("email"),
              rs.getString("display_name"),
              rs.getString("password_hash"),
              rs.getBoolean("email_verified"),
              strings(rs, "roles"),
              strings(rs, "society_ids"),
              rs.getInt("failed_sign_ins"),
              instant(rs.getTimestamp("locked_until")));

  private final JdbcTemplate jdbc;

  public Accounts(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public static String normalized(String email) {
    return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
  }

  public Optional<Account> byId(String accountId) {
    return jdbc.query("SELECT * FROM account WHERE account_id = ?", ROW, accountId).stream()
        .findFirst();
  }

  public Optional<Account> byEmail(String email) {
    return jdbc.query("SELECT * FROM account WHERE email = ?", ROW, normalized(email)).stream()
        .findFirst();
  }

  /** Everyone, or those whose name or address contains the text, by name. */
  public List<Account> people(String text, int limit) {
    String pattern = "%" + (text == null ? "" : text.strip().toLowerCase(Locale.ROOT)) + "%";
    return jdbc.query(
        """
        SELECT * FROM account WHERE kind = 'PERSON'
          AND (lower(display_name) LIKE ? OR email LIKE ?)
        ORDER BY display_name, email LIMIT ?
        """,
        ROW,
        pattern,
        pattern,
        limit);
  }

  /**
   * A new person's account: a MEMBER until an administrator gives more.
   *
   * @param passwordHash null for an invited person, who sets one through the invitation's link
   */
  public Account createPerson(String email, String displayName, String passwordHash) {
    String id = UUID.randomUUID().toString();
    jdbc.update(
        """
        INSERT INTO account (account_id, kind, email, display_name, password_hash, roles)
        VALUES (?, 'PERSON', ?, ?, ?, ARRAY['MEMBER'])
        """,
        id,
        normalized(email),
        displayName.strip(),
        passwordHash);
    return byId(id).orElseThrow();
  }

  /** A machine client's account, created or brought in line with what it is given. */
  public void saveClient(String clientId, List<String> roles, List<String> societyIds) {
    jdbc.update(
        """
        INSERT INTO account (account_id, kind, display_name, roles, society_ids)
        VALUES (?, 'CLIENT', ?, ?, ?)
        ON CONFLICT (account_id) DO UPDATE
          SET roles = EXCLUDED.roles, society_ids = EXCLUDED.society_ids
        """,
        clientId,
        clientId,
        roles.toArray(String[]::new),
        societyIds.toArray(String[]::new));
  }

  /** A person of the demo society, with the password given, unless the address is taken. */
  public void saveDemoPerson(
      String email,
      String displayName,
      String passwordHash,
      List<String> roles,
      List<String> societyIds) {
    jdbc.update(
        """
        INSERT INTO account (account_id, kind, email, display_name, password_hash, email_verified,
                             roles, society_ids)
        VALUES (?, 'PERSON', ?, ?, ?, true, ?, ?)
        ON CONFLICT (email) DO NOTHING
        """,
        UUID.randomUUID().toString(),
        normalized(email),
        displayName,
        passwordHash,
        roles.toArray(String[]::new),
        societyIds.toArray(String[]::new));
  }

  public void setAccess(String accountId, List<String> roles, List<String> societyIds) {
    jdbc.update(
        "UPDATE account SET roles = ?, society_ids = ? WHERE account_id = ?",
        roles.toArray(String[]::new),
        societyIds.toArray(String[]::new),
        accountId);
  }

  public void setPassword(String accountId, String passwordHash) {
    jdbc.update(
        """
        UPDATE account SET password_hash = ?, failed_sign_ins = 0, locked_until = NULL
        WHERE account_id = ?
        """,
        passwordHash,
        accountId);
  }

  /**
   * Forgets a person's account: no address, no name, no password, no access, no sign-in links; the
   * id stays, so that what the person did keeps a subject (shown as erased).
   */
  public void forget(String accountId) {
    jdbc.update(
        """
        UPDATE account SET email = ?, display_name = '[erased]', password_hash = NULL,
            email_verified = false, roles = '{}', society_ids = '{}'
        WHERE account_id = ? AND kind = 'PERSON'
        """,
        accountId + "@erased.invalid",
        accountId);
    jdbc.update("DELETE FROM account_link WHERE account_id = ?", accountId);
    jdbc.update("DELETE FROM oauth2_authorization WHERE principal_name = ?", accountId);
  }

  public void markVerified(String accountId) {
    jdbc.update("UPDATE account SET email_verified = true WHERE account_id = ?", accountId);
  }

  /** One more failed sign-in; the one that reaches the limit locks the account for a while. */
  public void failedSignIn(String email, int attempts, Duration lock) {
    jdbc.update(
        """
        WITH counted AS (
          SELECT account_id,
                 CASE WHEN locked_until <= now() THEN 1 ELSE failed_sign_ins + 1 END AS failures
          FROM account WHERE email = ? AND kind = 'PERSON')
        UPDATE account a SET failed_sign_ins = c.failures,
          locked_until = CASE WHEN c.failures >= ? THEN ?::timestamptz ELSE NULL END
        FROM counted c WHERE a.account_id = c.account_id
        """,
        normalized(email),
        attempts,
        Timestamp.from(Instant.now().plus(lock)));
  }

  public void signedIn(String accountId) {
    jdbc.update(
        "UPDATE account SET failed_sign_ins = 0, locked_until = NULL WHERE account_id = ?",
        accountId);
  }

  private static List<String> strings(ResultSet rs, String column) throws SQLException {
    Array array = rs.getArray(column);
    return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
