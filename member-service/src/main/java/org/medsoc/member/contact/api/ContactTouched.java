package org.medsoc.member.contact.api;

import java.time.LocalDate;
import org.medsoc.platform.personal.PersonalData;

/** The member was in touch with a contact again. */
public record ContactTouched(
    String contactId,
    String ownerId,
    LocalDate contactedOn,
    @PersonalData(subject = "ownerId") String note,
    @PersonalData(subject = "ownerId") String nextStep,
    LocalDate nextStepDue) {}
