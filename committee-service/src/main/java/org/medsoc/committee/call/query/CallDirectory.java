package org.medsoc.committee.call.query;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.medsoc.committee.call.api.*;
import org.medsoc.committee.committee.api.MemberAppointed;
import org.medsoc.committee.committee.api.SeatRole;
import org.medsoc.kernel.member.MembershipCategory;
import org.medsoc.kernel.member.TrainingLevel;
import org.medsoc.platform.eligibility.MemberEligibility;
import org.medsoc.platform.eligibility.MemberEligibilityView;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Calls, their applications and nominations, and members' service histories, for reading. */
@Component
@ProcessingGroup(CallDirectory.PROCESSING_GROUP)
public class CallDirectory {

  public static final String PROCESSING_GROUP = "calls";

  private final JdbcTemplate jdbc;
  private final MemberEligibilityView eligibility;

  public CallDirectory(JdbcTemplate jdbc, MemberEligibilityView eligibility) {
    this.jdbc = jdbc;
    this.eligibility = eligibility;
  }

  @EventHandler
  void on(CallOpened e) {
    jdbc.update(
        """
        INSERT INTO call_view (call_id, committee_id, society_id, purpose, title, description, roles,
            categories, training_levels, section_id, opens_on, closes_on, self_nomination_allowed,
            conference_id, previous_call_id, carry_over)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (call_id) DO NOTHING
        """,
        ps -> {
          ps.setString(1, e.callId());
          ps.setString(2, e.committeeId());
          ps.setString(3, e.societyId());
          ps.setString(4, e.purpose().name());
          ps.setString(5, e.title());
          ps.setString(6, e.description());
          ps.setArray(7, ps.getConnection().createArrayOf("text", names(e.roles())));
          ps.setArray(
              8, ps.getConnection().createArrayOf("text", names(e.eligibility().categories())));
          ps.setArray(
              9, ps.getConnection().createArrayOf("text", names(e.eligibility().trainingLevels())));
          ps.setString(10, e.eligibility().sectionId());
          ps.setDate(11, Date.valueOf(e.opensOn()));
          ps.setDate(12, Date.valueOf(e.closesOn()));
          ps.setBoolean(13, e.selfNominationAllowed());
          ps.setString(14, e.conferenceId());
          ps.setString(15, e.previousCallId());
          ps.setBoolean(16, e.carryOverUnselected());
        });
  }

  /** A selection that became an appointment (the committee's own event names the submission). */
  @EventHandler
  void on(MemberAppointed e) {
    if (e.submissionId() != null) {
      jdbc.update(
          "INSERT INTO submission_appointed (submission_id, appointment_id) VALUES (?, ?)"
              + " ON CONFLICT DO NOTHING",
          e.submissionId(),
          e.appointmentId());
    }
  }

  @EventHandler
  void on(CallClosed e) {
    jdbc.update(
        "UPDATE call_view SET closed_on = ? WHERE call_id = ?",
        Date.valueOf(e.closedOn()),
        e.callId());
  }

  @EventHandler
  void on(ApplicationSubmitted e, @Timestamp Instant at) {
    insert(
        e.applicationId(),
        e.callId(),
        "APPLICATION",
        e.applicantId(),
        null,
        e.role(),
        e.statement(),
        null,
        null,
        "GIVEN",
        at);
  }

  @EventHandler
  void on(MemberNominated e, @Timestamp Instant at) {
    insert(
        e.nominationId(),
        e.callId(),
        "NOMINATION",
        e.nomineeId(),
        e.nominatorId(),
        e.role(),
        e.statement(),
        e.sponsorshipId(),
        null,
        "PENDING",
        at);
  }

  @EventHandler
  void on(NominationCarriedOver e, @Timestamp Instant at) {
    insert(
        e.nominationId(),
        e.callId(),
        "NOMINATION",
        e.nomineeId(),
        e.nominatorId(),
        e.role(),
        e.statement(),
        e.sponsorshipId(),
        e.fromNominationId(),
        e.consented() ? "GIVEN" : "PENDING",
        at);
  }

  @EventHandler
  void on(EndorsementRequested e, @Timestamp Instant at) {
    jdbc.update(
        """
        INSERT INTO endorsement_request (application_id, endorser_id, call_id, applicant_id,
            relation, requested_at)
        VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING
        """,
        e.applicationId(),
        e.endorserId(),
        e.callId(),
        e.applicantId(),
        e.relation().name(),
        java.sql.Timestamp.from(at));
  }

