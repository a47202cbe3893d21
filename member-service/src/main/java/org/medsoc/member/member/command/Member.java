package org.medsoc.member.member.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.medsoc.kernel.member.MembershipStatus.ACTIVE;
import static org.medsoc.kernel.member.MembershipStatus.LAPSED;
import static org.medsoc.kernel.member.MembershipStatus.PENDING;
import static org.medsoc.kernel.member.MembershipStatus.RESIGNED;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.spring.stereotype.Aggregate;
import org.medsoc.kernel.error.DomainException;
import org.medsoc.kernel.member.TrainingLevel;
import org.medsoc.member.member.api.*;
import org.medsoc.member.society.query.Societies;

/**
 * A member: their profile, training level, and their {@link Memberships} of societies with the
 * sections they belong to. Profile and memberships live in one aggregate because the category rules
 * tie them together: a category must fit the training level, and advancing training moves
 * categories.
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
  @AggregateMember private Memberships memberships;

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
    Membership current = memberships.of(command.societyId()).orElse(null);
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
    for (Membership membership : memberships.in(ACTIVE, LAPSED)) {
      apply(new MembershipResigned(memberId, membership.societyId(), null));
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
    for (Membership membership : memberships.in(PENDING, ACTIVE, LAPSED)) {
      if (!CategoryEligibility.admits(membership.category(), level)) {
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
    Membership current = memberships.of(societyId).orElse(null);
    if (current != null && current.isOneOf(PENDING, ACTIVE, LAPSED)) {
      throw DomainException.conflict(
          "societyId",
          "already has a %s membership of this society%s"
              .formatted(
                  current.status(), current.status() == LAPSED ? "; reinstate it instead" : ""));
    }
    memberships.requireCategoryFits(command.category());
    apply(new MembershipApplied(memberId, societyId, command.category(), trainingLevel));
  }

  @DeadlineHandler(deadlineName = LAPSE_DEADLINE)
  public void on(MembershipLapseDue due) {
    Membership membership = memberships.of(due.societyId()).orElse(null);
    // A renewal since this deadline was set moved the paid period on: this deadline is stale.
    if (membership != null
        && membership.status() == ACTIVE
        && due.paidThrough().equals(membership.paidThrough())) {
      apply(new MembershipLapsed(memberId, due.societyId(), due.paidThrough()));
    }
  }

  @EventSourcingHandler
  void on(MemberRegistered event) {
    memberId = event.memberId();
    profile = event.profile();
    trainingLevel = event.trainingLevel();
    memberships = new Memberships(memberId, trainingLevel);
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
      Memberships.scheduleLapse(deadlines, policy, societyId, imported.paidThrough());
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
}
