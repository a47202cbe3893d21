package org.medsoc.identity.account;

import org.medsoc.identity.AuthorizationServerConfiguration;
import org.medsoc.identity.IdentityProperties;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Machine clients (client credentials), each with the account that says what its tokens carry. */
@Component
public class MachineClients {

  private final RegisteredClientRepository clients;
  private final Accounts accounts;
  private final IdentityProperties properties;

  MachineClients(
      RegisteredClientRepository clients, Accounts accounts, IdentityProperties properties) {
    this.clients = clients;
    this.accounts = accounts;
    this.properties = properties;
  }

  /**
   * The client and its account, created or brought in line. Its secret is kept as given ({@code
   * noop}): such secrets are long random strings kept in the identity home anyway, and a slow hash
   * per token request would only slow automation down.
   */
  @Transactional
  public void save(IdentityProperties.Persona persona, String secret) {
    clients.save(
        AuthorizationServerConfiguration.machineClient(
            persona.subject(), "{noop}" + secret, properties));
    accounts.saveClient(persona.subject(), persona.roles(), persona.societyIds());
  }
}
