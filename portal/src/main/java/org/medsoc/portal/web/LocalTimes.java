package org.medsoc.portal.web;

/** Local times as people read them on a page. */
public final class LocalTimes {

  private LocalTimes() {}

  /** A local date-time from a service ("2027-01-21T17:00:00") to the minute: "2027-01-21 17:00". */
  public static String minute(String localDateTime) {
    String shown = localDateTime.replace('T', ' ');
    return shown.length() > 16 ? shown.substring(0, 16) : shown;
  }
}
