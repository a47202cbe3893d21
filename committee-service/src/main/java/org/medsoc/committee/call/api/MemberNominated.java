package org.medsoc.committee.call.api;

import org.medsoc.committee.committee.api.SeatRole;
import org.medsoc.platform.personal.PersonalData;

/** A member was nominated; the statement is confidential to the nominator and the reviewers. */
public record MemberNominated(
    String callId,
    String nominationId,
    String nominatorId,
    String nomineeId,
    SeatRole role,
    @PersonalData(subject = "nomineeId") String statement,
    String sponsorshipId) {}
