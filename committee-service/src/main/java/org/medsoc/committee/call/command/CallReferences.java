package org.medsoc.committee.call.command;

import java.util.Optional;

/**
 * The conferences and sponsorships a call or a nomination may name, held by other services: a talk
 * call names only a conference of its own committee's society, and a nomination names only a
 * sponsorship whose sponsor is the nominator and whose protégé is the nominee.
 */
public interface CallReferences {

  /** The society holding the conference, once events-service has told of it. */
  Optional<String> societyOfConference(String conferenceId);

  /** Whether the sponsorship is the sponsor's, of this protégé. */
  boolean sponsors(String sponsorshipId, String sponsorId, String protegeId);
}
