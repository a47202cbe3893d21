package org.medsoc.audit.web;

import org.medsoc.kernel.input.SpreadsheetCells;

/** RFC 4180 cells, safe to open in a spreadsheet. */
final class Csv {

  private Csv() {}

  /** Quotes a cell when it holds a comma, quote or line break; a formula is written as text. */
  static String cell(String value) {
    if (value == null) {
      return "";
    }
    String safe = SpreadsheetCells.text(value);
    if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
      return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
    return safe;
  }
}
