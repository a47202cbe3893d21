package org.medsoc.identity.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.medsoc.identity.IdentityProperties;
import org.medsoc.identity.account.Account;
import org.medsoc.identity.account.AccountLinks;
import org.medsoc.identity.account.AccountLinks.Purpose;
import org.medsoc.identity.account.Accounts;
import org.medsoc.identity.account.LinkCourier;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the portal asks of accounts, with the signed-in person's token: staff invite a person by
 * email; a platform administrator lists accounts and sets their roles and societies.
 */
@RestController
@RequestMapping("/api")
class AccountsApi {

  static final String PLATFORM_ADMIN = "PLATFORM_ADMIN";
  static final Set<String> ROLES = Set.of("MEMBER", "STAFF", "AUDITOR", PLATFORM_ADMIN);

  private final Accounts accounts;
  private final AccountLinks links;
  private final LinkCourier courier;
  private final IdentityProperties properties;

  AccountsApi(
      Accounts accounts, AccountLinks links, LinkCourier courier, IdentityProperties properties) {
    this.accounts = accounts;
    this.links = links;
    this.courier = courier;
    this.properties = properties;
  }

  record Invite(String email, String name) {}

  record Invitation(String accountId, String email, String link) {}

  /**
   * Staff invite a person who has no account yet; the answer holds the link, which the inviting
   * staff member passes on until the platform sends email. An address that already has an account
   * with a password is refused: a link that set its password would let staff into it.
   */
  @PostMapping("/invitations")
  @Transactional
  ResponseEntity<?> invite(@RequestBody Invite invite, JwtAuthenticationToken caller) {
    if (!hasRole(caller, "STAFF") && !hasRole(caller, PLATFORM_ADMIN)) {
      return problem(HttpStatus.FORBIDDEN, null, "only staff invite people");
    }
    String email = invite.email() == null ? "" : invite.email().strip();
    if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || email.length() > 254) {
      return problem(HttpStatus.UNPROCESSABLE_ENTITY, "email", "an email address is needed");
    }
    String name = invite.name() == null || invite.name().isBlank() ? email : invite.name().strip();
    if (name.length() > 100) {
      return problem(HttpStatus.UNPROCESSABLE_ENTITY, "name", "at most 100 characters");
    }
    Account account = accounts.byEmail(email).orElse(null);
    if (account != null && account.hasPassword()) {
      return problem(
          HttpStatus.CONFLICT, "email", "this person already has an account and can sign in");
    }
    if (account == null) {
      account = accounts.createPerson(email, name, null);
    }
    String secret = links.issue(account.accountId(), Purpose.INVITATION, caller.getName());
    String link = properties.issuer() + "/invitations/" + secret;
    courier.send(email, "You are invited to the society's portal", link);
    return ResponseEntity.created(URI.create("/api/accounts/" + account.accountId()))
        .body(new Invitation(account.accountId(), account.email(), link));
  }

  record AccountView(
      String accountId,
      String email,
      String name,
      boolean emailVerified,
      boolean invited,
      List<String> roles,
      List<String> societyIds) {}

  @GetMapping("/accounts")
  ResponseEntity<?> list(@RequestParam(defaultValue = "") String q, JwtAuthenticationToken caller) {
    if (!hasRole(caller, PLATFORM_ADMIN)) {
      return problem(HttpStatus.FORBIDDEN, null, "only a platform administrator");
    }
    return ResponseEntity.ok(accounts.people(q, 200).stream().map(AccountsApi::view).toList());
  }

  record Access(List<String> roles, List<String> societyIds) {}

  /** Who took a step, as a history names them. */
  record Person(String accountId, String name) {}

  /**
   * The names of the office's people (staff, auditors, administrators) among the accounts asked
   * for, so that a history says who took each step. A member's name is not given here: the member
   * record has it, for those allowed to see it.
   */
  @GetMapping("/people")
  ResponseEntity<?> people(
      @RequestParam(defaultValue = "") List<String> id, JwtAuthenticationToken caller) {
    if (!hasRole(caller, "STAFF")
        && !hasRole(caller, "AUDITOR")
        && !hasRole(caller, PLATFORM_ADMIN)) {
      return problem(HttpStatus.FORBIDDEN, null, "only staff and auditors");
    }
    if (id.size() > 200) {
      return problem(HttpStatus.UNPROCESSABLE_ENTITY, "id", "at most 200 at once");
    }
    return ResponseEntity.ok(
        id.stream()
            .distinct()
            .map(accounts::byId)
            .flatMap(java.util.Optional::stream)
            .filter(account -> Account.PERSON.equals(account.kind()))
            .filter(
                account ->
                    account.roles().stream()
                        .anyMatch(
                            role -> List.of("STAFF", "AUDITOR", PLATFORM_ADMIN).contains(role)))
            .map(account -> new Person(account.accountId(), account.displayName()))
            .toList());
  }

  /**
   * A person who asked member-service to forget them forgets their account too: it no longer signs
   * in and holds neither their name nor their address.
   */
  @DeleteMapping("/accounts/me")
  ResponseEntity<?> forgetMe(JwtAuthenticationToken caller) {
    Account account = accounts.byId(caller.getName()).orElse(null);
    if (account == null || !Account.PERSON.equals(account.kind())) {
      return problem(HttpStatus.NOT_FOUND, "accountId", "no such account");
    }
    accounts.forget(account.accountId());
    return ResponseEntity.noContent().build();
  }

  /**
   * A platform administrator forgets the account of a person erased at their request through staff,
   * as the person would have themself.
   */
  @DeleteMapping("/accounts/{accountId}")
  ResponseEntity<?> forget(@PathVariable String accountId, JwtAuthenticationToken caller) {
    if (!hasRole(caller, PLATFORM_ADMIN)) {
      return problem(HttpStatus.FORBIDDEN, null, "only a platform administrator");
    }
    if (accountId.equals(caller.getName())) {
      return problem(
          HttpStatus.CONFLICT, "accountId", "an administrator does not forget themself here");
    }
    Account account = accounts.byId(accountId).orElse(null);
    if (account == null || !Account.PERSON.equals(account.kind())) {
      return problem(HttpStatus.NOT_FOUND, "accountId", "no such account");
    }
    accounts.forget(accountId);
    return ResponseEntity.noContent().build();
  }

  @PutMapping("/accounts/{accountId}/access")
  ResponseEntity<?> setAccess(
      @PathVariable String accountId, @RequestBody Access access, JwtAuthenticationToken caller) {
    if (!hasRole(caller, PLATFORM_ADMIN)) {
      return problem(HttpStatus.FORBIDDEN, null, "only a platform administrator");
    }
    List<String> roles = access.roles() == null ? List.of() : access.roles();
    List<String> societies = access.societyIds() == null ? List.of() : access.societyIds();
    if (!ROLES.containsAll(roles)) {
      return problem(HttpStatus.UNPROCESSABLE_ENTITY, "roles", "roles are one of " + ROLES);
    }
    if (societies.stream().anyMatch(s -> s == null || s.isBlank() || s.length() > 64)) {
      return problem(HttpStatus.UNPROCESSABLE_ENTITY, "societyIds", "a society id per entry");
    }
    if (accountId.equals(caller.getName()) && !roles.contains(PLATFORM_ADMIN)) {
      return problem(
          HttpStatus.CONFLICT, "roles", "an administrator does not take their own role away");
    }
    Account account = accounts.byId(accountId).orElse(null);
    if (account == null || !Account.PERSON.equals(account.kind())) {
      return problem(HttpStatus.NOT_FOUND, "accountId", "no such account");
    }
    accounts.setAccess(accountId, roles.stream().distinct().toList(), societies);
    return ResponseEntity.ok(view(accounts.byId(accountId).orElseThrow()));
  }

  private static AccountView view(Account account) {
    return new AccountView(
        account.accountId(),
        account.email(),
        account.displayName(),
        account.emailVerified(),
        !account.hasPassword(),
        account.roles(),
        account.societyIds());
  }

  private static boolean hasRole(JwtAuthenticationToken caller, String role) {
    Jwt jwt = caller.getToken();
    List<String> roles = jwt.getClaimAsStringList("roles");
    return roles != null && roles.contains(role);
  }

  private static ResponseEntity<ProblemDetail> problem(
      HttpStatus status, String field, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    if (field != null) {
      problem.setProperty("errors", List.of(Map.of("field", field, "reason", detail)));
    } else {
      problem.setProperty("errors", List.of(Map.of("reason", detail)));
    }
    return ResponseEntity.status(status).body(problem);
  }
}
