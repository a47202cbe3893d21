package org.medsoc.identity.account;

import org.medsoc.identity.IdentityProperties;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Counts failed sign-ins in a row: enough of them lock the account for a while. */
@Component
class SignInAttempts {

  private final Accounts accounts;
  private final IdentityProperties.Lockout lockout;

  SignInAttempts(Accounts accounts, IdentityProperties properties) {
    this.accounts = accounts;
    this.lockout = properties.lockout();
  }

  @EventListener
  void failed(AuthenticationFailureBadCredentialsEvent event) {
    if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken attempt) {
      accounts.failedSignIn(attempt.getName(), lockout.attempts(), lockout.duration());
    }
  }

  @EventListener
  void succeeded(AuthenticationSuccessEvent event) {
    if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken signedIn) {
      accounts.signedIn(signedIn.getName());
    }
  }
}
