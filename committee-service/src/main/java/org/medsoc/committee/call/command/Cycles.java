package org.medsoc.committee.call.command;

import java.util.List;
import java.util.Optional;
import org.medsoc.committee.call.api.CallPurpose;
import org.medsoc.committee.committee.api.SeatRole;

/** What a new cycle needs to know of the cycle it continues. */
public interface Cycles {

  record Cycle(String callId, String committeeId, CallPurpose purpose, boolean closed) {}

  /** A nomination the earlier cycle did not select and that was neither withdrawn nor declined. */
  record Unselected(
      String nominationId,
      String nominatorId,
      String nomineeId,
      SeatRole role,
      String statement,
      String sponsorshipId,
      boolean consented) {}

  Optional<Cycle> find(String callId);

  /** The call that already continues this one, if any. */
  Optional<String> continuationOf(String callId);

  List<Unselected> unselectedNominationsOf(String callId);
}
