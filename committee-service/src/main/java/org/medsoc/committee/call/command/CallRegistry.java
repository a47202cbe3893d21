package org.medsoc.committee.call.command;

import java.util.List;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.medsoc.committee.call.api.*;
import org.medsoc.committee.committee.api.SeatRole;
import org.medsoc.committee.committee.command.Selections;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What commands, access rules and publishers need to know of calls and their submissions: which
 * committee runs a call, who the candidate and nominator of a submission are, where it stands.
 * Written in the transaction of each event, so it is never behind the aggregate.
 */
@Component
@ProcessingGroup(CallRegistry.PROCESSING_GROUP)
public class CallRegistry implements Cycles, Selections {

  public static final String PROCESSING_GROUP = "call-registry";

  /** A call as the publishers and access rules see it. */
  public record CallFacts(
      String callId,
      String committeeId,
      String societyId,
      CallPurpose purpose,
      String title,
      String conferenceId) {}

  /** An application or nomination as the publishers, access rules and appointments see it. */
  public record SubmissionFacts(
      String submissionId,
      String callId,
      String kind,
      String candidateId,
      String nominatorId,
      SeatRole role,
      String sponsorshipId,
      String status) {

    public boolean isNomination() {
      return Submission.Kind.NOMINATION.name().equals(kind);
    }
  }

  private final JdbcTemplate jdbc;

