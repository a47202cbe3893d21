package org.medsoc.platform.personal;

/**
 * Wraps the people's keys with a master key kept outside the database: a local key here, a key
 * management service's encrypt and decrypt in production.
 */
public interface KeyWrapping {

  byte[] wrap(byte[] personKey);

  byte[] unwrap(byte[] wrapped);
}
