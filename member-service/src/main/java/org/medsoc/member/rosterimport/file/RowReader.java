package org.medsoc.member.rosterimport.file;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.medsoc.kernel.error.DomainException;
import org.medsoc.kernel.error.FieldViolation;
import org.medsoc.kernel.input.Limits;
import org.medsoc.kernel.member.MembershipCategory;
import org.medsoc.kernel.member.MembershipStatus;
import org.medsoc.kernel.member.TrainingLevel;
import org.medsoc.member.member.api.Dues;
import org.medsoc.member.member.api.ImportedMembership;
import org.medsoc.member.member.api.MemberProfile;
import org.medsoc.member.member.command.ImportRules;
import org.medsoc.member.member.command.MembershipPolicy;
import org.medsoc.member.rosterimport.api.ImportField;
import org.medsoc.member.rosterimport.api.ImportProblem;
import org.medsoc.member.society.query.Societies;
import org.medsoc.platform.input.TextInput;

/**
 * Reads a roster's rows through a mapping of fields to columns, naming every problem of every row
 * with the rules the Member aggregate applies, so the preview tells staff what the run will refuse.
 */
public final class RowReader {

  /** What reading a file gave: the rows that can be imported, and the problems of the others. */
  public record Result(List<ImportRow> rows, List<ImportProblem> problems) {}

  private final Validator validator;
  private final MembershipPolicy policy;

  public RowReader(Validator validator, MembershipPolicy policy) {
    this.validator = validator;
    this.policy = policy;
  }

  /** The mapping, checked: known fields, existing columns, every required field mapped. */
  public static Map<ImportField, Integer> columnsOf(RosterFile file, Map<String, String> mapping) {
    Map<String, ImportField> byKey = new HashMap<>();
    for (ImportField field : ImportField.values()) {
      byKey.put(field.key(), field);
    }
    Map<ImportField, Integer> columns = new LinkedHashMap<>();
    for (Map.Entry<String, String> entry : mapping.entrySet()) {
      ImportField field = byKey.get(entry.getKey());
      if (field == null) {
        throw DomainException.invalid("mapping." + entry.getKey(), "is not a field of a roster");
      }
      if (entry.getValue() == null || entry.getValue().isBlank()) {
        continue;
      }
      int column = file.columns().indexOf(entry.getValue());
      if (column < 0) {
        throw DomainException.invalid(
            "mapping." + entry.getKey(), "the file has no column named " + entry.getValue());
      }
      columns.put(field, column);
    }
    for (ImportField field : ImportField.values()) {
      if (field.required() && !columns.containsKey(field)) {
        throw DomainException.invalid("mapping." + field.key(), "choose the column that holds it");
      }
    }
    return columns;
  }

  public Result read(
      RosterFile file, Map<String, String> mapping, String societyId, Societies societies) {
    Map<ImportField, Integer> columns = columnsOf(file, mapping);
    Map<String, String> sections = societies.sectionsByName(societyId);
    Societies society = new OneSociety(societyId, Set.copyOf(sections.values()), societies);
    List<ImportRow> rows = new ArrayList<>();
    List<ImportProblem> problems = new ArrayList<>();
    Map<String, Integer> rowOfKey = new HashMap<>();
    Map<String, Integer> rowOfEmail = new HashMap<>();
    for (int i = 0; i < file.rows().size(); i++) {
      Row row = new Row(i + 1, file.rows().get(i), columns);
      ImportRow read = row.read(society, societyId, sections);
      if (read != null) {
        Integer earlier = rowOfKey.putIfAbsent(read.rowKey(), row.number);
        if (earlier != null) {
          row.problem(ImportField.ROW_KEY.key(), "row " + earlier + " has this key too");
        }
        Integer sameAddress = rowOfEmail.putIfAbsent(read.profile().normalizedEmail(), row.number);
        if (sameAddress != null) {
          row.problem(ImportField.EMAIL.key(), "row " + sameAddress + " has this address too");
        }
      }
      if (row.problems.isEmpty()) {
        rows.add(read);
      } else {
        problems.addAll(row.problems);
      }
    }
    return new Result(rows, problems);
  }

  private final class Row {

    final int number;
    final List<String> cells;
    final Map<ImportField, Integer> columns;
    final List<ImportProblem> problems = new ArrayList<>();
    String rowKey;

    Row(int number, List<String> cells, Map<ImportField, Integer> columns) {
      this.number = number;
      this.cells = cells;
      this.columns = columns;
    }

