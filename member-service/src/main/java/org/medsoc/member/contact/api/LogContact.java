package org.medsoc.member.contact.api;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.medsoc.platform.acting.Actor;

/**
 * A member adds someone to their own contact log; a key mentor or sponsor with the months between
 * touching base (6 to 12), null for anyone else.
 */
public record LogContact(
    @TargetAggregateIdentifier String contactId,
    Actor actor,
    String ownerId,
    String name,
    String role,
    String institution,
    String whereMet,
    List<String> interests,
    LocalDate lastContactOn,
    String lastContactNote,
    String nextStep,
    LocalDate nextStepDue,
    Integer touchBaseMonths) {}
