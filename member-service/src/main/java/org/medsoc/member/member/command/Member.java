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
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.spring.stereotype.Aggregate;
import org.medsoc.kernel.error.DomainException;
import org.medsoc.kernel.member.MembershipCategory;
import org.medsoc.kernel.member.TrainingLevel;
import org.medsoc.member.member.api.*;
import org.medsoc.member.society.query.Societies;

/**
 * A member: their profile, training level, and their memberships of societies with the sections
 * they belong to. Profile and memberships live in one aggregate because the category rules tie them
 * together: a category must fit the training level, and advancing training moves categories.
 */
@Aggregate
public class Member {

  static final String LAPSE_DEADLINE = "membership-lapse";

  /**
   * One answer whether the address or the login is the one taken, so that nobody learns from it
   * whether an address belongs to a member.
   */
  static final String ALREADY_REGISTERED =
      "a member is already registered with this email address or this login";

  @AggregateIdentifier private String memberId;
  private MemberProfile profile;
  private boolean erased;
  private TrainingLevel trainingLevel;
  private final Map<String, Membership> memberships = new LinkedHashMap<>();

  protected Member() {}

  @CommandHandler
  public Member(
      RegisterMember command, MemberEmails emails, MemberAccounts accounts, Societies societies) {
    requireUsableProfile(command.memberId(), command.profile(), emails);
    if (command.registeredFor() != null && !societies.exists(command.registeredFor())) {
      throw DomainException.notFound("societyId", "no society " + command.registeredFor());
    }
    if (command.accountSubject() != null
        && accounts.memberActingAs(command.accountSubject()).isPresent()) {
      throw DomainException.conflict("profile.email", ALREADY_REGISTERED);
    }
    apply(
        new MemberRegistered(
            command.memberId(),
            command.profile(),
            command.trainingLevel(),
            command.accountSubject(),
            command.registeredFor()));
  }

  @CommandHandler
  public Member(
      ImportMember command,
      MemberEmails emails,
      Societies societies,
      DeadlineManager deadlines,
      MembershipPolicy policy) {
    requireUsableProfile(command.memberId(), command.profile(), emails);
    ImportedMembership imported = command.membership();
    ImportRules.check(command.societyId(), imported, command.trainingLevel(), societies, policy);
    apply(
        new MemberRegistered(
            command.memberId(),
            command.profile(),
            command.trainingLevel(),
            null,
            command.societyId()));
    importMembership(
        command.memberId(),
        command.societyId(),
        command.rowKey(),
        command.importId(),
        imported,
        deadlines,
        policy);
  }

  @CommandHandler
  public void handle(
      ImportMembership command,
      Societies societies,
      DeadlineManager deadlines,
      MembershipPolicy policy) {
    Membership current = memberships.get(command.societyId());
    if (current != null && command.rowKey().equals(current.rowKey())) {
      return;
    }
    if (current != null && current.isOneOf(PENDING, ACTIVE, LAPSED)) {
      throw DomainException.conflict(
          "societyId",
          "the member already has a %s membership of this society".formatted(current.status()));
    }
    ImportedMembership imported = command.membership();
    ImportRules.check(command.societyId(), imported, trainingLevel, societies, policy);
    importMembership(
        command.memberId(),
        command.societyId(),
        command.rowKey(),
        command.importId(),
        imported,
        deadlines,
        policy);
  }

  /** Once the member is erased nothing more is recorded of them, whatever is asked. */
  @CommandHandlerInterceptor
  Object refuseOnceErased(InterceptorChain chain) throws Exception {
    if (erased) {
      throw DomainException.conflict(
          "memberId", "the member was erased at their request: nothing more is recorded of them");
    }
    return chain.proceed();
  }

