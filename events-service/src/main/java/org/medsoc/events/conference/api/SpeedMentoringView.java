package org.medsoc.events.conference.api;

import java.util.List;
import java.util.Set;

/**
 * A speed-mentoring session as the meetings department runs it: the places taken in the order of
 * joining, and once paired, the pairs with the interests they share.
 */
public record SpeedMentoringView(String sessionId, List<Place> places, List<MentoringPair> pairs) {

  /** A trainee's or mentor's place, with the interests they gave. */
  public record Place(String memberId, MentoringRole role, Set<String> interests) {}
}
