package org.medsoc.events.conference.api;

/** Query: invitations to speak, of a conference or of a member (one of the two is null). */
public record FindInvitations(String conferenceId, String memberId) {}
