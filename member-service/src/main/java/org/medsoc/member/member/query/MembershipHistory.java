package org.medsoc.member.member.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.medsoc.kernel.messaging.ActingPrincipal;
import org.medsoc.member.member.api.*;
import org.medsoc.member.member.api.MemberErased;
import org.medsoc.platform.axon.AuditMetadata;
import org.medsoc.platform.personal.PersonalData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The history of each membership, step by step, with who took each step and when: what a membership
 * office and an auditor ask of a member's page. One row per event (keyed by the event's id), so a
 * redelivered event adds nothing; rebuilt from the event store on a replay.
 */
@Component
@ProcessingGroup(MembershipHistory.PROCESSING_GROUP)
public class MembershipHistory {

  public static final String PROCESSING_GROUP = "membership-history";

  private final JdbcTemplate jdbc;
  private final ObjectMapper json;

  public MembershipHistory(JdbcTemplate jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /** The reasons an erased member gave or was given (a rejection, a resignation) read erased. */
  @EventHandler
  void on(MemberErased event) {
    jdbc.update(
        """
        UPDATE membership_step SET detail = jsonb_set(detail::jsonb, '{reason}', to_jsonb(?::text))::text
        WHERE member_id = ? AND step IN ('REJECTED', 'RESIGNED') AND (detail::jsonb -> 'reason') IS NOT NULL
        """,
        PersonalData.ERASED,
        event.memberId());
  }

  @EventHandler
  void on(MembershipApplied event, EventMessage<?> message) {
    step(message, event.memberId(), event.societyId(), "APPLIED", "category", event.category());
  }

  @EventHandler
  void on(MembershipApproved event, EventMessage<?> message) {
    step(
        message,
        event.memberId(),
        event.societyId(),
        "APPROVED",
        "category",
        event.category(),
        "paidThrough",
        event.paidThrough(),
        "dues",
        dues(event.dues()));
  }

  @EventHandler
  void on(MembershipRejected event, EventMessage<?> message) {
    step(message, event.memberId(), event.societyId(), "REJECTED", "reason", event.reason());
  }

  @EventHandler
  void on(MembershipRenewed event, EventMessage<?> message) {
    step(
        message,
        event.memberId(),
        event.societyId(),
        "RENEWED",
        "paidThrough",
        event.paidThrough(),
        "dues",
        dues(event.dues()));
  }

  @EventHandler
  void on(MembershipLapsed event, EventMessage<?> message) {
    step(
        message, event.memberId(), event.societyId(), "LAPSED", "paidThrough", event.paidThrough());
  }

  @EventHandler
  void on(MembershipReinstated event, EventMessage<?> message) {
    step(
        message,
        event.memberId(),
        event.societyId(),
        "REINSTATED",
        "paidThrough",
        event.paidThrough(),
        "dues",
        dues(event.dues()));
  }

  @EventHandler
  void on(MembershipResigned event, EventMessage<?> message) {
    step(message, event.memberId(), event.societyId(), "RESIGNED", "reason", event.reason());
  }

  @EventHandler
  void on(MembershipCategoryChanged event, EventMessage<?> message) {
    step(
        message,
        event.memberId(),
        event.societyId(),
        "CATEGORY_CHANGED",
        "from",
        event.from(),
        "to",
        event.to(),
        "reason",
        event.reason());
  }

  @EventHandler
  void on(SectionJoined event, EventMessage<?> message) {
    step(
        message,
        event.memberId(),
        event.societyId(),
        "SECTION_JOINED",
        "sectionId",
        event.sectionId());
  }

  @EventHandler
  void on(SectionLeft event, EventMessage<?> message) {
    step(
        message,
        event.memberId(),
        event.societyId(),
        "SECTION_LEFT",
        "sectionId",
        event.sectionId());
  }

  @EventHandler
  void on(MembershipImported event, EventMessage<?> message) {
    step(
        message,
        event.memberId(),
        event.societyId(),
        "IMPORTED",
        "status",
        event.status(),
        "category",
        event.category(),
        "memberSince",
        event.memberSince(),
        "paidThrough",
        event.paidThrough(),
        "importId",
        event.importId());
  }

  @ResetHandler
  void onReset() {
    jdbc.execute("TRUNCATE membership_step");
  }

  @QueryHandler
  public List<MembershipStep> handle(FindMembershipHistory query) {
    return jdbc.query(
        """
        SELECT * FROM membership_step WHERE member_id = ? ORDER BY occurred_at, event_id
        """,
        (rs, i) ->
            new MembershipStep(
                rs.getString("society_id"),
                rs.getString("step"),
                rs.getTimestamp("occurred_at").toInstant(),
                rs.getString("actor"),
                rs.getString("actor_roles"),
                rs.getString("on_behalf_of"),
                detail(rs.getString("detail"))),
        query.memberId());
  }

  private void step(
      EventMessage<?> message, String memberId, String societyId, String step, Object... detail) {
    Map<String, String> details = new LinkedHashMap<>();
    for (int i = 0; i + 1 < detail.length; i += 2) {
      if (detail[i + 1] != null) {
        details.put((String) detail[i], detail[i + 1].toString());
      }
    }
    ActingPrincipal actor = AuditMetadata.principal(message.getMetaData());
    ActingPrincipal onBehalfOf = AuditMetadata.onBehalfOf(message.getMetaData());
    jdbc.update(
        """
        INSERT INTO membership_step (event_id, member_id, society_id, step, occurred_at, actor,
            actor_roles, on_behalf_of, detail)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (event_id) DO NOTHING
        """,
        message.getIdentifier(),
        memberId,
        societyId,
        step,
        Timestamp.from(message.getTimestamp()),
        actor.subject(),
        String.join(",", actor.roles()),
        onBehalfOf == null ? null : onBehalfOf.subject(),
        write(details));
  }

  private static String dues(Dues dues) {
    return dues == null ? null : dues.amount().toPlainString() + " " + dues.currency();
  }

  private String write(Map<String, String> details) {
    try {
      return json.writeValueAsString(details);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private Map<String, String> detail(String text) {
    try {
      return text == null ? Map.of() : json.readValue(text, new TypeReference<>() {});
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
