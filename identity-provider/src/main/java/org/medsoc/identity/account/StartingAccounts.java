package org.medsoc.identity.account;

import org.medsoc.identity.AuthorizationServerConfiguration;
import org.medsoc.identity.IdentityProperties;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.stereotype.Component;

/**
 * Before the server answers: the portal's client, the machine clients configured (each with its
 * account) and the demo society's people, with secrets and passwords generated on first start.
 */
@Component
class StartingAccounts implements InitializingBean {

  private final IdentityProperties properties;
  private final RegisteredClientRepository clients;
  private final Accounts accounts;
  private final PasswordEncoder passwords;
  private final Secrets secrets;
  private final MachineClients machineClients;

  StartingAccounts(
      IdentityProperties properties,
      RegisteredClientRepository clients,
      Accounts accounts,
      PasswordEncoder passwords,
      Secrets secrets,
      MachineClients machineClients) {
    this.properties = properties;
    this.clients = clients;
    this.accounts = accounts;
    this.passwords = passwords;
    this.secrets = secrets;
    this.machineClients = machineClients;
  }

  @Override
  public void afterPropertiesSet() {
    clients.save(
        AuthorizationServerConfiguration.portalClient(
            passwords.encode(secrets.portalClientSecret()), properties));
    for (IdentityProperties.Persona persona : properties.allPersonas()) {
      machineClients.save(persona, secrets.clientSecretOf(persona.subject()));
    }
    for (IdentityProperties.DemoAccount demo : properties.demoAccounts()) {
      if (accounts.byEmail(demo.email()).isEmpty()) {
        accounts.saveDemoPerson(
            demo.email(),
            demo.name(),
            passwords.encode(secrets.demoPasswordOf(demo.email())),
            demo.roles(),
            demo.societyIds());
      }
    }
  }
}
