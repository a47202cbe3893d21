package org.medsoc.member.member.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.medsoc.kernel.member.TrainingLevel;

/** Training advanced (MS4 to PGY1, PGY3 to fellow, fellow to attending) or was corrected. */
public record ChangeTrainingLevel(
    @TargetAggregateIdentifier String memberId, TrainingLevel trainingLevel) {}
