package org.medsoc.member.member.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Staff reject a pending application, with the reason. */
public record RejectMembership(
    @TargetAggregateIdentifier String memberId, String societyId, String reason) {}