  @EventHandler
  void on(ApplicationEndorsed e, @Timestamp Instant at) {
    jdbc.update(
        "UPDATE endorsement_request SET endorsed = TRUE WHERE application_id = ? AND endorser_id = ?",
        e.applicationId(),
        e.endorserId());
    jdbc.update(
        """
        INSERT INTO endorsement_view (submission_id, endorser_id, relation, endorsement, endorsed_at)
        VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING
        """,
        e.applicationId(),
        e.endorserId(),
        e.relation().name(),
        e.endorsement(),
        java.sql.Timestamp.from(at));
  }

  @EventHandler
  void on(NominationAccepted e, @Timestamp Instant at) {
    update(e.nominationId(), "consent = 'GIVEN'", at);
  }

  @EventHandler
  void on(NominationDeclined e, @Timestamp Instant at) {
    update(e.nominationId(), "consent = 'REFUSED', status = 'DECLINED'", at, e.reason());
  }

  @EventHandler
  void on(SubmissionWithdrawn e, @Timestamp Instant at) {
    update(e.submissionId(), "status = 'WITHDRAWN'", at, e.reason());
  }

  @EventHandler
  void on(Shortlisted e, @Timestamp Instant at) {
    update(e.submissionId(), "status = 'SHORTLISTED'", at);
  }

  @EventHandler
  void on(SubmissionDecided e, @Timestamp Instant at) {
    jdbc.update(
        """
        UPDATE submission_view SET status = ?, reason = ?, decided_by = ?, updated_at = ?
        WHERE submission_id = ?
        """,
        e.outcome().name(),
        e.reason(),
        e.decidedBy(),
        java.sql.Timestamp.from(at),
        e.submissionId());
  }

  @EventHandler
  void on(ConflictDeclared e, @Timestamp Instant at) {
    jdbc.update(
        """
        INSERT INTO conflict_view (call_id, reviewer, candidate_id, reason, declared_at)
        VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING
        """,
        e.callId(),
        e.reviewer(),
        e.candidateId(),
        e.reason(),
        java.sql.Timestamp.from(at));
  }

  @ResetHandler
  void onReset() {
    jdbc.execute(
        "TRUNCATE call_view, submission_view, endorsement_view, conflict_view,"
            + " submission_appointed, endorsement_request");
  }

  private void insert(
      String submissionId,
      String callId,
      String kind,
      String candidateId,
      String nominatorId,
      SeatRole role,
      String statement,
      String sponsorshipId,
      String carriedFrom,
      String consent,
      Instant at) {
    jdbc.update(
        """
        INSERT INTO submission_view (submission_id, call_id, kind, candidate_id, nominator_id, role,
            statement, sponsorship_id, carried_from, consent, status, submitted_at, updated_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'SUBMITTED', ?, ?) ON CONFLICT DO NOTHING
        """,
        submissionId,
        callId,
        kind,
        candidateId,
        nominatorId,
        role == null ? null : role.name(),
        statement,
        sponsorshipId,
        carriedFrom,
        consent,
        java.sql.Timestamp.from(at),
        java.sql.Timestamp.from(at));
  }

  private void update(String submissionId, String assignments, Instant at) {
    jdbc.update(
        "UPDATE submission_view SET " + assignments + ", updated_at = ? WHERE submission_id = ?",
        java.sql.Timestamp.from(at),
        submissionId);
  }

  private void update(String submissionId, String assignments, Instant at, String reason) {
    jdbc.update(
        "UPDATE submission_view SET "
            + assignments
            + ", reason = ?, updated_at = ? WHERE submission_id = ?",
        reason,
        java.sql.Timestamp.from(at),
        submissionId);
  }

  @QueryHandler
  public Optional<CallView> handle(FindCall query) {
    return jdbc
        .query("SELECT * FROM call_view WHERE call_id = ?", (rs, i) -> call(rs), query.callId())
        .stream()
        .findFirst();
  }

  @QueryHandler
  public List<CallView> handle(FindCallsOfCommittee query) {
    return jdbc.query(
        "SELECT * FROM call_view WHERE committee_id = ? ORDER BY opens_on DESC, call_id",
        (rs, i) -> call(rs),
        query.committeeId());
  }

  /**
   * Open on the day, and the member's membership of the call's society is active and meets the
   * call's categories, training levels and section (an empty list admits anyone).
   */
  @QueryHandler
  public List<CallView> handle(FindOpenCallsFor query) {
    return handle(new FindOpenCallsWithEligibility(query.memberId(), query.day())).stream()
        .filter(OpenCallFor::eligible)
        .map(OpenCallFor::call)
        .toList();
  }

