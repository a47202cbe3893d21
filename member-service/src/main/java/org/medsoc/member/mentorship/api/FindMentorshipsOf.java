package org.medsoc.member.mentorship.api;

/** Query: every mentorship a member takes part in, as mentee or as mentor, newest first. */
public record FindMentorshipsOf(String memberId) {}
