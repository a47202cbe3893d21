package org.medsoc.platform.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The secret the event chain is sealed and its checkpoints signed with: it lives outside the
 * database (an environment secret or a file), so whoever holds the database can neither re-seal an
 * edited history nor forge a checkpoint. A service without one configured uses the development key
 * and says so at start-up.
 */
public final class ChainKey {

  private static final Logger log = LoggerFactory.getLogger(ChainKey.class);

  /** Known to everyone who reads the source: for a laptop and for tests, never for production. */
  static final String DEVELOPMENT_KEY =
      Base64.getEncoder()
          .encodeToString(
              "medsoc development event chain key, not a secret".getBytes(StandardCharsets.UTF_8));

  private static final int FEWEST_BYTES = 32;

  private final byte[] secret;
  private final String keyId;

  private ChainKey(byte[] secret) {
    if (secret.length < FEWEST_BYTES) {
      throw new IllegalArgumentException(
          "the event chain key must hold at least " + FEWEST_BYTES + " bytes");
    }
    this.secret = secret.clone();
    this.keyId = HexFormat.of().formatHex(sha256(secret)).substring(0, 16);
  }

  /**
   * The key from {@code platform.event-chain.key} (base64) or, when that is empty, the file {@code
   * platform.event-chain.key-file} holds (base64); the development key when neither is set.
   */
  public static ChainKey configured(String base64, String file) {
    if (base64 != null && !base64.isBlank()) {
      return of(base64);
    }
    if (file != null && !file.isBlank()) {
      try {
        return of(Files.readString(Path.of(file)).strip());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the event chain key file " + file, e);
      }
    }
    log.warn(
        "The event chain is sealed with the development key: set EVENT_CHAIN_KEY (or"
            + " EVENT_CHAIN_KEY_FILE) in production, or the database's holder can re-seal it");
    return of(DEVELOPMENT_KEY);
  }

  public static ChainKey of(String base64) {
    return new ChainKey(Base64.getDecoder().decode(base64));
  }

  /** Names the key without revealing it, so a checkpoint says which key signed it. */
  public String keyId() {
    return keyId;
  }

  /** A fresh HMAC-SHA256 keyed with the secret. */
  public Mac mac() {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }

  /** The signature of a text, hex-encoded. */
  public String sign(String text) {
    return HexFormat.of().formatHex(mac().doFinal(text.getBytes(StandardCharsets.UTF_8)));
  }

  /** Whether the signature is this key's over the text, compared in constant time. */
  public boolean signed(String text, String signature) {
    return signature != null
        && MessageDigest.isEqual(
            sign(text).getBytes(StandardCharsets.US_ASCII),
            signature.getBytes(StandardCharsets.US_ASCII));
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
