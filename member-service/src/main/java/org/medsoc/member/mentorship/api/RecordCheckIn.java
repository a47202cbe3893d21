package org.medsoc.member.mentorship.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.medsoc.platform.acting.Actor;

/** A check-in with its agenda and the next steps agreed. */
public record RecordCheckIn(
    @TargetAggregateIdentifier String mentorshipId,
    Actor actor,
    LocalDate heldOn,
    String agenda,
    String agreedNextSteps) {}
