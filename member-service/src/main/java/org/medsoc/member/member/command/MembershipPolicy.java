package org.medsoc.member.member.command;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * When an unrenewed membership lapses: at the end of its last paid day (UTC), plus the society's
 * grace period.
 */
public record MembershipPolicy(Duration gracePeriod) {

  public MembershipPolicy {
    if (gracePeriod.isNegative()) {
      throw new IllegalArgumentException("grace period must not be negative");
    }
  }

  public Instant lapseMoment(LocalDate paidThrough) {
    return paidThrough.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().plus(gracePeriod);
  }
}
