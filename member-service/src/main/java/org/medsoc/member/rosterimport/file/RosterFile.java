package org.medsoc.member.rosterimport.file;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.medsoc.kernel.error.DomainException;
import org.medsoc.member.rosterimport.api.ImportField;

/**
 * A roster as a society's previous system exported it: a header row naming the columns, then one
 * row per member. Comma or semicolon separated (a spreadsheet in many European locales writes the
 * latter), UTF-8, with or without a byte-order mark.
 */
public record RosterFile(List<String> columns, List<List<String>> rows) {

  /** The most rows one file may hold; a larger society imports in parts. */
  public static final int MAX_ROWS = 50_000;

  public static RosterFile parse(String text) {
    String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
    for (int i = 0; i < content.length(); i++) {
      char c = content.charAt(i);
      if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
        throw DomainException.invalid(
            "file",
            "must not contain control characters (found U+%04X at character %d)"
                .formatted((int) c, i + 1));
      }
    }
    String firstLine = content.lines().findFirst().orElse("");
    char delimiter =
        firstLine.chars().filter(c -> c == ';').count()
                > firstLine.chars().filter(c -> c == ',').count()
            ? ';'
            : ',';
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setDelimiter(delimiter)
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get();
    try (CSVParser parser = CSVParser.parse(new StringReader(content), format)) {
      List<List<String>> all = new ArrayList<>();
      for (CSVRecord record : parser) {
        if (all.size() > MAX_ROWS) {
          throw DomainException.invalid(
              "file", "holds more than " + MAX_ROWS + " rows; import it in parts");
        }
        all.add(record.toList());
      }
      if (all.isEmpty()) {
        throw DomainException.invalid("file", "is empty; it needs a header row naming the columns");
      }
      List<String> header = all.get(0);
      Set<String> seen = new HashSet<>();
      for (String column : header) {
        if (column.isBlank()) {
          throw DomainException.invalid("file", "the header row has a column without a name");
        }
        if (!seen.add(column)) {
          throw DomainException.invalid(
              "file", "the header row names the column " + column + " twice");
        }
      }
      if (all.size() == 1) {
        throw DomainException.invalid("file", "has a header row but no members");
      }
      return new RosterFile(List.copyOf(header), List.copyOf(all.subList(1, all.size())));
    } catch (IOException | IllegalStateException | UncheckedIOException e) {
      throw DomainException.invalid("file", "is not a readable CSV file: " + e.getMessage());
    }
  }

  /** For each field, the column whose header names it, as far as the headers tell. */
  public Map<String, String> suggestedMapping() {
    Map<String, String> mapping = new TreeMap<>();
    for (ImportField field : ImportField.values()) {
      for (String column : columns) {
        if (field.headers().contains(normalized(column)) || field.key().equalsIgnoreCase(column)) {
          mapping.putIfAbsent(field.key(), column);
        }
      }
    }
    return mapping;
  }

  private static String normalized(String header) {
    return header.toLowerCase(Locale.ROOT).replaceAll("[_.]", " ").replaceAll("\\s+", " ").strip();
  }
}
