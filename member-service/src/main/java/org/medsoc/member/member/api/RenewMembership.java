package org.medsoc.member.member.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An active membership is renewed for another period. */
public record RenewMembership(
    @TargetAggregateIdentifier String memberId,
    String societyId,
    LocalDate paidThrough,
    Dues dues) {}
