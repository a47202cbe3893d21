package org.medsoc.kernel.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpreadsheetCellsTest {

  @Test
  void a_cell_a_spreadsheet_would_run_as_a_formula_is_written_as_text() {
    assertThat(SpreadsheetCells.text("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
    assertThat(SpreadsheetCells.text("+1")).isEqualTo("'+1");
    assertThat(SpreadsheetCells.text("-1")).isEqualTo("'-1");
    assertThat(SpreadsheetCells.text("@SUM(A1)")).isEqualTo("'@SUM(A1)");
  }

  @Test
  void an_ordinary_cell_is_left_as_it_is() {
    assertThat(SpreadsheetCells.text("Okafor")).isEqualTo("Okafor");
    assertThat(SpreadsheetCells.text("")).isEmpty();
    assertThat(SpreadsheetCells.text(null)).isNull();
  }
}
