package org.medsoc.audit.web;

/** RFC 4180 cells, safe to open in a spreadsheet. */
final class Csv {

  private Csv() {}

  /**
   * Quotes a cell when it holds a comma, quote or line break, and neutralises a leading =, +, -, @,
   * tab or carriage return (OWASP's list) so a spreadsheet never runs a stated reason as a formula.
   */
  static String cell(String value) {
    if (value == null) {
      return "";
    }
    String safe =
        !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
      return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
    return safe;
  }
}
