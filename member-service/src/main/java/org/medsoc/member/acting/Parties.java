package org.medsoc.member.acting;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.medsoc.member.introduction.api.IntroductionAsked;
import org.medsoc.member.introduction.api.IntroductionProposed;
import org.medsoc.member.mentorship.api.MentorshipRequested;
import org.medsoc.member.sponsorship.api.SponsorshipDeclared;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Who takes part in each networking record, and as what: the introducer and both sides of an
 * introduction, the asker and the colleague asked of a request for one, the mentee and mentor of a
 * mentorship, the sponsor and protégé of a sponsorship. Written in the transaction that stores the
 * record's first event, so access rules admit exactly the right party from the first moment.
 */
@Component
@ProcessingGroup(Parties.PROCESSING_GROUP)
public class Parties {

  public static final String PROCESSING_GROUP = "parties";

  /** The part a member plays in a networking record. */
  public enum Role {
    INTRODUCER,
    SIDE,
    MENTEE,
    MENTOR,
    SPONSOR,
    PROTEGE,
    /** Who asked for an introduction; the colleague asked is its INTRODUCER. */
    ASKER
  }

  private final JdbcTemplate jdbc;

  public Parties(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @EventHandler
  void on(IntroductionProposed event) {
    record(event.introductionId(), event.introducerId(), Role.INTRODUCER);
    record(event.introductionId(), event.firstMemberId(), Role.SIDE);
    record(event.introductionId(), event.secondMemberId(), Role.SIDE);
  }

  /** The person the asker hopes to meet is no party: they learn of it only from a proposal. */
  @EventHandler
  void on(IntroductionAsked event) {
    record(event.requestId(), event.askerId(), Role.ASKER);
    record(event.requestId(), event.introducerId(), Role.INTRODUCER);
  }

  @EventHandler
  void on(MentorshipRequested event) {
    record(event.mentorshipId(), event.menteeId(), Role.MENTEE);
    record(event.mentorshipId(), event.mentorId(), Role.MENTOR);
  }

  @EventHandler
  void on(SponsorshipDeclared event) {
    record(event.sponsorshipId(), event.sponsorId(), Role.SPONSOR);
    record(event.sponsorshipId(), event.protegeId(), Role.PROTEGE);
  }

  /** The member who plays this role in the record, if one does. */
  public java.util.Optional<String> playing(String recordId, Role role) {
    return jdbc
        .queryForList(
            "SELECT member_id FROM party WHERE record_id = ? AND role = ? ORDER BY member_id",
            String.class,
            recordId,
            role.name())
        .stream()
        .findFirst();
  }

  /** Whether the member takes part in the record in any role. */
  public boolean isParty(String recordId, String memberId) {
    return memberId != null
        && Boolean.TRUE.equals(
            jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM party WHERE record_id = ? AND member_id = ?)",
                Boolean.class,
                recordId,
                memberId));
  }

  /** Whether the member plays this role in the record. */
  public boolean plays(String recordId, String memberId, Role role) {
    return memberId != null
        && Boolean.TRUE.equals(
            jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM party WHERE record_id = ? AND member_id = ? AND role = ?)",
                Boolean.class,
                recordId,
                memberId,
                role.name()));
  }

  private void record(String recordId, String member, Role role) {
    jdbc.update(
        "INSERT INTO party (record_id, member_id, role) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
        recordId,
        member,
        role.name());
  }
}
