package org.medsoc.member.contact.api;

import java.time.LocalDate;
import java.util.List;

/**
 * A contact entered a member's log; touchBaseMonths for a key mentor or sponsor (absent in events
 * stored before it existed: not a key contact).
 */
public record ContactLogged(
    String contactId,
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
