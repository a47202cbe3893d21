package org.medsoc.platform.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Who is calling, as the token says: the subject, the roles, the societies a staff member works for
 * ({@code "*"} for all), and a person's email address with whether the issuer verified it (absent
 * for machine clients). Who chairs a committee is the roster's to say, not the token's.
 */
public record Caller(
    String subject,
    List<String> roles,
    List<String> societyIds,
    String email,
    boolean emailVerified) {

  public static final String STAFF = "STAFF";
  public static final String MEMBER = "MEMBER";
  public static final String AUDITOR = "AUDITOR";

  /** A machine client that reads the services' metrics (a Prometheus scraper), nothing else. */
  public static final String MONITOR = "MONITOR";

  static final String ROLES_CLAIM = "roles";
  static final String SOCIETIES_CLAIM = "society_ids";
  private static final String ALL_SOCIETIES = "*";

  public Caller {
    roles = List.copyOf(roles);
    societyIds = List.copyOf(societyIds);
  }

  public static Optional<Caller> of(Authentication authentication) {
    if (authentication instanceof JwtAuthenticationToken token) {
      return Optional.of(fromJwt(token.getToken()));
    }
    return Optional.empty();
  }

  /** The caller of the current request, if it carried a valid token. */
  public static Optional<Caller> current() {
    return of(SecurityContextHolder.getContext().getAuthentication());
  }

  static Caller fromJwt(Jwt jwt) {
    return new Caller(
        jwt.getSubject(),
        strings(jwt, ROLES_CLAIM),
        strings(jwt, SOCIETIES_CLAIM),
        jwt.getClaimAsString("email"),
        Boolean.TRUE.equals(jwt.getClaimAsBoolean("email_verified")));
  }

  public boolean hasRole(String role) {
    return roles.contains(role);
  }

  public boolean isStaff() {
    return hasRole(STAFF);
  }

  /** Staff of this society, or staff of all societies. */
  public boolean isStaffOf(String societyId) {
    return isStaff() && (societyIds.contains(ALL_SOCIETIES) || societyIds.contains(societyId));
  }

  public boolean isPlatformStaff() {
    return isStaff() && societyIds.contains(ALL_SOCIETIES);
  }

  /**
   * Staff of one of these societies (those a person holds or held a membership or an application
   * in, or a record belongs to), or of all societies.
   */
  public boolean isStaffOfAny(Collection<String> societies) {
    return isPlatformStaff() || (isStaff() && societies.stream().anyMatch(societyIds::contains));
  }

  private static List<String> strings(Jwt jwt, String claim) {
    List<String> values = jwt.getClaimAsStringList(claim);
    return values == null ? List.of() : values;
  }
}
