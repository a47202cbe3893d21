package org.medsoc.member.sponsorship.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.medsoc.kernel.error.DomainException;
import org.medsoc.member.acting.Parties;
import org.medsoc.member.member.command.Members;
import org.medsoc.member.sponsorship.api.*;
import org.medsoc.platform.acting.Actor;

/**
 * A sponsor uses their influence for a protégé: recommendations for roles, letters of
 * recommendation, and what came of each.
 */
@Aggregate
public class Sponsorship {

  /** Letters asked for with less notice than this get a warning. */
  static final int LETTER_NOTICE_WEEKS = 6;

  private enum LetterState {
    REQUESTED,
    SUBMITTED,
    DECLINED
  }

  @AggregateIdentifier private String sponsorshipId;
  private String sponsorId;
  private String protegeId;
  private final Set<String> recommendations = new HashSet<>();
  private final Map<String, LetterState> letters = new HashMap<>();
  private final Set<String> nominations = new HashSet<>();
  private final Set<String> decidedActions = new HashSet<>();

  protected Sponsorship() {}

  @CommandHandler
  public Sponsorship(DeclareSponsorship command, Members members, Parties parties) {
    if (!command.actor().is(command.sponsorId())) {
      throw DomainException.forbidden();
    }
    if (command.sponsorId().equals(command.protegeId())) {
      throw DomainException.invalid("protegeId", "a member cannot sponsor themself");
    }
    if (!members.exists(command.protegeId())) {
      throw DomainException.notFound("protegeId", "no member " + command.protegeId());
    }
    String mentorship = command.mentorshipId();
    if (mentorship != null
        && !(parties.plays(mentorship, command.sponsorId(), Parties.Role.MENTOR)
            && parties.plays(mentorship, command.protegeId(), Parties.Role.MENTEE))) {
      throw DomainException.invalid(
          "mentorshipId", "no mentorship in which the sponsor mentors the protégé");
    }
    apply(
        new SponsorshipDeclared(
            command.sponsorshipId(),
            command.sponsorId(),
            command.protegeId(),
            command.goals().trim()));
    if (mentorship != null) {
      apply(
          new MentorBecameSponsor(
              command.sponsorshipId(), mentorship, command.sponsorId(), command.protegeId()));
    }
  }

  @CommandHandler
  public void handle(RecommendProtege command) {
    requireSponsor(command.actor());
    apply(
        new ProtegeRecommended(
            sponsorshipId,
            command.actionId(),
            sponsorId,
            protegeId,
            command.roleKind(),
            command.target().trim(),
            command.note()));
  }

  /**
   * The protégé asks for a letter by a deadline still to come.
   *
   * @return whether the deadline gives the sponsor less than the six weeks letter writers need
   */
  @CommandHandler
  public boolean handle(RequestLetter command) {
    if (!command.actor().is(protegeId)) {
      throw DomainException.forbidden();
    }
    LocalDate today = LocalDate.ofInstant(GenericEventMessage.clock.instant(), ZoneOffset.UTC);
    if (command.deadline().isBefore(today)) {
      throw DomainException.invalid("deadline", "the deadline has passed");
    }
    boolean shortNotice = command.deadline().isBefore(today.plusWeeks(LETTER_NOTICE_WEEKS));
    apply(
        new LetterRequested(
            sponsorshipId,
            command.letterId(),
            sponsorId,
            protegeId,
            command.purpose().trim(),
            command.deadline(),
            shortNotice));
    return shortNotice;
  }

  /** Only the protégé speaks for what they hope for; the sponsor reads it. */
  @CommandHandler
  public void handle(StateOpportunities command) {
    if (!command.actor().is(protegeId)) {
      throw DomainException.forbidden();
    }
    List<String> opportunities =
        command.opportunities().stream().map(String::strip).distinct().toList();
    apply(new OpportunitiesStated(sponsorshipId, sponsorId, protegeId, opportunities));
  }