    ImportRow read(Societies society, String societyId, Map<String, String> sections) {
      rowKey = text(ImportField.ROW_KEY, Limits.ID);
      if (rowKey == null && problems.isEmpty()) {
        problem(ImportField.ROW_KEY.key(), "must not be blank");
      }
      MemberProfile profile =
          new MemberProfile(
              text(ImportField.GIVEN_NAME, Limits.PERSON_NAME),
              text(ImportField.FAMILY_NAME, Limits.PERSON_NAME),
              text(ImportField.DEGREE, Limits.DEGREE),
              text(ImportField.INSTITUTION, Limits.NAME),
              text(ImportField.SPECIALTY, Limits.LABEL),
              list(ImportField.INTERESTS),
              text(ImportField.EMAIL, Limits.EMAIL),
              text(ImportField.ORCID, Limits.LABEL));
      for (ConstraintViolation<MemberProfile> violation : validator.validate(profile)) {
        problem(first(violation.getPropertyPath()), violation.getMessage());
      }
      TrainingLevel level = choice(ImportField.TRAINING_LEVEL, TrainingLevel.class, null);
      MembershipCategory category = choice(ImportField.CATEGORY, MembershipCategory.class, null);
      MembershipStatus status =
          choice(ImportField.STATUS, MembershipStatus.class, MembershipStatus.ACTIVE);
      LocalDate memberSince = date(ImportField.MEMBER_SINCE);
      LocalDate paidThrough = date(ImportField.PAID_THROUGH);
      List<String> sectionIds = new ArrayList<>();
      for (String name : list(ImportField.SECTIONS)) {
        String sectionId = sections.get(name.toLowerCase(Locale.ROOT));
        if (sectionId == null) {
          problem(ImportField.SECTIONS.key(), "the society has no section named " + name);
        } else {
          sectionIds.add(sectionId);
        }
      }
      if (!problems.isEmpty() || level == null || category == null || status == null) {
        return null;
      }
      ImportedMembership membership =
          new ImportedMembership(category, status, memberSince, paidThrough, sectionIds);
      try {
        ImportRules.check(societyId, membership, level, society, policy);
      } catch (DomainException refused) {
        for (FieldViolation violation : refused.violations()) {
          problem(violation.field(), violation.reason());
        }
        return null;
      }
      return new ImportRow(number, rowKey, profile, level, membership);
    }

    void problem(String field, String message) {
      problems.add(new ImportProblem(number, rowKey, field, message));
    }

    private String cell(ImportField field) {
      Integer column = columns.get(field);
      if (column == null || column >= cells.size()) {
        return null;
      }
      String value = cells.get(column).strip();
      return value.isEmpty() ? null : value;
    }

    private String text(ImportField field, int max) {
      String value = cell(field);
      if (value == null) {
        return null;
      }
      Optional<String> refusal = TextInput.refusal(value);
      if (refusal.isPresent()) {
        problem(field.key(), refusal.get());
        return null;
      }
      if (value.length() > max) {
        problem(field.key(), "must be at most " + max + " characters");
        return null;
      }
      return value;
    }

    private List<String> list(ImportField field) {
      String value = text(field, Limits.LETTER);
      if (value == null) {
        return List.of();
      }
      return Arrays.stream(value.split("[;|]"))
          .map(String::strip)
          .filter(s -> !s.isEmpty())
          .toList();
    }

    private <E extends Enum<E>> E choice(ImportField field, Class<E> type, E absent) {
      String value = cell(field);
      if (value == null) {
        if (absent == null && field.required()) {
          problem(field.key(), "must not be blank");
        }
        return absent;
      }
      String name = value.toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
      for (E constant : type.getEnumConstants()) {
        if (constant.name().equals(name)) {
          return constant;
        }
      }
      problem(
          field.key(),
          "must be one of " + Arrays.toString(type.getEnumConstants()) + ", not " + value);
      return null;
    }

    private LocalDate date(ImportField field) {
      String value = cell(field);
      if (value == null) {
        return null;
      }
      try {
        LocalDate date = LocalDate.parse(value);
        Optional<String> refusal = TextInput.refusal(date);
        if (refusal.isPresent()) {
          problem(field.key(), refusal.get());
          return null;
        }
        return date;
      } catch (DateTimeParseException e) {
        problem(field.key(), "must be a date written as 2024-12-31, not " + value);
        return null;
      }
    }

    private static String first(Path path) {
      return path.iterator().next().getName();
    }
  }

  /**
   * The importing society as the rules ask about it (an import exists only for a society that
   * does), its sections read once for the whole file.
   */
  private record OneSociety(String societyId, Set<String> sectionIds, Societies societies)
      implements Societies {

    @Override
    public boolean exists(String id) {
      return societyId.equals(id);
    }

    @Override
    public boolean hasSection(String id, String sectionId) {
      return societyId.equals(id) && sectionIds.contains(sectionId);
    }

    @Override
    public Optional<Dues> feeFor(String id, MembershipCategory category) {
      return societies.feeFor(id, category);
    }

    @Override
    public Map<String, String> sectionsByName(String id) {
      return societies.sectionsByName(id);
    }
  }
}
