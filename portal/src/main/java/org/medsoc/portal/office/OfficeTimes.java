package org.medsoc.portal.office;

/** Times as the office reads them. */
final class OfficeTimes {

  private OfficeTimes() {}

  /** A local date-time from a service ("2027-01-21T17:00:00") to the minute: "2027-01-21 17:00". */
  static String minute(String localDateTime) {
    String shown = localDateTime.replace('T', ' ');
    return shown.length() > 16 ? shown.substring(0, 16) : shown;
  }
}
