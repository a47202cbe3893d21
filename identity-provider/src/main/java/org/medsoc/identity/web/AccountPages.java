package org.medsoc.identity.web;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.medsoc.identity.IdentityProperties;
import org.medsoc.identity.account.Account;
import org.medsoc.identity.account.AccountLinks;
import org.medsoc.identity.account.AccountLinks.Purpose;
import org.medsoc.identity.account.Accounts;
import org.medsoc.identity.account.LinkCourier;
import org.medsoc.identity.account.PasswordRule;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A person's way in: the sign-in form, signing up, an invitation's link to set a password, the link
 * that verifies an address, and changing the password.
 */
@Controller
class AccountPages {

  private final Accounts accounts;
  private final AccountLinks links;
  private final LinkCourier courier;
  private final PasswordEncoder passwords;
  private final IdentityProperties properties;

  AccountPages(
      Accounts accounts,
      AccountLinks links,
      LinkCourier courier,
      PasswordEncoder passwords,
      IdentityProperties properties) {
    this.accounts = accounts;
    this.links = links;
    this.courier = courier;
    this.passwords = passwords;
    this.properties = properties;
  }

  @ModelAttribute("portalUrl")
  String portalUrl() {
    return properties.portal().url();
  }

  @ModelAttribute("lockoutMinutes")
  long lockoutMinutes() {
    return properties.lockout().duration().toMinutes();
  }

  @GetMapping("/login")
  String signIn() {
    return "identity/login";
  }

  @GetMapping("/signup")
  String signUpForm() {
    return "identity/signup";
  }

  @PostMapping("/signup")
  @Transactional
  String signUp(
      @RequestParam(defaultValue = "") String name,
      @RequestParam(defaultValue = "") String email,
      @RequestParam(defaultValue = "") String password,
      Model model) {
    Map<String, String> errors = new LinkedHashMap<>();
    if (name.isBlank() || name.length() > 100) {
      errors.put("name", "signup.error.name");
    }
    if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || email.length() > 254) {
      errors.put("email", "signup.error.email");
    }
    PasswordRule.problem(password, email).ifPresent(code -> errors.put("password", code));
    if (!errors.isEmpty()) {
      return form(model, "identity/signup", errors, Map.of("name", name, "email", email));
    }
    var existing = accounts.byEmail(email);
    if (existing.isPresent()) {
      // The same page as for a new address: whoever signs up learns nothing of others' accounts.
      // The address's owner gets a note that they already have one.
      courier.send(email, "You already have an account", properties.portal().url());
      return "redirect:/signed-up";
    }
    Account account = accounts.createPerson(email, name, passwords.encode(password));
    sendVerification(account);
    return "redirect:/signed-up";
  }

  @GetMapping("/signed-up")
  String signedUp() {
    return "identity/signed-up";
  }

  @GetMapping("/verify/{secret}")
  @Transactional
  String verify(@PathVariable String secret, Model model) {
    var account = links.use(secret, Purpose.EMAIL_VERIFICATION);
    account.ifPresent(accounts::markVerified);
    model.addAttribute("verified", account.isPresent());
    return "identity/verified";
  }

  @GetMapping("/invitations/{secret}")
  String invitation(@PathVariable String secret, Model model) {
    var account = links.accountOf(secret, Purpose.INVITATION).flatMap(accounts::byId);
    model.addAttribute("invitation", account.orElse(null));
    model.addAttribute("secret", secret);
    return "identity/invitation";
  }

  @PostMapping("/invitations/{secret}")
  @Transactional
  String acceptInvitation(
      @PathVariable String secret, @RequestParam(defaultValue = "") String password, Model model) {
    var account = links.accountOf(secret, Purpose.INVITATION).flatMap(accounts::byId);
    if (account.isEmpty()) {
      model.addAttribute("invitation", null);
      return "identity/invitation";
    }
    var problem = PasswordRule.problem(password, account.get().email());
    if (problem.isPresent()) {
      model.addAttribute("invitation", account.get());
      return form(model, "identity/invitation", Map.of("password", problem.get()), Map.of());
    }
    links.use(secret, Purpose.INVITATION);
    accounts.setPassword(account.get().accountId(), passwords.encode(password));
    // The link reached the person at this address, which verifies it.
    accounts.markVerified(account.get().accountId());
    return "redirect:/login?welcome";
  }

  @GetMapping("/account/password")
  String passwordForm() {
    return "identity/password";
  }

  @PostMapping("/account/password")
  String changePassword(
      @RequestParam(defaultValue = "") String current,
      @RequestParam(defaultValue = "") String password,
      Principal principal,
      Model model) {
    Account account = accounts.byId(principal.getName()).orElseThrow();
    Map<String, String> errors = new LinkedHashMap<>();
    if (!account.hasPassword() || !passwords.matches(current, account.passwordHash())) {
      errors.put("current", "password.error.current");
    }
    PasswordRule.problem(password, account.email()).ifPresent(code -> errors.put("password", code));
    if (!errors.isEmpty()) {
      return form(model, "identity/password", errors, Map.of());
    }
    accounts.setPassword(account.accountId(), passwords.encode(password));
    model.addAttribute("changed", true);
    return "identity/password";
  }

  private void sendVerification(Account account) {
    String secret =
        links.issue(account.accountId(), Purpose.EMAIL_VERIFICATION, account.accountId());
    courier.send(
        account.email(), "Verify your email address", properties.issuer() + "/verify/" + secret);
  }

  private static String form(
      Model model, String view, Map<String, String> errors, Map<String, String> values) {
    model.addAttribute("errors", errors);
    model.addAttribute("values", values);
    return view;
  }
}
