package org.medsoc.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A stated reason never runs as a spreadsheet formula, and a cell never breaks the row. */
class CsvTest {

  @Test
  void every_leading_character_a_spreadsheet_reads_as_a_formula_is_neutralised() {
    for (String formula : new String[] {"=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1"}) {
      assertThat(Csv.cell(formula).replace("\"", "")).as(formula).startsWith("'");
    }
  }

  @Test
  void commas_quotes_and_line_breaks_are_quoted() {
    assertThat(Csv.cell("a,b")).isEqualTo("\"a,b\"");
    assertThat(Csv.cell("say \"no\"")).isEqualTo("\"say \"\"no\"\"\"");
    assertThat(Csv.cell("two\nlines")).isEqualTo("\"two\nlines\"");
    assertThat(Csv.cell("plain")).isEqualTo("plain");
    assertThat(Csv.cell(null)).isEmpty();
  }
}
