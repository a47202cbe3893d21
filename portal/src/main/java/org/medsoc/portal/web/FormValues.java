package org.medsoc.portal.web;

import java.util.Arrays;
import java.util.List;

/** What a form posted, as a service's JSON wants it. */
public final class FormValues {

  private FormValues() {}

  /** A field left empty is no value at all, so the service names it as missing. */
  public static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** A comma-separated field ("dialysis, research") as its items, blanks left out. */
  public static List<String> list(String value) {
    return value == null
        ? List.of()
        : Arrays.stream(value.split(",")).map(String::strip).filter(i -> !i.isEmpty()).toList();
  }
}
