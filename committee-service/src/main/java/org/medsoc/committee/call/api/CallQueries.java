package org.medsoc.committee.call.api;

import java.time.LocalDate;
import java.util.Set;

/** The questions staff and members ask about calls. */
public final class CallQueries {

  private CallQueries() {}

  /** A call. */
  public record FindCall(String callId) {}

  /** A committee's calls, newest first. */
  public record FindCallsOfCommittee(String committeeId) {}

  /** The calls open on a day whose eligibility the member meets, as the eligibility view says. */
  public record FindOpenCallsFor(String memberId, LocalDate day) {}

  /** A call's applications and nominations, with endorsements and declared conflicts. */
  public record FindCallReview(String callId) {}

  /** The nominations a member received and made. */
  public record FindNominationsOf(String memberId) {}

  /**
   * A member's appointments and awards; {@code societyIds} limits them to some societies (null:
   * all).
   */
  public record FindServiceHistory(String memberId, Set<String> societyIds) {}
}
