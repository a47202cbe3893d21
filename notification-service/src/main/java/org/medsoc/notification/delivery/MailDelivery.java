package org.medsoc.notification.delivery;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.medsoc.notification.delivery.MailTexts.Letterhead;
import org.medsoc.notification.obligation.Kind;
import org.medsoc.notification.preference.Choice;
import org.medsoc.notification.preference.Preferences;
import org.medsoc.notification.preference.Unsubscribe;
import org.medsoc.notification.recipient.Recipients;
import org.medsoc.notification.recipient.Recipients.Recipient;
import org.medsoc.notification.sender.SocietySenders;
import org.medsoc.notification.sender.SocietySenders.Sender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mails what falls due. Each obligation is taken under a row lock (so several instances never send
 * the same one), mailed, and marked sent in the same transaction. While the mail server is away an
 * obligation waits, twice as long after each failed attempt up to a ceiling, and after its last
 * attempt it is recorded as failed with the reason. An obligation whose member has no known address
 * yet waits for member-service's contact point without spending attempts. A kind the member turned
 * off is not mailed (the centre still shows it); one they want in a digest waits for the digest's
 * hour and goes out in one mail with the member's others.
 */
@Component
public class MailDelivery {

  private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);
  private static final int BATCH = 50;

  private record Due(
      String notificationId,
      String memberId,
      String societyId,
      Kind kind,
      List<String> args,
      String link,
      int attempts,
      boolean heldForDigest) {}

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  private final JavaMailSender mail;
  private final MailTexts texts;
  private final Recipients recipients;
  private final Preferences preferences;
  private final Unsubscribe unsubscribe;
  private final SocietySenders senders;
  private final String from;
  private final String publicUrl;
  private final Duration firstRetry;
  private final Duration maxRetry;
  private final int maxAttempts;

  public MailDelivery(
      JdbcTemplate jdbc,
      TransactionTemplate transaction,
      JavaMailSender mail,
      MailTexts texts,
      Recipients recipients,
      Preferences preferences,
      Unsubscribe unsubscribe,
      SocietySenders senders,
      @Value("${notification.from}") String from,
      @Value("${notification.public-url}") String publicUrl,
      @Value("${notification.first-retry}") Duration firstRetry,
      @Value("${notification.max-retry}") Duration maxRetry,
      @Value("${notification.max-attempts}") int maxAttempts) {
    this.jdbc = jdbc;
    this.transaction = transaction;
    this.mail = mail;
    this.texts = texts;
    this.recipients = recipients;
    this.preferences = preferences;
    this.unsubscribe = unsubscribe;
    this.senders = senders;
    this.from = from;
    this.publicUrl = publicUrl;
    this.firstRetry = firstRetry;
    this.maxRetry = maxRetry;
    this.maxAttempts = maxAttempts;
  }

  @Scheduled(fixedDelayString = "${notification.poll}")
  public void sendWhatIsDue() {
    Integer handled;
    do {
      handled = transaction.execute(status -> sendBatch());
    } while (handled != null && handled == BATCH);
  }

  private int sendBatch() {
    List<Due> due =
        jdbc.query(
            """
            SELECT * FROM notification
            WHERE status = 'PENDING' AND next_attempt_at <= now()
            ORDER BY next_attempt_at
            LIMIT ? FOR UPDATE SKIP LOCKED
            """,
            (rs, i) -> due(rs),
            BATCH);
    Set<String> digested = new HashSet<>();
    List<Outgoing> outgoing = new ArrayList<>();
    for (Due d : due) {
      if (!digested.contains(d.memberId()) || !d.heldForDigest()) {
        prepare(d, digested).ifPresent(outgoing::add);
      }
    }
    deliver(outgoing);
    return due.size();
  }

  /** A mail ready to go, with the obligations it carries. */
  private record Outgoing(MimeMessage message, List<Due> together) {}

  /**
   * The mail an obligation makes now, if any: none when its kind is off, when it waits for a digest
   * or for the member's address.
   */
  private Optional<Outgoing> prepare(Due due, Set<String> digested) {
    Choice choice = preferences.of(due.memberId(), due.kind());
    if (choice == Choice.OFF && !due.kind().required()) {
      jdbc.update(
          "UPDATE notification SET status = 'OFF' WHERE notification_id = ?", due.notificationId());
      return Optional.empty();
    }
    if ((choice == Choice.DAILY || choice == Choice.WEEKLY) && !due.heldForDigest()) {
      Instant digest = Preferences.nextDigest(choice, Instant.now());
      jdbc.update(
          "UPDATE notification SET digest_at = ?, next_attempt_at = ? WHERE notification_id = ?",
          Timestamp.from(digest),
          Timestamp.from(digest),
          due.notificationId());
      return Optional.empty();
    }
    Optional<Recipient> recipient = recipients.of(due.memberId());
    if (recipient.isEmpty()) {
      later(due.notificationId(), firstRetry);
      return Optional.empty();
    }
    List<Due> together = due.heldForDigest() ? digestOf(due.memberId()) : List.of(due);
    if (due.heldForDigest()) {
      digested.add(due.memberId());
    }
    try {
      return Optional.of(new Outgoing(message(together, recipient.get()), together));
    } catch (MessagingException failure) {
      together.forEach(failedOne -> failed(failedOne, failure));
      return Optional.empty();
    }
  }

  /**
   * Sends the batch over one connection to the mail server. A mail the server refused, or that the
   * connection broke before, waits for its next attempt; the others are sent.
   */
  private void deliver(List<Outgoing> outgoing) {
    if (outgoing.isEmpty()) {
      return;
    }
    Map<Object, Exception> refused = Map.of();
    MailException broken = null;
    try {
      mail.send(outgoing.stream().map(Outgoing::message).toArray(MimeMessage[]::new));
    } catch (MailSendException failure) {
      // Without refused mails, only closing the connection failed: every mail went out.
      refused = failure.getFailedMessages();
      log.warn("Mail server: {}", failure.getMessage());
    } catch (MailException failure) {
      broken = failure;
    }
    for (Outgoing mail : outgoing) {
      Exception failure = broken != null ? broken : refused.get(mail.message());
      for (Due one : mail.together()) {
        if (failure != null) {
          failed(one, failure);
        } else {
          jdbc.update(
              "UPDATE notification SET status = 'SENT', sent_at = now(), attempts = attempts + 1,"
                  + " last_error = NULL WHERE notification_id = ?",
              one.notificationId());
        }
      }
    }
  }

  /** Everything of the member's that waits for a digest now, under lock. */
  private List<Due> digestOf(String memberId) {
    return jdbc.query(
        """
        SELECT * FROM notification
        WHERE member_id = ? AND status = 'PENDING' AND digest_at IS NOT NULL
          AND next_attempt_at <= now()
        ORDER BY created_at FOR UPDATE
        """,
        (rs, i) -> due(rs),
        memberId);
  }

  private static Due due(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new Due(
        rs.getString("notification_id"),
        rs.getString("member_id"),
        rs.getString("society_id"),
        Kind.valueOf(rs.getString("kind")),
        List.of((String[]) rs.getArray("args").getArray()),
        rs.getString("link"),
        rs.getInt("attempts"),
        rs.getTimestamp("digest_at") != null);
  }

  private MimeMessage message(List<Due> together, Recipient to) throws MessagingException {
    Due due = together.get(0);
    String unsubscribe =
        publicUrl
            + "/unsubscribe/"
            + this.unsubscribe.linkFor(to.memberId(), together.stream().map(Due::kind).toList());
    Letterhead letterhead = letterheadOf(together);
    MailTexts.Mail text =
        together.size() == 1 && !due.heldForDigest()
            ? texts.render(due.kind(), due.args(), due.link(), to, letterhead, unsubscribe)
            : texts.digest(
                together.stream()
                    .map(d -> new MailTexts.Item(d.kind(), d.args(), d.link()))
                    .toList(),
                to,
                letterhead,
                unsubscribe);
    MimeMessage message = mail.createMimeMessage();
    MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
    helper.setFrom(letterhead.from());
    helper.setTo(to.email());
    helper.setSubject(text.subject());
    helper.setText(text.plain(), text.html());
    // One click in the mail client unsubscribes (RFC 8058): the link takes a POST, no page.
    message.setHeader("List-Unsubscribe", "<" + unsubscribe + ">");
    message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
    // The obligation is the message's identity: a mail client folds a resend in a crash window.
    message.setHeader("X-Medsoc-Notification", due.notificationId());
    return message;
  }

  /** A society's own sender when every notification of the mail is about that one society. */
  private Letterhead letterheadOf(List<Due> together) {
    Set<String> societies = new HashSet<>();
    together.forEach(d -> societies.add(d.societyId()));
    Optional<Sender> sender =
        societies.size() == 1 ? senders.of(societies.iterator().next()) : Optional.empty();
    try {
      return sender.isPresent()
          ? new Letterhead(
              new InternetAddress(sender.get().address(), sender.get().societyName(), "UTF-8"),
              sender.get().societyName(),
              sender.get().locale())
          : new Letterhead(new InternetAddress(from, true), null, Locale.ENGLISH);
    } catch (java.io.UnsupportedEncodingException | jakarta.mail.internet.AddressException e) {
      throw new IllegalStateException("the sender's address was checked when it was set", e);
    }
  }

  private void failed(Due due, Exception failure) {
    int attempts = due.attempts() + 1;
    String reason = String.valueOf(failure.getMessage());
    if (attempts >= maxAttempts) {
      log.error(
          "Notification {} failed for good after {} attempts: {}",
          due.notificationId(),
          attempts,
          reason);
      jdbc.update(
          "UPDATE notification SET status = 'FAILED', attempts = ?, last_error = ?"
              + " WHERE notification_id = ?",
          attempts,
          reason,
          due.notificationId());
      return;
    }
    Duration wait = firstRetry.multipliedBy(1L << Math.min(attempts - 1, 20));
    if (wait.compareTo(maxRetry) > 0) {
      wait = maxRetry;
    }
    log.warn(
        "Notification {} not sent (attempt {}), again in {}: {}",
        due.notificationId(),
        attempts,
        wait,
        reason);
    jdbc.update(
        "UPDATE notification SET attempts = ?, last_error = ?, next_attempt_at = ?"
            + " WHERE notification_id = ?",
        attempts,
        reason,
        Timestamp.from(Instant.now().plus(wait)),
        due.notificationId());
  }

  private void later(String notificationId, Duration wait) {
    jdbc.update(
        "UPDATE notification SET next_attempt_at = ? WHERE notification_id = ?",
        Timestamp.from(Instant.now().plus(wait)),
        notificationId);
  }
}