  /** The same rule as the call's own ({@link CallEligibility#unmetBy}), never a copy in SQL. */
  @QueryHandler
  public List<OpenCallFor> handle(FindOpenCallsWithEligibility query) {
    Map<String, MemberEligibility> memberships = new HashMap<>();
    eligibility.ofMember(query.memberId()).forEach(m -> memberships.put(m.societyId(), m));
    if (memberships.isEmpty()) {
      return List.of();
    }
    Date day = Date.valueOf(query.day());
    return jdbc
        .query(
            """
            SELECT * FROM call_view
            WHERE society_id = ANY (?) AND opens_on <= ? AND closes_on >= ? AND closed_on IS NULL
            ORDER BY closes_on, call_id
            """,
            (rs, i) -> call(rs),
            memberships.keySet().toArray(String[]::new),
            day,
            day)
        .stream()
        .map(
            call ->
                new OpenCallFor(
                    call, call.eligibility().unmetBy(memberships.get(call.societyId()))))
        .toList();
  }

  @QueryHandler
  public Optional<CallReview> handle(FindCallReview query) {
    if (handle(new FindCall(query.callId())).isEmpty()) {
      return Optional.empty();
    }
    String reviewer = query.reviewerMemberId() == null ? "" : query.reviewerMemberId();
    List<SubmissionView> submissions =
        submissions("s.call_id = ? AND s.candidate_id <> ?", query.callId(), reviewer);
    List<CallReview.DeclaredConflict> conflicts =
        jdbc.query(
            "SELECT * FROM conflict_view WHERE call_id = ? AND candidate_id <> ? ORDER BY declared_at",
            (rs, i) ->
                new CallReview.DeclaredConflict(
                    rs.getString("reviewer"),
                    rs.getString("candidate_id"),
                    rs.getString("reason"),
                    rs.getTimestamp("declared_at").toInstant()),
            query.callId(),
            reviewer);
    return Optional.of(new CallReview(query.callId(), submissions, conflicts));
  }

  @QueryHandler
  public MemberNominations handle(FindNominationsOf query) {
    List<MemberNominations.Received> received =
        jdbc.query(
            """
            SELECT s.*, c.title, c.purpose,
                CASE WHEN EXISTS (SELECT 1 FROM submission_appointed a WHERE a.submission_id = s.submission_id) THEN 'APPOINTED' ELSE s.status END AS shown_status
            FROM submission_view s JOIN call_view c ON c.call_id = s.call_id
            WHERE s.candidate_id = ? AND s.kind = 'NOMINATION' ORDER BY s.submitted_at DESC
            """,
            (rs, i) -> {
              String role = rs.getString("role");
              return new MemberNominations.Received(
                  rs.getString("submission_id"),
                  rs.getString("call_id"),
                  rs.getString("title"),
                  CallPurpose.valueOf(rs.getString("purpose")),
                  role == null ? null : SeatRole.valueOf(role),
                  rs.getString("consent"),
                  rs.getString("shown_status"),
                  rs.getTimestamp("submitted_at").toInstant());
            },
            query.memberId());
    return new MemberNominations(
        received,
        submissions("s.nominator_id = ? AND s.kind = 'NOMINATION'", query.memberId()),
        submissions("s.candidate_id = ? AND s.kind = 'APPLICATION'", query.memberId()).stream()
            .map(SubmissionView::asTheCandidateReadsIt)
            .toList());
  }

  @QueryHandler
  public List<EndorsementRequestView> handle(FindEndorsementRequests query) {
    return jdbc.query(
        """
        SELECT r.*, c.title, c.closes_on FROM endorsement_request r
          JOIN call_view c ON c.call_id = r.call_id
         WHERE r.endorser_id = ? ORDER BY r.endorsed, r.requested_at DESC
        """,
        (rs, i) ->
            new EndorsementRequestView(
                rs.getString("call_id"),
                rs.getString("application_id"),
                rs.getString("applicant_id"),
                rs.getString("title"),
                rs.getDate("closes_on").toLocalDate(),
                EndorserRelation.valueOf(rs.getString("relation")),
                rs.getTimestamp("requested_at").toInstant(),
                rs.getBoolean("endorsed")),
        query.endorserId());
  }

