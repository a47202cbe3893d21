package org.medsoc.committee.committee.command;

import java.util.Optional;
import org.medsoc.committee.committee.api.SeatRole;

/** What the committee's calls decided, so an appointment can name the selection it comes from. */
public interface Selections {

  /** An application or nomination for a committee seat, as its call stands now. */
  record Selection(String committeeId, String candidateId, SeatRole role, boolean selected) {}

  Optional<Selection> of(String submissionId);
}
