package org.medsoc.member.member.command;

/** Whether a member exists; for rules that name other members (introductions, mentorships). */
public interface Members {

  boolean exists(String memberId);
}
