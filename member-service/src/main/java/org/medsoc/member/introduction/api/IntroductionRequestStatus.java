package org.medsoc.member.introduction.api;

/** Where a request for an introduction stands. */
public enum IntroductionRequestStatus {
  ASKED,
  DECLINED,
  PROPOSED
}
