package org.medsoc.member.mentorship.api;

/** Query: a member's active mentors. */
public record FindMentorTeam(String menteeId) {}