  @CommandHandler
  public void handle(EraseMember command) {
    if (command.reason() == null || command.reason().isBlank()) {
      throw DomainException.invalid("reason", "say why the member is erased, for the record");
    }
    if (command.legalBasis() == null) {
      throw DomainException.invalid("legalBasis", "name the ground the erasure rests on");
    }
    apply(
        new MemberErased(
            memberId,
            command.reason().strip(),
            command.legalBasis(),
            LocalDate.ofInstant(
                org.axonframework.eventhandling.GenericEventMessage.clock.instant(),
                java.time.ZoneOffset.UTC)));
    // A forgotten person is no member any more: no one nominates, appoints or registers them.
    // After the erasure, so the facts published of it carry nothing of theirs.
    for (Membership membership : List.copyOf(memberships.values())) {
      if (membership.isOneOf(ACTIVE, LAPSED)) {
        apply(new MembershipResigned(memberId, membership.societyId(), null));
      }
    }
  }

  @CommandHandler
  public void handle(UpdateMemberProfile command, MemberEmails emails) {
    if (command.profile().equals(profile)) {
      return;
    }
    requireUsableProfile(memberId, command.profile(), emails);
    apply(new MemberProfileUpdated(memberId, command.profile()));
  }

  @CommandHandler
  public void handle(ChangeTrainingLevel command) {
    TrainingLevel level = command.trainingLevel();
    if (level == trainingLevel) {
      return;
    }
    apply(new TrainingLevelChanged(memberId, trainingLevel, level));
    for (Membership membership : memberships.values()) {
      if (membership.isOneOf(PENDING, ACTIVE, LAPSED)
          && !CategoryEligibility.admits(membership.category(), level)) {
        apply(
            new MembershipCategoryChanged(
                memberId,
                membership.societyId(),
                membership.category(),
                CategoryEligibility.defaultFor(level),
                "training level changed to " + level));
      }
    }
  }

  @CommandHandler
  public void handle(ApplyForMembership command, Societies societies) {
    String societyId = command.societyId();
    if (!societies.exists(societyId)) {
      throw DomainException.notFound("societyId", "no society " + societyId);
    }
    Membership current = memberships.get(societyId);
    if (current != null && current.isOneOf(PENDING, ACTIVE, LAPSED)) {
      throw DomainException.conflict(
          "societyId",
          "already has a %s membership of this society%s"
              .formatted(
                  current.status(), current.status() == LAPSED ? "; reinstate it instead" : ""));
    }
    requireCategoryFits(command.category());
    apply(new MembershipApplied(memberId, societyId, command.category(), trainingLevel));
  }

