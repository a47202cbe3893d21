package org.medsoc.member.contact.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.medsoc.platform.acting.Actor;

/** The member was in touch again; the next step moves on. */
public record RecordContactTouch(
    @TargetAggregateIdentifier String contactId,
    Actor actor,
    LocalDate contactedOn,
    String note,
    String nextStep,
    LocalDate nextStepDue) {}
