package org.medsoc.member.member.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A lapsed membership is made active again with dues for a new period. */
public record ReinstateMembership(
    @TargetAggregateIdentifier String memberId,
    String societyId,
    LocalDate paidThrough,
    Dues dues) {}
