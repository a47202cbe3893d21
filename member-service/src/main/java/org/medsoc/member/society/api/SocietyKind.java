package org.medsoc.member.society.api;

/** The kinds of society the articles describe. */
public enum SocietyKind {
  NATIONAL,
  SPECIALTY,
  SUBSPECIALTY,
  REGIONAL_CHAPTER,
  IDENTITY_OR_INTEREST
}
