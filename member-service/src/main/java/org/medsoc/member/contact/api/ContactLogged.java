package org.medsoc.member.contact.api;

import java.time.LocalDate;
import java.util.List;
import org.medsoc.platform.personal.PersonalData;

/**
 * A contact entered a member's log; touchBaseMonths for a key mentor or sponsor (absent in events
 * stored before it existed: not a key contact).
 */
public record ContactLogged(
    String contactId,
    String ownerId,
    @PersonalData(subject = "ownerId") String name,
    @PersonalData(subject = "ownerId") String role,
    @PersonalData(subject = "ownerId") String institution,
    @PersonalData(subject = "ownerId") String whereMet,
    @PersonalData(subject = "ownerId") List<String> interests,
    LocalDate lastContactOn,
    @PersonalData(subject = "ownerId") String lastContactNote,
    @PersonalData(subject = "ownerId") String nextStep,
    LocalDate nextStepDue,
    Integer touchBaseMonths) {}
