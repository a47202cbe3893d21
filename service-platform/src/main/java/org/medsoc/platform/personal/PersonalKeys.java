package org.medsoc.platform.personal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Optional;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each person's key, wrapped in {@code personal_key} and unwrapped into a cache. A key is made in a
 * transaction of its own, so a key in the cache is always the one stored, whatever becomes of the
 * command that needed it. Erasure empties the stored key; another instance of the service stops
 * reading the person's data when its cached copy expires ({@link #CACHED_FOR}).
 */
public class PersonalKeys {

  /** How long an unwrapped key is kept in memory. */
  public static final Duration CACHED_FOR = Duration.ofMinutes(5);

  private static final SecureRandom RANDOM = new SecureRandom();

  private final JdbcTemplate jdbc;
  private final KeyWrapping wrapping;
  private final TransactionTemplate ownTransaction;
  private final Cache<String, Optional<SecretKeySpec>> cache =
      Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(CACHED_FOR).build();

  public PersonalKeys(
      JdbcTemplate jdbc, KeyWrapping wrapping, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.wrapping = wrapping;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** The person's key, made on first need; empty once they are erased. */
  public Optional<SecretKeySpec> keyFor(String subject) {
    Optional<SecretKeySpec> known = keyOf(subject);
    if (known.isPresent() || isErased(subject)) {
      return known;
    }
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    ownTransaction.executeWithoutResult(
        status ->
            jdbc.update(
                "INSERT INTO personal_key (subject_id, wrapped_key) VALUES (?, ?)"
                    + " ON CONFLICT (subject_id) DO NOTHING",
                subject,
                wrapping.wrap(secret)));
    cache.invalidate(subject);
    return keyOf(subject);
  }

  /** The person's key as stored: empty when they have none or were erased. */
  public Optional<SecretKeySpec> keyOf(String subject) {
    return cache.get(subject, this::load);
  }

  /** Destroys the person's key; true when there was one to destroy. */
  public boolean erase(String subject) {
    int erased =
        jdbc.update(
            "INSERT INTO personal_key (subject_id, wrapped_key, erased_at) VALUES (?, NULL, now())"
                + " ON CONFLICT (subject_id) DO UPDATE SET wrapped_key = NULL,"
                + " erased_at = coalesce(personal_key.erased_at, now())",
            subject);
    cache.invalidate(subject);
    return erased > 0;
  }

  public boolean isErased(String subject) {
    return Boolean.TRUE.equals(
        jdbc.query(
            "SELECT erased_at IS NOT NULL FROM personal_key WHERE subject_id = ?",
            rs -> rs.next() ? rs.getBoolean(1) : false,
            subject));
  }

  private Optional<SecretKeySpec> load(String subject) {
    return jdbc
        .query(
            "SELECT wrapped_key FROM personal_key WHERE subject_id = ? AND wrapped_key IS NOT NULL",
            (rs, i) -> rs.getBytes(1),
            subject)
        .stream()
        .findFirst()
        .map(wrapped -> new SecretKeySpec(wrapping.unwrap(wrapped), "AES"));
  }
}
