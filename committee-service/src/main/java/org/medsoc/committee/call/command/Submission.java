package org.medsoc.committee.call.command;

import java.util.Set;

/** An application or a nomination in a call, as the call's rules need it. */
record Submission(
    String id,
    Kind kind,
    String candidateId,
    String nominatorId,
    Consent consent,
    Status status,
    Set<String> endorsers) {

  enum Kind {
    APPLICATION,
    NOMINATION
  }

  enum Consent {
    PENDING,
    GIVEN,
    REFUSED
  }

  enum Status {
    SUBMITTED,
    SHORTLISTED,
    WITHDRAWN,
    DECLINED,
    SELECTED,
    NOT_SELECTED;

    boolean isLive() {
      return this == SUBMITTED || this == SHORTLISTED;
    }
  }

  Submission with(Status newStatus) {
    return new Submission(id, kind, candidateId, nominatorId, consent, newStatus, endorsers);
  }

  Submission with(Consent newConsent) {
    return new Submission(id, kind, candidateId, nominatorId, newConsent, status, endorsers);
  }

  Submission endorsedBy(String endorserId) {
    Set<String> more = new java.util.HashSet<>(endorsers);
    more.add(endorserId);
    return new Submission(id, kind, candidateId, nominatorId, consent, status, Set.copyOf(more));
  }

  /** Those whose own stake in the submission keeps them from deciding it. */
  boolean involves(String memberId) {
    return memberId != null
        && (memberId.equals(candidateId)
            || memberId.equals(nominatorId)
            || endorsers.contains(memberId));
  }
}
