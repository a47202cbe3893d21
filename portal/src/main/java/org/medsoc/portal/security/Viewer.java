package org.medsoc.portal.security;

import java.util.List;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The person signed in, as their ID token says: what the portal shows them and which home is
 * theirs. The services decide what each may do; the portal only chooses what to offer.
 */
public record Viewer(
    String subject,
    String name,
    String email,
    boolean emailVerified,
    List<String> roles,
    List<String> societyIds) {

  public static final String STAFF = "STAFF";
  public static final String MEMBER = "MEMBER";
  public static final String AUDITOR = "AUDITOR";
  public static final String PLATFORM_ADMIN = "PLATFORM_ADMIN";

  public static Optional<Viewer> of(Authentication authentication) {
    if (authentication != null && authentication.getPrincipal() instanceof OidcUser user) {
      return Optional.of(
          new Viewer(
              user.getSubject(),
              user.getFullName() != null ? user.getFullName() : user.getEmail(),
              user.getEmail(),
              Boolean.TRUE.equals(user.getEmailVerified()),
              strings(user, "roles"),
              strings(user, "society_ids")));
    }
    return Optional.empty();
  }

  public boolean isStaff() {
    return roles.contains(STAFF);
  }

  public boolean isMember() {
    return roles.contains(MEMBER);
  }

  public boolean isAuditor() {
    return roles.contains(AUDITOR);
  }

  public boolean isPlatformAdmin() {
    return roles.contains(PLATFORM_ADMIN);
  }

  /** Staff of every society. */
  public boolean worksForAll() {
    return isStaff() && societyIds.contains("*");
  }

  private static List<String> strings(OidcUser user, String claim) {
    List<String> values = user.getClaimAsStringList(claim);
    return values == null ? List.of() : values;
  }
}
