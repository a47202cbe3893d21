package org.medsoc.notification.recipient;

import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.medsoc.kernel.contracts.committee.CallRecorded;
import org.medsoc.kernel.contracts.member.ContactPointChanged;
import org.medsoc.kernel.contracts.member.MembershipChanged;
import org.medsoc.kernel.member.MembershipCategory;
import org.medsoc.kernel.member.MembershipStatus;
import org.medsoc.kernel.member.TrainingLevel;
import org.medsoc.kernel.messaging.EventEnvelope;
import org.medsoc.kernel.messaging.IntegrationEventCodec;
import org.medsoc.kernel.messaging.Topics;
import org.medsoc.platform.acting.MemberLogins;
import org.medsoc.platform.messaging.Inbox;
import org.medsoc.platform.messaging.IntegrationEventRouter;
import org.medsoc.platform.personal.ErasedMemberViews;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Where to write to each member and by what name, the newest version member-service told, and the
 * societies they belong to.
 */
@Component
public class Recipients implements ErasedMemberViews, MemberLogins {

  /** An address to write to, and the name to greet. */
  public record Recipient(String memberId, String email, String displayName) {}

  private final JdbcTemplate jdbc;
  private final IntegrationEventRouter router;

  public Recipients(JdbcTemplate jdbc, IntegrationEventCodec codec, Inbox inbox) {
    this.jdbc = jdbc;
    this.router =
        new IntegrationEventRouter("recipients", codec, inbox)
            .on(ContactPointChanged.class, this::on)
            .on(MembershipChanged.class, this::on);
  }

  @KafkaListener(
      id = "${platform.kafka.consumer-group-prefix}.recipients",
      topics = {Topics.CONTACTS, Topics.MEMBERSHIPS})
  void on(List<ConsumerRecord<String, String>> records) {
    router.routeTogether(records);
  }

  private void on(EventEnvelope envelope, ContactPointChanged contact) {
    jdbc.update(
        """
        INSERT INTO recipient (member_id, account_subject, email, display_name, member_version,
            updated_at)
        VALUES (?, ?, ?, ?, ?, ?)
        ON CONFLICT (member_id) DO UPDATE SET account_subject = excluded.account_subject,
            email = excluded.email,
            display_name = excluded.display_name, member_version = excluded.member_version,
            updated_at = excluded.updated_at
        WHERE recipient.member_version < excluded.member_version
        """,
        contact.memberId(),
        contact.accountSubject(),
        contact.email(),
        contact.displayName(),
        contact.memberVersion(),
        Timestamp.from(envelope.occurredAt()));
  }

  private void on(EventEnvelope envelope, MembershipChanged membership) {
    jdbc.update(
        """
        INSERT INTO member_society (member_id, society_id, member_version, status, category,
            training_level, section_ids)
        VALUES (?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (member_id, society_id) DO UPDATE SET member_version = excluded.member_version,
            status = excluded.status, category = excluded.category,
            training_level = excluded.training_level, section_ids = excluded.section_ids
        WHERE member_society.member_version < excluded.member_version
        """,
        ps -> {
          ps.setString(1, membership.memberId());
          ps.setString(2, membership.societyId());
          ps.setLong(3, membership.memberVersion());
          ps.setString(4, name(membership.status()));
          ps.setString(5, name(membership.category()));
          ps.setString(6, name(membership.trainingLevel()));
          ps.setArray(
              7,
              ps.getConnection()
                  .createArrayOf(
                      "text",
                      membership.sectionIds() == null
                          ? new String[0]
                          : membership.sectionIds().toArray()));
        });
  }

  /**
   * An erased member leaves nothing here but the emptied row that keeps an older address from
   * coming back: no address, no name, no login, no notifications, no choices, no unsubscribe links.
   */
  @Override
  public void scrub(String memberId) {
    jdbc.update(
        "UPDATE recipient SET email = NULL, display_name = NULL, account_subject = NULL"
            + " WHERE member_id = ?",
        memberId);
    jdbc.update("DELETE FROM unsubscribe_link WHERE member_id = ?", memberId);
    jdbc.update("DELETE FROM notification WHERE member_id = ?", memberId);
    jdbc.update("DELETE FROM preference_choice WHERE member_id = ?", memberId);
  }

  private static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }

  /** The members of the call's society it is open to, as member-service last told. */
  public List<String> openTo(CallRecorded call) {
    return jdbc
        .query(
            "SELECT * FROM member_society WHERE society_id = ?",
            (rs, i) ->
                call.isOpenTo(
                        valueOf(MembershipStatus.class, rs.getString("status")),
                        valueOf(MembershipCategory.class, rs.getString("category")),
                        valueOf(TrainingLevel.class, rs.getString("training_level")),
                        Set.copyOf(Arrays.asList((String[]) rs.getArray("section_ids").getArray())))
                    ? rs.getString("member_id")
                    : null,
            call.societyId())
        .stream()
        .filter(Objects::nonNull)
        .toList();
  }

  private static <E extends Enum<E>> E valueOf(Class<E> type, String name) {
    return name == null ? null : Enum.valueOf(type, name);
  }

  public Optional<Recipient> of(String memberId) {
    return jdbc
        .query(
            "SELECT * FROM recipient WHERE member_id = ? AND email IS NOT NULL",
            (rs, i) ->
                new Recipient(
                    rs.getString("member_id"), rs.getString("email"), rs.getString("display_name")),
            memberId)
        .stream()
        .findFirst();
  }

  /** The member a login acts as, if member-service told us. */
  @Override
  public Optional<String> memberActingAs(String subject) {
    return jdbc
        .queryForList(
            "SELECT member_id FROM recipient WHERE account_subject = ?", String.class, subject)
        .stream()
        .findFirst();
  }

  /** The name to call a member by in someone else's mail, or a neutral word when not known. */
  public String nameOf(String memberId, String unknown) {
    return of(memberId).map(Recipient::displayName).orElse(unknown);
  }
}
