package org.medsoc.member.contact.api;

/**
 * Which contacts to list: all, those whose next step is due by the end of this week, or overdue.
 */
public enum FollowUps {
  ALL,
  DUE_THIS_WEEK,
  OVERDUE
}
