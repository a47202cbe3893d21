package org.medsoc.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.util.Properties;
import java.util.UUID;

/**
 * The signing key, client secrets and demo passwords, created on first start in the identity home
 * folder and reused afterwards, so tokens stay valid across restarts. Nothing secret is ever
 * committed.
 */
final class DevelopmentKeys implements org.medsoc.identity.account.Secrets {

  private final Path home;
  private final String configuredPortalSecret;

  DevelopmentKeys(Path home, String configuredPortalSecret) {
    this.home = home;
    this.configuredPortalSecret = configuredPortalSecret;
    try {
      Files.createDirectories(home);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  RSAKey signingKey() {
    Path file = home.resolve("signing-key.jwk.json");
    try {
      if (Files.exists(file)) {
        return RSAKey.parse(Files.readString(file));
      }
      RSAKey key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
      writePrivately(file, key.toJSONString());
      return key;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ParseException | JOSEException e) {
      throw new IllegalStateException("Cannot read or create the signing key in " + file, e);
    }
  }

  @Override
  public String portalClientSecret() {
    return configuredPortalSecret != null && !configuredPortalSecret.isBlank()
        ? configuredPortalSecret
        : clientSecretOf(AuthorizationServerConfiguration.PORTAL_CLIENT_ID);
  }

  /** The secret of each machine client (and the portal's), generated once. */
  @Override
  public String clientSecretOf(String clientId) {
    return generatedOnce("demo-client-secrets.properties", clientId, "Client secrets");
  }

  /** The password of each demo account, generated once. */
  @Override
  public String demoPasswordOf(String email) {
    return generatedOnce("demo-passwords.properties", email, "Demo sign-in passwords");
  }

  private synchronized String generatedOnce(String fileName, String key, String what) {
    Path file = home.resolve(fileName);
    Properties secrets = new Properties();
    try {
      if (Files.exists(file)) {
        try (var in = Files.newInputStream(file)) {
          secrets.load(in);
        }
      }
      String secret = secrets.getProperty(key);
      if (secret == null) {
        secret = UUID.randomUUID().toString().replace("-", "").substring(0, 20);
        secrets.setProperty(key, secret);
        try (var out = new java.io.StringWriter()) {
          secrets.store(out, what + ", generated on first start. Development only.");
          writePrivately(file, out.toString());
        }
      }
      return secret;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void writePrivately(Path file, String content) throws IOException {
    Files.writeString(file, content);
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException ignored) {
      // not a POSIX file system
    }
  }
}
