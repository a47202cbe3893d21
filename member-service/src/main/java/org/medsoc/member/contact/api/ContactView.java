package org.medsoc.member.contact.api;

import java.time.LocalDate;
import java.util.List;

/** One entry of a contact log. */
public record ContactView(
    String contactId,
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
