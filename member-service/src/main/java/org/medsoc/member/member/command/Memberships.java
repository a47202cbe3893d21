package org.medsoc.member.member.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.medsoc.kernel.member.MembershipStatus.ACTIVE;
import static org.medsoc.kernel.member.MembershipStatus.LAPSED;
import static org.medsoc.kernel.member.MembershipStatus.PENDING;
import static org.medsoc.kernel.member.MembershipStatus.REJECTED;
import static org.medsoc.kernel.member.MembershipStatus.RESIGNED;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.medsoc.kernel.error.DomainException;
import org.medsoc.kernel.member.MembershipCategory;
import org.medsoc.kernel.member.MembershipStatus;
import org.medsoc.kernel.member.TrainingLevel;
import org.medsoc.member.member.api.*;
import org.medsoc.member.society.query.Societies;

/**
 * A member's memberships of societies, each through its lifecycle (applied, approved, renewed,
 * lapsed, reinstated, resigned) with its category and sections. A category always fits the member's
 * training level; the paid period only moves forward, and each paid period ends in a lapse unless
 * it is renewed first.
 */
class Memberships {

  private String memberId;
  private TrainingLevel trainingLevel;
  private final Map<String, Membership> bySociety = new LinkedHashMap<>();

  Memberships(String memberId, TrainingLevel trainingLevel) {
    this.memberId = memberId;
    this.trainingLevel = trainingLevel;
  }

  Optional<Membership> of(String societyId) {
    return Optional.ofNullable(bySociety.get(societyId));
  }

  /** The memberships in one of these states, in the order they began. */
  List<Membership> in(MembershipStatus... statuses) {
    return bySociety.values().stream().filter(m -> m.isOneOf(statuses)).toList();
  }

  @CommandHandler
  void handle(
      ApproveMembership command,
      DeadlineManager deadlines,
      MembershipPolicy policy,
      Societies societies) {
    Membership membership = membershipOf(command.societyId());
    membership.requireStatus(PENDING, "approve");
    apply(
        new MembershipApproved(
            memberId,
            command.societyId(),
            membership.category(),
            command.paidThrough(),
            dues(command.dues(), membership, societies)));
    scheduleLapse(deadlines, policy, command.societyId(), command.paidThrough());
  }

  @CommandHandler
  void handle(RejectMembership command) {
    membershipOf(command.societyId()).requireStatus(PENDING, "reject");
    apply(new MembershipRejected(memberId, command.societyId(), command.reason().trim()));
  }

  @CommandHandler
  void handle(
      RenewMembership command,
      DeadlineManager deadlines,
      MembershipPolicy policy,
      Societies societies) {
    Membership membership = membershipOf(command.societyId());
    if (membership.status() == LAPSED) {
      throw DomainException.conflict("status", "the membership has lapsed; reinstate it instead");
    }
    membership.requireStatus(ACTIVE, "renew");
    requireLater(command.paidThrough(), membership.paidThrough());
    apply(
        new MembershipRenewed(
            memberId,
            command.societyId(),
            membership.paidThrough(),
            command.paidThrough(),
            dues(command.dues(), membership, societies)));
    scheduleLapse(deadlines, policy, command.societyId(), command.paidThrough());
  }

  @CommandHandler
  void handle(
      ReinstateMembership command,
      DeadlineManager deadlines,
      MembershipPolicy policy,
      Societies societies) {
    Membership membership = membershipOf(command.societyId());
    membership.requireStatus(LAPSED, "reinstate");
    requireLater(command.paidThrough(), membership.paidThrough());
    apply(
        new MembershipReinstated(
            memberId,
            command.societyId(),
            command.paidThrough(),
            dues(command.dues(), membership, societies)));
    scheduleLapse(deadlines, policy, command.societyId(), command.paidThrough());
  }

  @CommandHandler
  void handle(ResignMembership command) {
    Membership membership = membershipOf(command.societyId());
    if (!membership.isOneOf(ACTIVE, LAPSED)) {
      throw DomainException.conflict(
          "status", "cannot resign a membership that is " + membership.status());
    }
    apply(new MembershipResigned(memberId, command.societyId(), command.reason()));
  }

  @CommandHandler
  void handle(ChangeMembershipCategory command) {
    Membership membership = membershipOf(command.societyId());
    if (!membership.isOneOf(PENDING, ACTIVE, LAPSED)) {
      throw DomainException.conflict(
          "status", "cannot change the category of a membership that is " + membership.status());
    }
    if (membership.category() == command.category()) {
      return;
    }
    requireCategoryFits(command.category());
    apply(
        new MembershipCategoryChanged(
            memberId,
            command.societyId(),
            membership.category(),
            command.category(),
            "changed by staff"));
  }

