package org.medsoc.member.member.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Staff approve a pending application; the first period is paid through the given day. */
public record ApproveMembership(
    @TargetAggregateIdentifier String memberId,
    String societyId,
    LocalDate paidThrough,
    Dues dues) {}
