package org.medsoc.kernel.messaging;

/**
 * The Kafka topics of the platform. Each is owned by one producing service; the key of every record
 * is the id of the aggregate the fact is about. A consumer's dead-letter topic is the topic name
 * followed by {@link #DEAD_LETTER_SUFFIX}.
 */
public final class Topics {

  /** member-service: the eligibility-relevant state of memberships. */
  public static final String MEMBERSHIPS = "member.memberships";

  /**
   * member-service: each member's address and name for mail, read by notification-service alone:
   * contact data lives in member-service and, for sending, there.
   */
  public static final String CONTACTS = "member.contacts";

  /** member-service: every step of every introduction, for the audit trail and other services. */
  public static final String INTRODUCTIONS = "member.introductions";

  /**
   * member-service: every step of every mentorship, with its two parties (never the ask, an agenda
   * or a reason: those are the people's own words).
   */
  public static final String MENTORSHIPS = "member.mentorships";

  /** member-service: every sponsorship action (never a letter's content). */
  public static final String SPONSORSHIPS = "member.sponsorships";

  /**
   * committee-service and events-service: achievements for members' professional records, kept by
   * member-service.
   */
  public static final String ACHIEVEMENTS = "record.achievements";

  /**
   * committee-service: every step of every nomination (never the supporting statement), for
   * member-service, events-service and the audit trail.
   */
  public static final String NOMINATIONS = "committee.nominations";

  /**
   * committee-service: each call for volunteers or award cycle opened and closed, with whom it is
   * open to, and each endorsement an applicant asks of someone (never the statement).
   */
  public static final String CALLS = "committee.calls";

  /** committee-service: every step of every appointment, with the selection it came from. */
  public static final String APPOINTMENTS = "committee.appointments";

  /** events-service: each conference scheduled, with the society that holds it. */
  public static final String CONFERENCES = "events.conferences";

  /** events-service: every step of every conference registration. */
  public static final String REGISTRATIONS = "events.registrations";

  /** events-service: every abstract submitted to a conference and its decision (never a reason). */
  public static final String ABSTRACTS = "events.abstracts";

  /** events-service: every step of every invitation to speak, from a nomination or from staff. */
  public static final String SPEAKERS = "events.speakers";

  /** events-service: meetings held at conferences, for the audit trail and follow-on services. */
  public static final String MEETINGS = "events.meetings";

  /** events-service: speed-mentoring pairs offered to member-service as possible mentorships. */
  public static final String MENTORING_PAIRS = "events.mentoring-pairs";

  /**
   * Every service with an event store: signed checkpoints of its event chain, kept by the audit
   * outside the service's database.
   */
  public static final String CHAIN_CHECKPOINTS = "platform.chain-checkpoints";

  public static final String DEAD_LETTER_SUFFIX = ".DLT";

  private Topics() {}

  public static String deadLetterOf(String topic) {
    return topic + DEAD_LETTER_SUFFIX;
  }
}
