package org.medsoc.events.meeting.command;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Counting business days (Monday to Friday); public holidays differ by society and are not counted.
 */
final class BusinessDays {

  private BusinessDays() {}

  static LocalDate after(LocalDate day, int businessDays) {
    LocalDate result = day;
    int counted = 0;
    while (counted < businessDays) {
      result = result.plusDays(1);
      if (result.getDayOfWeek() != DayOfWeek.SATURDAY
          && result.getDayOfWeek() != DayOfWeek.SUNDAY) {
        counted++;
      }
    }
    return result;
  }
}
