package org.medsoc.events.conference.api;

import org.medsoc.platform.personal.PersonalData;

/**
 * An abstract was accepted or rejected; its title (absent in events stored before it was added) for
 * the author's notice.
 */
public record AbstractDecided(
    String conferenceId,
    String abstractId,
    String memberId,
    boolean accepted,
    @PersonalData(subject = "memberId") String reason,
    String title) {

  /** A decision that names no title, as decisions stored before it was added. */
  public AbstractDecided(
      String conferenceId, String abstractId, String memberId, boolean accepted, String reason) {
    this(conferenceId, abstractId, memberId, accepted, reason, null);
  }
}
