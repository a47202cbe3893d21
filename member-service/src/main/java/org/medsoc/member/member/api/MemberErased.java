package org.medsoc.member.member.api;

import java.time.LocalDate;

/**
 * The member was forgotten at their request: their key is destroyed, so their own data reads as
 * erased everywhere, and nothing more is recorded of them. Who asked is in the event's metadata, as
 * for every event; why and on which ground is here.
 */
public record MemberErased(
    String memberId, String reason, LegalBasis legalBasis, LocalDate erasedOn) {}
