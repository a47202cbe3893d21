package org.medsoc.committee.call.api;

import org.medsoc.committee.committee.api.SeatRole;
import org.medsoc.platform.personal.PersonalData;

/** An unselected nomination of the previous cycle continues in this one, consent as it was. */
public record NominationCarriedOver(
    String callId,
    String nominationId,
    String fromCallId,
    String fromNominationId,
    String nominatorId,
    String nomineeId,
    SeatRole role,
    @PersonalData(subject = "nomineeId") String statement,
    String sponsorshipId,
    boolean consented) {}
