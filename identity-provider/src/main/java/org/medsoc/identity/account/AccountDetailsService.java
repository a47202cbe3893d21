package org.medsoc.identity.account;

import java.time.Instant;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * A person signs in with their email address; the principal is their account id, so the tokens'
 * subject stays the same when the address changes.
 */
@Service
public class AccountDetailsService implements UserDetailsService {

  private final Accounts accounts;

  public AccountDetailsService(Accounts accounts) {
    this.accounts = accounts;
  }

  @Override
  public UserDetails loadUserByUsername(String email) {
    Account account =
        accounts
            .byEmail(email)
            .filter(a -> Account.PERSON.equals(a.kind()) && a.hasPassword())
            .orElseThrow(() -> new UsernameNotFoundException("no account"));
    return User.withUsername(account.accountId())
        .password(account.passwordHash())
        .accountLocked(account.lockedAt(Instant.now()))
        .authorities(AuthorityUtils.createAuthorityList(account.roles()))
        .build();
  }
}
