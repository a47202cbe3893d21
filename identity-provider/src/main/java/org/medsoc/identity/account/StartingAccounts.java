package org.medsoc.identity.account;

import org.medsoc.identity.AuthorizationServerConfiguration;
import org.medsoc.identity.IdentityProperties;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.stereotype.Component;

/**
 * Before the server answers: the portal's client, the machine clients configured (each with its
 * account) and the demo society's people, with secrets and passwords generated on first start. Demo
 * accounts are made only under the {@value #DEMO_PROFILE} profile: their passwords are generated
 * and printed, which no society's real sign-in may be.
 */
@Component
class StartingAccounts implements InitializingBean {

  static final String DEMO_PROFILE = "demo";

  private final IdentityProperties properties;
  private final RegisteredClientRepository clients;
  private final Accounts accounts;
  private final PasswordEncoder passwords;
  private final Secrets secrets;
  private final MachineClients machineClients;
  private final Environment environment;

  StartingAccounts(
      IdentityProperties properties,
      RegisteredClientRepository clients,
      Accounts accounts,
      PasswordEncoder passwords,
      Secrets secrets,
      MachineClients machineClients,
      Environment environment) {
    this.properties = properties;
    this.clients = clients;
    this.accounts = accounts;
    this.passwords = passwords;
    this.secrets = secrets;
    this.machineClients = machineClients;
    this.environment = environment;
  }

  /** Refuses to start with demo accounts configured outside the demo profile. */
  static void refuseDemoAccountsOutsideDemo(
      IdentityProperties properties, Environment environment) {
    if (!properties.demoAccounts().isEmpty()
        && !environment.acceptsProfiles(Profiles.of(DEMO_PROFILE))) {
      throw new IllegalStateException(
          "identity.demo-accounts names %d people, but the %s profile is not active: demo accounts get generated passwords and are made only for a local stack (SPRING_PROFILES_ACTIVE=%s); remove them from the configuration otherwise"
              .formatted(properties.demoAccounts().size(), DEMO_PROFILE, DEMO_PROFILE));
    }
  }

  @Override
  public void afterPropertiesSet() {
    refuseDemoAccountsOutsideDemo(properties, environment);
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
