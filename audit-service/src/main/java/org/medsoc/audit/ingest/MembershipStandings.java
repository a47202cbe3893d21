package org.medsoc.audit.ingest;

import java.sql.Timestamp;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.medsoc.kernel.contracts.member.MemberErased;
import org.medsoc.kernel.contracts.member.MembershipChanged;
import org.medsoc.kernel.messaging.EventEnvelope;
import org.medsoc.kernel.messaging.IntegrationEventCodec;
import org.medsoc.kernel.messaging.Topics;
import org.medsoc.platform.messaging.Inbox;
import org.medsoc.platform.messaging.IntegrationEventRouter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps every published state of every membership, each valid from the moment it was published, so
 * the audit can say in which standing a member was on any day. A redelivered fact (same member,
 * society and version) adds nothing.
 */
@Component
public class MembershipStandings {

  private final JdbcTemplate jdbc;
  private final ErasedWords erasedWords;
  private final IntegrationEventRouter router;

  public MembershipStandings(
      JdbcTemplate jdbc, ErasedWords erasedWords, IntegrationEventCodec codec, Inbox inbox) {
    this.jdbc = jdbc;
    this.erasedWords = erasedWords;
    this.router =
        new IntegrationEventRouter("audit-memberships", codec, inbox)
            .on(MembershipChanged.class, this::record)
            .on(MemberErased.class, this::erased);
  }

  @KafkaListener(
      id = "${platform.kafka.consumer-group-prefix}.audit-memberships",
      topics = Topics.MEMBERSHIPS)
  void on(List<ConsumerRecord<String, String>> records) {
    router.routeTogether(records);
  }

  /**
   * The facts stay and the person is shown erased; the reasons about them and the institution they
   * worked at are gone.
   */
  private void erased(EventEnvelope envelope, MemberErased erased) {
    jdbc.update(
        "INSERT INTO erased_member (member_id, legal_basis, erased_on) VALUES (?, ?, ?)"
            + " ON CONFLICT DO NOTHING",
        erased.memberId(),
        erased.legalBasis(),
        java.sql.Date.valueOf(erased.erasedOn()));
    erasedWords.ofMember(erased.memberId());
    jdbc.update(
        "UPDATE audit_membership_state SET institution = NULL"
            + " WHERE member_id = ? AND institution IS NOT NULL",
        erased.memberId());
  }

  private void record(EventEnvelope envelope, MembershipChanged fact) {
    jdbc.update(
        """
        INSERT INTO audit_membership_state (member_id, society_id, member_version, valid_from,
            change, status, category, training_level, paid_through, section_ids, actor, institution)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING
        """,
        ps -> {
          ps.setString(1, fact.memberId());
          ps.setString(2, fact.societyId());
          ps.setLong(3, fact.memberVersion());
          ps.setTimestamp(4, Timestamp.from(envelope.occurredAt()));
          ps.setString(5, fact.change().name());
          ps.setString(6, fact.status().name());
          ps.setString(7, fact.category().name());
          ps.setString(8, fact.trainingLevel().name());
          ps.setObject(9, fact.paidThrough());
          ps.setArray(
              10,
              ps.getConnection()
                  .createArrayOf(
                      "text",
                      fact.sectionIds() == null ? new Object[0] : fact.sectionIds().toArray()));
          ps.setString(11, envelope.principal() == null ? null : envelope.principal().subject());
          ps.setString(12, fact.institution());
        });
  }
}
