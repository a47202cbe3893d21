package org.medsoc.member.rosterimport.api;

import java.util.List;

/**
 * What a column of an imported roster can hold, by the key a mapping names it with, and the header
 * names that suggest it.
 */
public enum ImportField {
  ROW_KEY("rowKey", true, "member number", "member id", "membership number", "id", "number"),
  GIVEN_NAME("givenName", true, "given name", "first name", "firstname", "forename"),
  FAMILY_NAME("familyName", true, "family name", "last name", "lastname", "surname"),
  EMAIL("email", true, "email", "e-mail", "email address"),
  DEGREE("degree", false, "degree", "credentials"),
  TRAINING_LEVEL("trainingLevel", true, "training level", "level", "career stage"),
  INSTITUTION("institution", true, "institution", "organization", "organisation", "employer"),
  SPECIALTY("specialty", false, "specialty", "speciality"),
  INTERESTS("interests", false, "interests", "interest"),
  ORCID("orcid", false, "orcid", "orcid id"),
  CATEGORY("category", true, "category", "membership category", "member type", "type"),
  STATUS("status", false, "status", "membership status"),
  MEMBER_SINCE("memberSince", false, "member since", "joined", "join date", "since"),
  PAID_THROUGH("paidThrough", false, "paid through", "paid until", "expires", "expiry", "renewal"),
  SECTIONS("sections", false, "sections", "section");

  private final String key;
  private final boolean required;
  private final List<String> headers;

  ImportField(String key, boolean required, String... headers) {
    this.key = key;
    this.required = required;
    this.headers = List.of(headers);
  }

  public String key() {
    return key;
  }

  public boolean required() {
    return required;
  }

  public List<String> headers() {
    return headers;
  }
}
