package org.medsoc.portal.web;

/** What a form posted, as a service's JSON wants it. */
public final class FormValues {

  private FormValues() {}

  /** A field left empty is no value at all, so the service names it as missing. */
  public static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
