package org.medsoc.kernel.contracts.member;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import org.medsoc.kernel.member.MembershipCategory;
import org.medsoc.kernel.member.MembershipStatus;
import org.medsoc.kernel.member.TrainingLevel;
import org.medsoc.kernel.messaging.IntegrationEvent;
import org.medsoc.kernel.messaging.IntegrationEventType;
import org.medsoc.kernel.messaging.Topics;

/**
 * Version 1: the state of one membership after a change, with what other services need to decide
 * eligibility (rates, committee seats, calls for volunteers). It carries the whole state, not a
 * delta, so a consumer keeps the newest by {@code memberVersion} and needs no other message.
 *
 * <p>Contains no contact data: name, email and ORCID stay in member-service.
 *
 * @param memberId the member (and the Kafka key: a member's facts stay in order)
 * @param societyId the society the membership is with
 * @param change what happened ({@code IMPORTED}, for roster imports, added within version 1: every
 *     reader of ours takes this enum from the kernel and decides by the state carried)
 * @param status the membership's status after the change
 * @param category the membership category after the change
 * @param trainingLevel the member's training level after the change
 * @param paidThrough the last day covered by dues; null until approved
 * @param sectionIds the sections of the society the member belongs to
 * @param memberVersion increases with every change of the member; newer wins
 * @param accountSubject the login (token subject) that acts as the member, so other services can
 *     tell when a caller is this member; null when the member has no login. Optional: added within
 *     version 1, which readers that ignore unknown fields (all of ours) accept.
 * @param institution the institution the member works at, for the audit's fairness by institution;
 *     null when not known (facts published before it was added). Optional, added within version 1.
 */
@IntegrationEventType(name = "member.MembershipChanged", version = 1, topic = Topics.MEMBERSHIPS)
public record MembershipChanged(
    String memberId,
    String societyId,
    Change change,
    MembershipStatus status,
    MembershipCategory category,
    TrainingLevel trainingLevel,
    LocalDate paidThrough,
    Set<String> sectionIds,
    long memberVersion,
    String accountSubject,
    String institution)
    implements IntegrationEvent {

  /** A fact that names no institution, as facts published before it was added. */
  public MembershipChanged(
      String memberId,
      String societyId,
      Change change,
      MembershipStatus status,
      MembershipCategory category,
      TrainingLevel trainingLevel,
      LocalDate paidThrough,
      Set<String> sectionIds,
      long memberVersion,
      String accountSubject) {
    this(
        memberId,
        societyId,
        change,
        status,
        category,
        trainingLevel,
        paidThrough,
        sectionIds,
        memberVersion,
        accountSubject,
        null);
  }

  public enum Change {
    APPLIED,
    APPROVED,
    REJECTED,
    RENEWED,
    LAPSED,
    REINSTATED,
    RESIGNED,
    CATEGORY_CHANGED,
    TRAINING_LEVEL_CHANGED,
    SECTION_JOINED,
    SECTION_LEFT,
    /** Brought over from the society's previous system, with its own dates. */
    IMPORTED
  }

  public MembershipChanged {
    Objects.requireNonNull(memberId, "memberId is required");
    Objects.requireNonNull(societyId, "societyId is required");
    Objects.requireNonNull(change, "change is required");
    Objects.requireNonNull(status, "status is required");
    Objects.requireNonNull(category, "category is required");
    Objects.requireNonNull(trainingLevel, "trainingLevel is required");
    sectionIds = sectionIds == null ? Set.of() : Set.copyOf(sectionIds);
  }

  @Override
  public String aggregateId() {
    return memberId;
  }
}
