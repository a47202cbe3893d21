package org.medsoc.member.sponsorship.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.medsoc.platform.acting.Actor;

/** The protégé asks the sponsor for a letter of recommendation by a deadline. */
public record RequestLetter(
    @TargetAggregateIdentifier String sponsorshipId,
    String letterId,
    Actor actor,
    String purpose,
    LocalDate deadline) {}
