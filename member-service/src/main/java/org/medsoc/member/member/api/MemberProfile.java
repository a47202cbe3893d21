package org.medsoc.member.member.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Who a member is professionally. Personal data: shown only to those entitled to it, and never
 * published to other services.
 */
public record MemberProfile(
    @NotBlank @Size(max = 100) String givenName,
    @NotBlank @Size(max = 100) String familyName,
    @Size(max = 20) String degree,
    @NotBlank @Size(max = 200) String institution,
    @Size(max = 100) String specialty,
    @Size(max = 20) List<@NotBlank @Size(max = 60) String> interests,
    @NotBlank @Email @Size(max = 254) String email,
    @Pattern(
            regexp = "\\d{4}-\\d{4}-\\d{4}-\\d{3}[\\dX]",
            message = "must be an ORCID iD such as 0000-0002-1825-0097")
        String orcid) {

  public MemberProfile {
    interests = interests == null ? List.of() : List.copyOf(interests);
  }

  /** Emails are unique per person regardless of case. */
  public String normalizedEmail() {
    return email == null ? null : email.trim().toLowerCase(java.util.Locale.ROOT);
  }
}
