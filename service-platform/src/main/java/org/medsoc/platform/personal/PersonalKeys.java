package org.medsoc.platform.personal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
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

  /** Counts keys made and destroyed, so a batch loaded meanwhile is not kept (see loadAll). */
  private final AtomicLong changes = new AtomicLong();

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
    changes.incrementAndGet();
    cache.invalidate(subject);
    return keyOf(subject);
  }

  /**
   * Loads into memory, in one query, the keys of these people it does not hold yet: a batch of
   * replayed events would otherwise ask for each person's key on its own. Should a key be made or
   * destroyed meanwhile, what was loaded is forgotten again, so nothing stale stays in memory.
   */
  public void loadAll(Collection<String> subjects) {
    List<String> missing =
        subjects.stream().distinct().filter(s -> cache.getIfPresent(s) == null).toList();
    if (missing.size() < 2) {
      return;
    }
    long seen = changes.get();
    Map<String, Optional<SecretKeySpec>> loaded = new HashMap<>();
    missing.forEach(subject -> loaded.put(subject, Optional.empty()));
    jdbc.query(
        "SELECT subject_id, wrapped_key FROM personal_key"
            + " WHERE subject_id = ANY (?) AND wrapped_key IS NOT NULL",
        rs -> {
          loaded.put(
              rs.getString(1),
              Optional.of(new SecretKeySpec(wrapping.unwrap(rs.getBytes(2)), "AES")));
        },
        (Object) missing.toArray(String[]::new));
    cache.putAll(loaded);
    if (changes.get() != seen) {
      cache.invalidateAll(loaded.keySet());
    }
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
    changes.incrementAndGet();
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
