package org.medsoc.identity;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param issuer the issuer URL tokens carry and services check
 * @param audience the audience tokens are issued for
 * @param home where the signing key and generated secrets are kept (created on first start)
 * @param tokenLifetime how long an access token is valid
 * @param portal the portal, the one client people sign in to
 * @param lockout when repeated failed sign-ins lock an account, and for how long
 * @param personas machine clients (client credentials) with the roles their tokens carry: for
 *     scripts, the benchmark and tests
 * @param loadTestMembers how many member logins {@code load-member-1…N} to add, for the benchmark's
 *     members acting for themselves (nominations, meeting requests); none by default
 * @param demoAccounts people who can sign in on the local stack, each with a password generated on
 *     first start; none unless a development configuration names them
 */
@ConfigurationProperties("identity")
public record IdentityProperties(
    String issuer,
    String audience,
    Path home,
    Duration tokenLifetime,
    Portal portal,
    Lockout lockout,
    List<Persona> personas,
    int loadTestMembers,
    List<DemoAccount> demoAccounts) {

  /**
   * @param url where the portal is served; its sign-in and sign-out return there
   * @param clientSecret the portal's client secret; generated into the identity home if not given
   */
  public record Portal(String url, String clientSecret) {}

  /**
   * @param attempts failed sign-ins in a row that lock an account
   * @param duration how long it stays locked
   */
  public record Lockout(int attempts, Duration duration) {}

  /**
   * @param subject the client id, which is also the token's subject
   * @param roles STAFF, MEMBER, AUDITOR, PLATFORM_ADMIN
   * @param societyIds the societies a staff member works for; "*" for all
   */
  public record Persona(String subject, List<String> roles, List<String> societyIds) {

    public Persona {
      roles = roles == null ? List.of() : List.copyOf(roles);
      societyIds = societyIds == null ? List.of() : List.copyOf(societyIds);
    }
  }

  /** A person of the local stack's demo society. */
  public record DemoAccount(
      String email, String name, List<String> roles, List<String> societyIds) {

    public DemoAccount {
      roles = roles == null ? List.of() : List.copyOf(roles);
      societyIds = societyIds == null ? List.of() : List.copyOf(societyIds);
    }
  }

  public IdentityProperties {
    personas = personas == null ? List.of() : List.copyOf(personas);
    demoAccounts = demoAccounts == null ? List.of() : List.copyOf(demoAccounts);
    portal = portal == null ? new Portal("http://localhost:8080", null) : portal;
    lockout = lockout == null ? new Lockout(5, Duration.ofMinutes(15)) : lockout;
  }

  /** The machine clients and the load-test members. */
  public List<Persona> allPersonas() {
    return Stream.concat(
            personas.stream(),
            IntStream.rangeClosed(1, loadTestMembers)
                .mapToObj(i -> new Persona("load-member-" + i, List.of("MEMBER"), List.of())))
        .toList();
  }
}
