package org.medsoc.identity.account;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Takes a link to the person it is for. Until the platform sends email (a later issue) it writes
 * the link to the log, which is where the local stack's user finds it, and remembers the latest
 * link per address, which is where the tests find it.
 */
@Component
public class LinkCourier {

  private static final Logger log = LoggerFactory.getLogger(LinkCourier.class);

  private final Map<String, String> latest = new ConcurrentHashMap<>();

  public void send(String email, String subject, String link) {
    latest.put(Accounts.normalized(email), link);
    log.info("Mail to {}: {}: {}", email, subject, link);
  }

  /** The latest link sent to this address. */
  public Optional<String> latestTo(String email) {
    return Optional.ofNullable(latest.get(Accounts.normalized(email)));
  }
}
