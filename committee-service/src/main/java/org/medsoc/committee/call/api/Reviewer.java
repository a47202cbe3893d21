package org.medsoc.committee.call.api;

/**
 * Who reviews: the login (token subject) and, when the login acts as a member, that member; a
 * reviewer who is the candidate, the nominator or an endorser has a conflict without declaring it.
 */
public record Reviewer(String subject, String memberId) {}
