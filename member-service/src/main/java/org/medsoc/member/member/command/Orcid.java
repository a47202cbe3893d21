package org.medsoc.member.member.command;

/** ORCID iD check digit (ISO 7064 11,2), which catches most mistyped iDs. */
final class Orcid {

  private Orcid() {}

  static boolean hasValidCheckDigit(String orcid) {
    String digits = orcid.replace("-", "");
    int total = 0;
    for (int i = 0; i < digits.length() - 1; i++) {
      total = (total + (digits.charAt(i) - '0')) * 2;
    }
    int result = (12 - total % 11) % 11;
    char expected = result == 10 ? 'X' : (char) ('0' + result);
    return digits.charAt(digits.length() - 1) == expected;
  }
}
