package org.medsoc.member.member.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.medsoc.kernel.input.Limits;
import org.medsoc.platform.personal.PersonalData;

/**
 * Who a member is professionally. Personal data: shown only to those entitled to it, and never
 * published to other services, except the institution, which membership facts carry for the audit's
 * fairness counts, and the address and name, which go to notification-service alone for mail.
 */
public record MemberProfile(
    @PersonalData @NotBlank @Size(max = Limits.PERSON_NAME) String givenName,
    @PersonalData @NotBlank @Size(max = Limits.PERSON_NAME) String familyName,
    @PersonalData @Size(max = Limits.DEGREE) String degree,
    @PersonalData @NotBlank @Size(max = Limits.NAME) String institution,
    @PersonalData @Size(max = Limits.LABEL) String specialty,
    @PersonalData @Size(max = Limits.INTERESTS)
        List<@NotBlank @Size(max = Limits.INTEREST) String> interests,
    @PersonalData @NotBlank @Email @Size(max = Limits.EMAIL) String email,
    @PersonalData
        @Pattern(
            regexp = "\\d{4}-\\d{4}-\\d{4}-\\d{3}[\\dX]",
            message = "must be an ORCID iD such as 0000-0002-1825-0097")
        String orcid,
    @PersonalData @Size(max = Limits.TITLE) String headline,
    @PersonalData
        @Size(max = Limits.TITLE)
        @Pattern(
            regexp = "https://([a-z]{2,3}\\.)?linkedin\\.com/\\S+",
            message = "must be a LinkedIn address such as https://www.linkedin.com/in/your-name")
        String linkedIn,
    @PersonalData
        @Size(max = Limits.TITLE)
        @Pattern(
            regexp = "https://(www\\.)?doximity\\.com/\\S+",
            message = "must be a Doximity address such as https://www.doximity.com/pub/your-name")
        String doximity) {

  public MemberProfile {
    interests = interests == null ? List.of() : List.copyOf(interests);
    headline = headline == null || headline.isBlank() ? null : headline.strip();
  }

  /** A profile without the pitch and links, as profiles were before they had them. */
  public MemberProfile(
      String givenName,
      String familyName,
      String degree,
      String institution,
      String specialty,
      List<String> interests,
      String email,
      String orcid) {
    this(
        givenName,
        familyName,
        degree,
        institution,
        specialty,
        interests,
        email,
        orcid,
        null,
        null,
        null);
  }

  /** Emails are unique per person regardless of case. */
  public String normalizedEmail() {
    return email == null ? null : email.trim().toLowerCase(java.util.Locale.ROOT);
  }
}
