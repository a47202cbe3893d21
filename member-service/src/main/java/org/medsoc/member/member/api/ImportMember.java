package org.medsoc.member.member.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.medsoc.kernel.member.TrainingLevel;

/**
 * A row of a society's roster import for a person not yet on the platform: registers them with
 * their membership as the previous system held it. The row key (the society's own member number, or
 * the address) makes the row import once, whatever is re-run.
 */
public record ImportMember(
    @TargetAggregateIdentifier String memberId,
    String societyId,
    String rowKey,
    String importId,
    MemberProfile profile,
    TrainingLevel trainingLevel,
    ImportedMembership membership) {}
