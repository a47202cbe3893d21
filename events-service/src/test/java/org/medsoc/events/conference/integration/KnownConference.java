package org.medsoc.events.conference.integration;

import java.time.LocalDate;
import java.util.Optional;
import org.medsoc.events.conference.command.ConferenceRegistry;

/** One conference of society "aad", as the registry holds it, without its database. */
public final class KnownConference extends ConferenceRegistry {

  public static final String ID = "annual-2027";
  public static final LocalDate DAY = LocalDate.of(2027, 3, 5);

  public KnownConference() {
    super(null);
  }

  @Override
  public Optional<ConferenceFacts> find(String conferenceId) {
    return Optional.of(
        new ConferenceFacts(ID, "aad", "Annual Meeting", "America/Chicago", DAY, DAY, "USD"));
  }

  @Override
  public Optional<String> societyOf(String conferenceId) {
    return Optional.of("aad");
  }
}
