package org.medsoc.identity;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param issuer the issuer URL tokens carry and services check
 * @param audience the audience tokens are issued for
 * @param home where the signing key and the demo secrets are kept (created on first start)
 * @param tokenLifetime how long an access token is valid
 * @param personas the demo personas: each is an OAuth client whose token acts as that person
 * @param loadTestMembers how many member logins {@code load-member-1…N} to add, for the benchmark's
 *     members acting for themselves (nominations, meeting requests); none by default
 */
@ConfigurationProperties("identity")
public record IdentityProperties(
    String issuer,
    String audience,
    Path home,
    Duration tokenLifetime,
    List<Persona> personas,
    int loadTestMembers) {

  /**
   * @param subject the client id, which is also the token's subject
   * @param roles STAFF, MEMBER, CHAIR, AUDITOR
   * @param societyIds the societies a staff member works for; "*" for all
   * @param committeeIds the committees a chair chairs
   */
  public record Persona(
      String subject, List<String> roles, List<String> societyIds, List<String> committeeIds) {

    public Persona {
      roles = roles == null ? List.of() : List.copyOf(roles);
      societyIds = societyIds == null ? List.of() : List.copyOf(societyIds);
      committeeIds = committeeIds == null ? List.of() : List.copyOf(committeeIds);
    }
  }

  public IdentityProperties {
    personas = personas == null ? List.of() : List.copyOf(personas);
  }

  /** The demo personas and the load-test members. */
  public List<Persona> allPersonas() {
    return java.util.stream.Stream.concat(
            personas.stream(),
            java.util.stream.IntStream.rangeClosed(1, loadTestMembers)
                .mapToObj(
                    i -> new Persona("load-member-" + i, List.of("MEMBER"), List.of(), List.of())))
        .toList();
  }
}
