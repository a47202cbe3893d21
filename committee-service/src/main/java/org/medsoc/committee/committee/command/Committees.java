package org.medsoc.committee.committee.command;

import java.util.Optional;
import org.medsoc.committee.committee.command.CommitteeRegistry.CommitteeFacts;

/** What other aggregates may ask about a committee. */
public interface Committees {

  Optional<CommitteeFacts> find(String committeeId);
}
