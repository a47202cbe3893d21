package org.medsoc.kernel.input;

/** Cells of an exported file that a spreadsheet opens. */
public final class SpreadsheetCells {

  private SpreadsheetCells() {}

  /**
   * A cell a spreadsheet would run as a formula (a leading =, +, -, @, tab or carriage return:
   * OWASP's list) is written as text, so a name or a stated reason never executes on the reader's
   * machine.
   */
  public static String text(String cell) {
    if (cell != null && !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
      return "'" + cell;
    }
    return cell;
  }
}
