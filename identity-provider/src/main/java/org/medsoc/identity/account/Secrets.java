package org.medsoc.identity.account;

/** Where client secrets and demo passwords come from (generated into the identity home). */
public interface Secrets {

  String portalClientSecret();

  String clientSecretOf(String clientId);

  String demoPasswordOf(String email);
}