  @CommandHandler
  void handle(JoinSection command, Societies societies) {
    Membership membership = membershipOf(command.societyId());
    if (!societies.hasSection(command.societyId(), command.sectionId())) {
      throw DomainException.notFound(
          "sectionId", "the society has no section " + command.sectionId());
    }
    membership.requireStatus(ACTIVE, "join a section with");
    if (!membership.inSection(command.sectionId())) {
      apply(new SectionJoined(memberId, command.societyId(), command.sectionId()));
    }
  }

  @CommandHandler
  void handle(LeaveSection command) {
    Membership membership = membershipOf(command.societyId());
    if (membership.inSection(command.sectionId())) {
      apply(new SectionLeft(memberId, command.societyId(), command.sectionId()));
    }
  }

  private Membership membershipOf(String societyId) {
    Membership membership = bySociety.get(societyId);
    if (membership == null) {
      throw DomainException.notFound(
          "societyId", "the member has no membership of society " + societyId);
    }
    return membership;
  }

  void requireCategoryFits(MembershipCategory category) {
    if (!CategoryEligibility.admits(category, trainingLevel)) {
      throw DomainException.invalid(
          "category",
          "%s membership is for %s; the member is %s"
              .formatted(category, CategoryEligibility.requirement(category), trainingLevel));
    }
  }

  /** The dues given, or else the society's fee for the membership's category. */
  private static Dues dues(Dues given, Membership membership, Societies societies) {
    if (given != null) {
      return given;
    }
    return societies
        .feeFor(membership.societyId(), membership.category())
        .orElseThrow(
            () ->
                DomainException.invalid(
                    "dues",
                    "the society's fee schedule has no fee for %s membership; give the amount"
                        .formatted(membership.category())));
  }

  private static void requireLater(LocalDate paidThrough, LocalDate current) {
    if (current != null && !paidThrough.isAfter(current)) {
      throw DomainException.invalid(
          "paidThrough", "must be after the current period's end " + current);
    }
  }

  static void scheduleLapse(
      DeadlineManager deadlines, MembershipPolicy policy, String societyId, LocalDate paidThrough) {
    deadlines.schedule(
        policy.lapseMoment(paidThrough),
        Member.LAPSE_DEADLINE,
        new MembershipLapseDue(societyId, paidThrough));
  }

  @EventSourcingHandler
  void on(TrainingLevelChanged event) {
    trainingLevel = event.to();
  }

  @EventSourcingHandler
  void on(MembershipApplied event) {
    bySociety.put(event.societyId(), new Membership(event.societyId(), event.category()));
  }

  @EventSourcingHandler
  void on(MembershipImported event) {
    Membership membership = new Membership(event.societyId(), event.category());
    membership.restore(event.status(), event.paidThrough(), event.sectionIds(), event.rowKey());
    bySociety.put(event.societyId(), membership);
  }

  @EventSourcingHandler
  void on(MembershipApproved event) {
    bySociety.get(event.societyId()).activate(event.paidThrough());
  }

  @EventSourcingHandler
  void on(MembershipRejected event) {
    bySociety.get(event.societyId()).changeStatus(REJECTED);
  }

  @EventSourcingHandler
  void on(MembershipRenewed event) {
    bySociety.get(event.societyId()).activate(event.paidThrough());
  }

  @EventSourcingHandler
  void on(MembershipLapsed event) {
    bySociety.get(event.societyId()).changeStatus(LAPSED);
  }

  @EventSourcingHandler
  void on(MembershipReinstated event) {
    bySociety.get(event.societyId()).activate(event.paidThrough());
  }

  @EventSourcingHandler
  void on(MembershipResigned event) {
    Membership membership = bySociety.get(event.societyId());
    membership.changeStatus(RESIGNED);
    membership.leaveAllSections();
  }

  @EventSourcingHandler
  void on(MembershipCategoryChanged event) {
    bySociety.get(event.societyId()).changeCategory(event.to());
  }

  @EventSourcingHandler
  void on(SectionJoined event) {
    bySociety.get(event.societyId()).join(event.sectionId());
  }

  @EventSourcingHandler
  void on(SectionLeft event) {
    bySociety.get(event.societyId()).leave(event.sectionId());
  }
}
