package org.medsoc.member.contact.api;

import java.time.LocalDate;

/** The member was in touch with a contact again. */
public record ContactTouched(
    String contactId,
    String ownerId,
    LocalDate contactedOn,
    String note,
    String nextStep,
    LocalDate nextStepDue) {}