  @QueryHandler
  public List<ServiceRecord> handle(FindServiceHistory query) {
    List<ServiceRecord> history =
        jdbc.query(
            """
            SELECT 'APPOINTMENT' AS kind, c.society_id, c.committee_id, c.name, a.role AS title,
                   a.term_start AS from_day, COALESCE(a.ended_on, a.term_end) AS to_day, a.flag
            FROM appointment a JOIN committee c ON c.committee_id = a.committee_id
            WHERE a.member_id = ?
            UNION ALL
            SELECT 'AWARD', v.society_id, v.committee_id, c.name, v.title,
                   CAST(s.updated_at AS DATE), NULL, NULL
            FROM submission_view s JOIN call_view v ON v.call_id = s.call_id
            LEFT JOIN committee c ON c.committee_id = v.committee_id
            WHERE s.candidate_id = ? AND v.purpose = 'AWARD' AND s.status = 'SELECTED'
            ORDER BY from_day DESC
            """,
            (rs, i) -> {
              Date to = rs.getDate("to_day");
              return new ServiceRecord(
                  rs.getString("kind"),
                  rs.getString("society_id"),
                  rs.getString("committee_id"),
                  rs.getString("name"),
                  rs.getString("title"),
                  rs.getDate("from_day").toLocalDate(),
                  to == null ? null : to.toLocalDate(),
                  rs.getString("flag"));
            },
            query.memberId(),
            query.memberId());
    if (query.societyIds() == null) {
      return history;
    }
    return history.stream().filter(r -> query.societyIds().contains(r.societyId())).toList();
  }

  private List<SubmissionView> submissions(String where, Object... values) {
    List<SubmissionView> rows =
        jdbc.query(
            "SELECT s.*, CASE WHEN EXISTS (SELECT 1 FROM submission_appointed a WHERE a.submission_id = s.submission_id) THEN 'APPOINTED' ELSE s.status END AS shown_status FROM submission_view s WHERE "
                + where
                + " ORDER BY s.submitted_at",
            (rs, i) -> submission(rs),
            values);
    if (rows.isEmpty()) {
      return rows;
    }
    Map<String, List<SubmissionView.Endorsement>> endorsements =
        jdbc
            .query(
                "SELECT * FROM endorsement_view WHERE submission_id = ANY (?) ORDER BY endorsed_at",
                ps ->
                    ps.setArray(
                        1,
                        ps.getConnection()
                            .createArrayOf(
                                "text", rows.stream().map(SubmissionView::submissionId).toArray())),
                (rs, i) ->
                    Map.entry(
                        rs.getString("submission_id"),
                        new SubmissionView.Endorsement(
                            rs.getString("endorser_id"),
                            EndorserRelation.valueOf(rs.getString("relation")),
                            rs.getString("endorsement"),
                            rs.getTimestamp("endorsed_at").toInstant())))
            .stream()
            .collect(
                Collectors.groupingBy(
                    Map.Entry::getKey,
                    Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    return rows.stream()
        .map(
            s ->
                new SubmissionView(
                    s.submissionId(),
                    s.callId(),
                    s.kind(),
                    s.candidateId(),
                    s.nominatorId(),
                    s.role(),
                    s.statement(),
                    s.sponsorshipId(),
                    s.carriedFrom(),
                    s.consent(),
                    s.status(),
                    s.reason(),
                    s.decidedBy(),
                    s.submittedAt(),
                    endorsements.getOrDefault(s.submissionId(), List.of())))
        .toList();
  }

  private static SubmissionView submission(ResultSet rs) throws SQLException {
    String role = rs.getString("role");
    return new SubmissionView(
        rs.getString("submission_id"),
        rs.getString("call_id"),
        rs.getString("kind"),
        rs.getString("candidate_id"),
        rs.getString("nominator_id"),
        role == null ? null : SeatRole.valueOf(role),
        rs.getString("statement"),
        rs.getString("sponsorship_id"),
        rs.getString("carried_from"),
        rs.getString("consent"),
        rs.getString("shown_status"),
        rs.getString("reason"),
        rs.getString("decided_by"),
        rs.getTimestamp("submitted_at").toInstant(),
        List.of());
  }

  private static CallView call(ResultSet rs) throws SQLException {
    Date closed = rs.getDate("closed_on");
    return new CallView(
        rs.getString("call_id"),
        rs.getString("committee_id"),
        rs.getString("society_id"),
        CallPurpose.valueOf(rs.getString("purpose")),
        rs.getString("title"),
        rs.getString("description"),
        values(rs.getArray("roles"), SeatRole::valueOf),
        new CallEligibility(
            values(rs.getArray("categories"), MembershipCategory::valueOf),
            values(rs.getArray("training_levels"), TrainingLevel::valueOf),
            rs.getString("section_id")),
        rs.getDate("opens_on").toLocalDate(),
        rs.getDate("closes_on").toLocalDate(),
        rs.getBoolean("self_nomination_allowed"),
        rs.getString("conference_id"),
        rs.getString("previous_call_id"),
        rs.getBoolean("carry_over"),
        closed == null ? null : closed.toLocalDate());
  }

  private static <T> Set<T> values(Array array, Function<String, T> parse) throws SQLException {
    return Arrays.stream((String[]) array.getArray()).map(parse).collect(Collectors.toSet());
  }

  private static Object[] names(Set<? extends Enum<?>> values) {
    return values.stream().map(Enum::name).sorted().toArray();
  }
}
