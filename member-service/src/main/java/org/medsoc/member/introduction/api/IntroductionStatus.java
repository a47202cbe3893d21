package org.medsoc.member.introduction.api;

/** Where an introduction stands. */
public enum IntroductionStatus {
  PROPOSED,
  CONNECTED,
  DECLINED,
  EXPIRED,
  MET,
  FOLLOWED_UP
}
