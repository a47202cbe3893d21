package org.medsoc.notification.preference;

/** How a member wants one kind of notification. */
public enum Choice {
  IMMEDIATELY,
  /** Gathered into one mail at 07:00 UTC each day. */
  DAILY,
  /** Gathered into one mail at 07:00 UTC each Monday. */
  WEEKLY,
  /** Not mailed; still shown in the portal's notification centre. */
  OFF
}