  public CallRegistry(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @EventHandler
  void on(CallOpened event) {
    jdbc.update(
        """
        INSERT INTO call_registry (call_id, committee_id, society_id, purpose, title, conference_id,
            previous_call_id)
        VALUES (?, ?, ?, ?, ?, ?, ?)
        """,
        event.callId(),
        event.committeeId(),
        event.societyId(),
        event.purpose().name(),
        event.title(),
        event.conferenceId(),
        event.previousCallId());
  }

  @EventHandler
  void on(CallClosed event) {
    jdbc.update("UPDATE call_registry SET closed = TRUE WHERE call_id = ?", event.callId());
  }

  @EventHandler
  void on(ApplicationSubmitted event) {
    insert(
        event.applicationId(),
        event.callId(),
        Submission.Kind.APPLICATION,
        event.applicantId(),
        null,
        event.role(),
        null,
        null,
        Submission.Consent.GIVEN);
  }

  @EventHandler
  void on(MemberNominated event) {
    insert(
        event.nominationId(),
        event.callId(),
        Submission.Kind.NOMINATION,
        event.nomineeId(),
        event.nominatorId(),
        event.role(),
        event.statement(),
        event.sponsorshipId(),
        Submission.Consent.PENDING);
  }

  @EventHandler
  void on(NominationCarriedOver event) {
    insert(
        event.nominationId(),
        event.callId(),
        Submission.Kind.NOMINATION,
        event.nomineeId(),
        event.nominatorId(),
        event.role(),
        event.statement(),
        event.sponsorshipId(),
        event.consented() ? Submission.Consent.GIVEN : Submission.Consent.PENDING);
  }

  @EventHandler
  void on(NominationAccepted event) {
    jdbc.update(
        "UPDATE call_submission SET consent = ? WHERE submission_id = ?",
        Submission.Consent.GIVEN.name(),
        event.nominationId());
  }

  @EventHandler
  void on(NominationDeclined event) {
    jdbc.update(
        "UPDATE call_submission SET consent = ?, status = ? WHERE submission_id = ?",
        Submission.Consent.REFUSED.name(),
        Submission.Status.DECLINED.name(),
        event.nominationId());
  }

  @EventHandler
  void on(SubmissionWithdrawn event) {
    status(event.submissionId(), Submission.Status.WITHDRAWN);
  }

  @EventHandler
  void on(Shortlisted event) {
    status(event.submissionId(), Submission.Status.SHORTLISTED);
  }

  @EventHandler
  void on(SubmissionDecided event) {
    status(
        event.submissionId(),
        event.outcome() == Outcome.SELECTED
            ? Submission.Status.SELECTED
            : Submission.Status.NOT_SELECTED);
  }

  private void insert(
      String submissionId,
      String callId,
      Submission.Kind kind,
      String candidateId,
      String nominatorId,
      SeatRole role,
      String statement,
      String sponsorshipId,
      Submission.Consent consent) {
    jdbc.update(
        """
        INSERT INTO call_submission (submission_id, call_id, kind, candidate_id, nominator_id, role,
            statement, sponsorship_id, consent, status)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
        submissionId,
        callId,
        kind.name(),
        candidateId,
        nominatorId,
        role == null ? null : role.name(),
        statement,
        sponsorshipId,
        consent.name(),
        Submission.Status.SUBMITTED.name());
  }

  private void status(String submissionId, Submission.Status status) {
    jdbc.update(
        "UPDATE call_submission SET status = ? WHERE submission_id = ?",
        status.name(),
        submissionId);
  }

  public Optional<CallFacts> call(String callId) {
    return jdbc
        .query(
            "SELECT * FROM call_registry WHERE call_id = ?",
            (rs, i) ->
                new CallFacts(
                    rs.getString("call_id"),
                    rs.getString("committee_id"),
                    rs.getString("society_id"),
                    CallPurpose.valueOf(rs.getString("purpose")),
                    rs.getString("title"),
                    rs.getString("conference_id")),
            callId)
        .stream()
        .findFirst();
  }

  public Optional<SubmissionFacts> submission(String submissionId) {
    return jdbc
        .query(
            "SELECT * FROM call_submission WHERE submission_id = ?",
            (rs, i) -> {
              String role = rs.getString("role");
              return new SubmissionFacts(
                  rs.getString("submission_id"),
                  rs.getString("call_id"),
                  rs.getString("kind"),
                  rs.getString("candidate_id"),
                  rs.getString("nominator_id"),
                  role == null ? null : SeatRole.valueOf(role),
                  rs.getString("sponsorship_id"),
                  rs.getString("status"));
            },
            submissionId)
        .stream()
        .findFirst();
  }

  @Override
  public Optional<Cycle> find(String callId) {
    return jdbc
        .query(
            "SELECT call_id, committee_id, purpose, closed FROM call_registry WHERE call_id = ?",
            (rs, i) ->
                new Cycle(
                    rs.getString("call_id"),
                    rs.getString("committee_id"),
                    CallPurpose.valueOf(rs.getString("purpose")),
                    rs.getBoolean("closed")),
            callId)
        .stream()
        .findFirst();
  }

  @Override
  public Optional<String> continuationOf(String callId) {
    return jdbc
        .queryForList(
            "SELECT call_id FROM call_registry WHERE previous_call_id = ?", String.class, callId)
        .stream()
        .findFirst();
  }

  @Override
  public List<Unselected> unselectedNominationsOf(String callId) {
    return jdbc.query(
        """
        SELECT * FROM call_submission
        WHERE call_id = ? AND kind = 'NOMINATION' AND status IN ('SUBMITTED', 'SHORTLISTED', 'NOT_SELECTED')
        ORDER BY submission_id
        """,
        (rs, i) -> {
          String role = rs.getString("role");
          return new Unselected(
              rs.getString("submission_id"),
              rs.getString("nominator_id"),
              rs.getString("candidate_id"),
              role == null ? null : SeatRole.valueOf(role),
              rs.getString("statement"),
              rs.getString("sponsorship_id"),
              Submission.Consent.GIVEN.name().equals(rs.getString("consent")));
        },
        callId);
  }

  @Override
  public Optional<Selection> of(String submissionId) {
    return submission(submissionId)
        .filter(s -> s.role() != null)
        .flatMap(
            s ->
                call(s.callId())
                    .map(
                        call ->
                            new Selection(
                                call.committeeId(),
                                s.candidateId(),
                                s.role(),
                                Submission.Status.SELECTED.name().equals(s.status()))));
  }
}
