package org.medsoc.identity.account;

import java.time.Instant;
import java.util.List;

/**
 * Who may sign in and what their tokens say. The id is the tokens' subject and never changes.
 *
 * @param kind PERSON (email and password) or CLIENT (a machine client)
 */
public record Account(
    String accountId,
    String kind,
    String email,
    String displayName,
    String passwordHash,
    boolean emailVerified,
    List<String> roles,
    List<String> societyIds,
    int failedSignIns,
    Instant lockedUntil) {

  public static final String PERSON = "PERSON";
  public static final String CLIENT = "CLIENT";

  public boolean lockedAt(Instant now) {
    return lockedUntil != null && lockedUntil.isAfter(now);
  }

  public boolean hasPassword() {
    return passwordHash != null;
  }
}