  @CommandHandler
  public void handle(
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
  public void handle(RejectMembership command) {
    membershipOf(command.societyId()).requireStatus(PENDING, "reject");
    apply(new MembershipRejected(memberId, command.societyId(), command.reason().trim()));
  }

  @CommandHandler
  public void handle(
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

  @DeadlineHandler(deadlineName = LAPSE_DEADLINE)
  public void on(MembershipLapseDue due) {
    Membership membership = memberships.get(due.societyId());
    // A renewal since this deadline was set moved the paid period on: this deadline is stale.
    if (membership != null
        && membership.status() == ACTIVE
        && due.paidThrough().equals(membership.paidThrough())) {
      apply(new MembershipLapsed(memberId, due.societyId(), due.paidThrough()));
    }
  }

  @CommandHandler
  public void handle(
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
  public void handle(ResignMembership command) {
    Membership membership = membershipOf(command.societyId());
    if (!membership.isOneOf(ACTIVE, LAPSED)) {
      throw DomainException.conflict(
          "status", "cannot resign a membership that is " + membership.status());
    }
    apply(new MembershipResigned(memberId, command.societyId(), command.reason()));
  }

  @CommandHandler
  public void handle(ChangeMembershipCategory command) {
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
  public void handle(JoinSection command, Societies societies) {
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
  public void handle(LeaveSection command) {
    Membership membership = membershipOf(command.societyId());
    if (membership.inSection(command.sectionId())) {
      apply(new SectionLeft(memberId, command.societyId(), command.sectionId()));
    }
  }

  @EventSourcingHandler
  void on(MemberRegistered event) {
    memberId = event.memberId();
    profile = event.profile();
    trainingLevel = event.trainingLevel();
  }

  @EventSourcingHandler
  void on(MemberProfileUpdated event) {
    profile = event.profile();
  }

  @EventSourcingHandler
  void on(MemberErased event) {
    erased = true;
  }

  @EventSourcingHandler
  void on(TrainingLevelChanged event) {
    trainingLevel = event.to();
  }

  @EventSourcingHandler
  void on(MembershipApplied event) {
    memberships.put(event.societyId(), new Membership(event.societyId(), event.category()));
  }

  @EventSourcingHandler
  void on(MembershipImported event) {
    Membership membership = new Membership(event.societyId(), event.category());
    membership.restore(event.status(), event.paidThrough(), event.sectionIds(), event.rowKey());
    memberships.put(event.societyId(), membership);
  }

  @EventSourcingHandler
  void on(MembershipApproved event) {
    memberships.get(event.societyId()).activate(event.paidThrough());
  }

  @EventSourcingHandler
  void on(MembershipRejected event) {
    memberships.get(event.societyId()).changeStatus(REJECTED);
  }

  @EventSourcingHandler
  void on(MembershipRenewed event) {
    memberships.get(event.societyId()).activate(event.paidThrough());
  }

  @EventSourcingHandler
  void on(MembershipLapsed event) {
    memberships.get(event.societyId()).changeStatus(LAPSED);
  }

  @EventSourcingHandler
  void on(MembershipReinstated event) {
    memberships.get(event.societyId()).activate(event.paidThrough());
  }

  @EventSourcingHandler
  void on(MembershipResigned event) {
    Membership membership = memberships.get(event.societyId());
    membership.changeStatus(RESIGNED);
    membership.leaveAllSections();
  }

  @EventSourcingHandler
  void on(MembershipCategoryChanged event) {
    memberships.get(event.societyId()).changeCategory(event.to());
  }

  @EventSourcingHandler
  void on(SectionJoined event) {
    memberships.get(event.societyId()).join(event.sectionId());
  }

  @EventSourcingHandler
  void on(SectionLeft event) {
    memberships.get(event.societyId()).leave(event.sectionId());
  }

  private Membership membershipOf(String societyId) {
    Membership membership = memberships.get(societyId);
    if (membership == null) {
      throw DomainException.notFound(
          "societyId", "the member has no membership of society " + societyId);
    }
    return membership;
  }

  private void requireCategoryFits(MembershipCategory category) {
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

  /** The member's id is named: in the creating handler the aggregate has not taken it yet. */
  private static void importMembership(
      String memberId,
      String societyId,
      String rowKey,
      String importId,
      ImportedMembership imported,
      DeadlineManager deadlines,
      MembershipPolicy policy) {
    apply(
        new MembershipImported(
            memberId,
            societyId,
            rowKey,
            importId,
            imported.category(),
            imported.status(),
            imported.memberSince(),
            imported.paidThrough(),
            imported.status() == RESIGNED ? List.of() : imported.sectionIds()));
    if (imported.status() == ACTIVE) {
      scheduleLapse(deadlines, policy, societyId, imported.paidThrough());
    }
  }

  private static void requireLater(LocalDate paidThrough, LocalDate current) {
    if (current != null && !paidThrough.isAfter(current)) {
      throw DomainException.invalid(
          "paidThrough", "must be after the current period's end " + current);
    }
  }

  private static void requireUsableProfile(
      String memberId, MemberProfile profile, MemberEmails emails) {
    emails
        .ownerOf(profile.normalizedEmail())
        .filter(owner -> !owner.equals(memberId))
        .ifPresent(
            owner -> {
              throw DomainException.conflict("profile.email", ALREADY_REGISTERED);
            });
    if (profile.orcid() != null && !Orcid.hasValidCheckDigit(profile.orcid())) {
      throw DomainException.invalid("profile.orcid", "the ORCID iD's check digit does not match");
    }
  }

  private static void scheduleLapse(
      DeadlineManager deadlines, MembershipPolicy policy, String societyId, LocalDate paidThrough) {
    deadlines.schedule(
        policy.lapseMoment(paidThrough),
        LAPSE_DEADLINE,
        new MembershipLapseDue(societyId, paidThrough));
  }
}
