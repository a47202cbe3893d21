package org.medsoc.kernel.input;

/**
 * How long each kind of text may be: one number per kind, checked where a request enters a service.
 * Read models store text without a length of their own, so whatever a command accepts fits every
 * table it reaches, and no limit is ever written twice.
 */
public final class Limits {

  /** Identifiers, whether made by the platform or named in a request. */
  public static final int ID = 64;

  /** A login's subject as the identity provider issues it. */
  public static final int SUBJECT = 255;

  /** An email address (RFC 5321's path limit). */
  public static final int EMAIL = 254;

  /** A given or family name. */
  public static final int PERSON_NAME = 100;

  /** A degree such as MD or MBBS PhD. */
  public static final int DEGREE = 20;

  /** A short label: a specialty, a room. */
  public static final int LABEL = 100;

  /** One interest, and how many a person lists. */
  public static final int INTEREST = 60;

  public static final int INTERESTS = 20;

  /** The name of an institution, society, section, committee, conference, venue or contact. */
  public static final int NAME = 200;

  /** The title of a call, session, talk or abstract. */
  public static final int TITLE = 300;

  /** A phrase: a purpose, a target, a first step, where two people met. */
  public static final int PHRASE = 500;

  /** A note of a few sentences: a meeting's purpose, a next step. */
  public static final int NOTE = 1000;

  /** A reason, goals, a follow-up note, a list of authors. */
  public static final int REASON = 2000;

  /** A charter, an agenda, a decision's reason, a contact note. */
  public static final int TEXT = 4000;

  /** A statement of interest, a supporting statement, an endorsement, a call's description. */
  public static final int STATEMENT = 8000;

  /** A letter of recommendation: the longest text anyone writes here, and so any text's limit. */
  public static final int LETTER = 20000;

  private Limits() {}
}
