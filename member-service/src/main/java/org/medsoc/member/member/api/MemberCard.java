package org.medsoc.member.member.api;

import java.util.List;
import org.medsoc.kernel.member.TrainingLevel;

/** What another member sees: the professional card, without contact data or memberships. */
public record MemberCard(
    String memberId,
    String givenName,
    String familyName,
    String degree,
    TrainingLevel trainingLevel,
    String institution,
    String specialty,
    List<String> interests,
    String orcid,
    String headline,
    String linkedIn,
    String doximity) {

  public static MemberCard of(MemberView member) {
    MemberProfile p = member.profile();
    return new MemberCard(
        member.memberId(),
        p.givenName(),
        p.familyName(),
        p.degree(),
        member.trainingLevel(),
        p.institution(),
        p.specialty(),
        p.interests(),
        p.orcid(),
        p.headline(),
        p.linkedIn(),
        p.doximity());
  }
}