  @CommandHandler
  public void handle(SubmitLetter command) {
    requireSponsor(command.actor());
    requireOpenLetter(command.letterId());
    apply(
        new LetterSubmitted(
            sponsorshipId, command.letterId(), sponsorId, protegeId, command.content()));
  }

  @CommandHandler
  public void handle(DeclineLetter command) {
    requireSponsor(command.actor());
    requireOpenLetter(command.letterId());
    apply(
        new LetterDeclined(
            sponsorshipId, command.letterId(), sponsorId, protegeId, command.reason()));
  }

  @CommandHandler
  public void handle(RecordSponsorshipOutcome command) {
    Actor actor = command.actor();
    if (!(actor.is(sponsorId) || actor.is(protegeId))) {
      throw DomainException.forbidden();
    }
    String action = command.actionId();
    if (!recommendations.contains(action) && letters.get(action) != LetterState.SUBMITTED) {
      throw DomainException.notFound(
          "actionId", "no recommendation or submitted letter " + action + " in this sponsorship");
    }
    if (decidedActions.contains(action)) {
      throw DomainException.conflict("actionId", "the outcome of this action is already recorded");
    }
    apply(
        new SponsorshipOutcomeRecorded(
            sponsorshipId, action, sponsorId, protegeId, command.outcome(), command.note()));
  }

  /**
   * A nomination naming this sponsorship counts as its action only when the sponsor nominated the
   * protégé; anything else is not this sponsorship's business and records nothing. Told twice, it
   * is recorded once.
   */
  @CommandHandler
  public void handle(LinkNomination command) {
    if (!sponsorId.equals(command.nominatorId())
        || !protegeId.equals(command.nomineeId())
        || nominations.contains(command.nominationId())) {
      return;
    }
    apply(
        new ProtegeNominated(
            sponsorshipId,
            command.nominationId(),
            sponsorId,
            protegeId,
            command.roleKind(),
            command.target()));
  }

  /** Only the first outcome of a linked nomination counts; a repeat changes nothing. */
  @CommandHandler
  public void handle(RecordNominationOutcome command) {
    String nomination = command.nominationId();
    if (!nominations.contains(nomination) || decidedActions.contains(nomination)) {
      return;
    }
    apply(
        new SponsorshipOutcomeRecorded(
            sponsorshipId, nomination, sponsorId, protegeId, command.outcome(), command.note()));
  }

  @EventSourcingHandler
  void on(ProtegeNominated event) {
    nominations.add(event.nominationId());
  }

  @EventSourcingHandler
  void on(SponsorshipDeclared event) {
    sponsorshipId = event.sponsorshipId();
    sponsorId = event.sponsorId();
    protegeId = event.protegeId();
  }

  @EventSourcingHandler
  void on(ProtegeRecommended event) {
    recommendations.add(event.actionId());
  }

  @EventSourcingHandler
  void on(LetterRequested event) {
    letters.put(event.letterId(), LetterState.REQUESTED);
  }

  @EventSourcingHandler
  void on(LetterSubmitted event) {
    letters.put(event.letterId(), LetterState.SUBMITTED);
  }

  @EventSourcingHandler
  void on(LetterDeclined event) {
    letters.put(event.letterId(), LetterState.DECLINED);
  }

  @EventSourcingHandler
  void on(SponsorshipOutcomeRecorded event) {
    decidedActions.add(event.actionId());
  }

  private void requireSponsor(Actor actor) {
    if (!actor.is(sponsorId)) {
      throw DomainException.forbidden();
    }
  }

  private void requireOpenLetter(String letterId) {
    LetterState state = letters.get(letterId);
    if (state == null) {
      throw DomainException.notFound("letterId", "no letter " + letterId + " in this sponsorship");
    }
    if (state != LetterState.REQUESTED) {
      throw DomainException.conflict("letterId", "the letter is already " + state);
    }
  }
}
