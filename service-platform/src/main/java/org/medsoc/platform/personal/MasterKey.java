package org.medsoc.platform.personal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The master key as a local secret (AES-256-GCM key wrapping): from {@code
 * PERSONAL_DATA_MASTER_KEY} (base64, 32 bytes) or the file {@code PERSONAL_DATA_MASTER_KEY_FILE};
 * the development key, with a warning, when neither is set.
 */
public final class MasterKey implements KeyWrapping {

  private static final Logger log = LoggerFactory.getLogger(MasterKey.class);
  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  /** Known to everyone who reads the source: for a laptop and for tests, never for production. */
  static final byte[] DEVELOPMENT_KEY =
      "medsoc development master key!!!".getBytes(StandardCharsets.US_ASCII);

  private final SecretKeySpec key;

  private MasterKey(byte[] secret) {
    if (secret.length != 32) {
      throw new IllegalArgumentException("the personal data master key must hold 32 bytes");
    }
    this.key = new SecretKeySpec(secret, "AES");
  }

  public static MasterKey configured(String base64, String file) {
    if (base64 != null && !base64.isBlank()) {
      return new MasterKey(Base64.getDecoder().decode(base64.strip()));
    }
    if (file != null && !file.isBlank()) {
      try {
        return new MasterKey(Base64.getDecoder().decode(Files.readString(Path.of(file)).strip()));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the master key file " + file, e);
      }
    }
    log.warn(
        "People's keys are wrapped with the development master key: set PERSONAL_DATA_MASTER_KEY"
            + " (or PERSONAL_DATA_MASTER_KEY_FILE) in production");
    return new MasterKey(DEVELOPMENT_KEY);
  }

  @Override
  public byte[] wrap(byte[] personKey) {
    byte[] iv = new byte[IV_BYTES];
    RANDOM.nextBytes(iv);
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
      byte[] sealed = cipher.doFinal(personKey);
      return ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is part of every JDK", e);
    }
  }

  @Override
  public byte[] unwrap(byte[] wrapped) {
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, wrapped, 0, IV_BYTES));
      return cipher.doFinal(wrapped, IV_BYTES, wrapped.length - IV_BYTES);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(
          "a person's key does not open with this master key: is it the one it was wrapped with?",
          e);
    }
  }
}
