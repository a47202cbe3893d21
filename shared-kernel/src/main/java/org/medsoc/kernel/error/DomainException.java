package org.medsoc.kernel.error;

import java.util.List;

/**
 * A command refused by a business rule. The kind tells the HTTP layer which status to answer with;
 * the violations name the fields and the reasons. Nothing is recorded when one is thrown.
 */
public class DomainException extends RuntimeException {

  public enum Kind {
    /** The request itself breaks a rule (400). */
    INVALID,
    /** Something the request refers to does not exist (404). */
    NOT_FOUND,
    /** The request clashes with the current state (409). */
    CONFLICT,
    /** The caller is not a party entitled to this action (403, revealing nothing more). */
    FORBIDDEN
  }

  private final Kind kind;
  private final List<FieldViolation> violations;

  public DomainException(Kind kind, String field, String reason) {
    super(field == null ? reason : field + ": " + reason);
    this.kind = kind;
    this.violations = List.of(new FieldViolation(field, reason));
  }

  public static DomainException invalid(String field, String reason) {
    return new DomainException(Kind.INVALID, field, reason);
  }

  public static DomainException notFound(String field, String reason) {
    return new DomainException(Kind.NOT_FOUND, field, reason);
  }

  public static DomainException conflict(String field, String reason) {
    return new DomainException(Kind.CONFLICT, field, reason);
  }

  /** The caller may not take this action; the answer says no more than that. */
  public static DomainException forbidden() {
    return new DomainException(Kind.FORBIDDEN, null, "not permitted for this caller");
  }

  public Kind kind() {
    return kind;
  }

  public List<FieldViolation> violations() {
    return violations;
  }
}
