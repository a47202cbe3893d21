package org.medsoc.member.member.api;

/** Why a person is erased: the grounds of GDPR article 17(1), which similar laws share. */
public enum LegalBasis {
  /** (a) The data are no longer necessary for the purposes they were collected for. */
  NO_LONGER_NECESSARY,
  /** (b) The person withdrew the consent the processing rested on. */
  CONSENT_WITHDRAWN,
  /** (c) The person objected and no overriding legitimate grounds remain. */
  OBJECTION,
  /** (d) The data were processed unlawfully. */
  UNLAWFUL_PROCESSING,
  /** (e) A legal obligation requires the erasure. */
  LEGAL_OBLIGATION
}
