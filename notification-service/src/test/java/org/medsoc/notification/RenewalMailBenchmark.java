package org.medsoc.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.medsoc.kernel.contracts.member.ContactPointChanged;
import org.medsoc.kernel.contracts.member.MembershipChanged;
import org.medsoc.kernel.member.MembershipCategory;
import org.medsoc.kernel.member.MembershipStatus;
import org.medsoc.kernel.member.TrainingLevel;
import org.medsoc.kernel.messaging.ActingPrincipal;
import org.medsoc.kernel.messaging.IntegrationEvent;
import org.medsoc.kernel.messaging.IntegrationEventCodec;
import org.medsoc.notification.delivery.MailTexts;
import org.medsoc.notification.obligation.Kind;
import org.medsoc.notification.recipient.Recipients.Recipient;
import org.medsoc.testsupport.TestInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * How fast the renewal reminders of {@code renewals.members} members (10,000 by default) reach a
 * real SMTP server (GreenMail, in this JVM): their renewals heard from the broker, each obligation
 * recorded once in the ledger, rendered in text and HTML, mailed (a batch per connection) and
 * marked sent. Side by side in the same run with its baseline: the same mails rendered and handed
 * to the same SMTP server the plain way, one connection per mail and no ledger ({@code
 * renewals.baseline} of them, 1,000 by default, as at its pace 10,000 take minutes). Not part of
 * the build's tests ({@code *Benchmark}); run it with {@code scripts/benchmark.sh}, or alone with
 * {@code ./mvnw -B -pl notification-service -am test -Dtest=RenewalMailBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@SpringBootTest(args = "--spring.config.name=" + NotificationServiceApplication.CONFIG_NAME)
class RenewalMailBenchmark {

  private static final int SMTP_PORT = freePort();
  private static final GreenMail smtp =
      new GreenMail(new ServerSetup(SMTP_PORT, null, ServerSetup.PROTOCOL_SMTP));

  static {
    smtp.start();
  }

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    TestInfrastructure.register(registry, "notification_benchmark");
    registry.add("spring.mail.host", () -> "localhost");
    registry.add("spring.mail.port", () -> SMTP_PORT);
    registry.add("notification.poll", () -> "PT0.2S");
    registry.add("logging.level.com.icegreen", () -> "WARN");
  }

  @AfterAll
  static void stopSmtp() {
    smtp.stop();
  }

  @Autowired JdbcTemplate jdbc;
  @Autowired JavaMailSender mail;
  @Autowired MailTexts texts;

  private final IntegrationEventCodec codec = new IntegrationEventCodec();

  @Test
  void mails_the_renewal_reminders_of_ten_thousand_members_and_compares_with_sending_blindly()
      throws Exception {
    int members = Integer.getInteger("renewals.members", 10_000);
    String run = UUID.randomUUID().toString().substring(0, 8);
    LocalDate paidThrough = LocalDate.now().plusDays(20);
    List<IntegrationEvent> contacts = new ArrayList<>();
    List<IntegrationEvent> renewals = new ArrayList<>();
    for (int i = 0; i < members; i++) {
      String memberId = "renewing-%s-%06d".formatted(run, i);
      contacts.add(
          new ContactPointChanged(
              memberId, null, memberId + "@example.org", "Member %06d".formatted(i), 1));
      renewals.add(
          new MembershipChanged(
              memberId,
              "society-" + run,
              MembershipChanged.Change.IMPORTED,
              MembershipStatus.ACTIVE,
              MembershipCategory.FULL,
              TrainingLevel.ATTENDING,
              paidThrough,
              Set.of(),
              2,
              null));
    }
    publish(contacts, run);
    awaitCount(
        "SELECT count(*) FROM recipient WHERE member_id LIKE ?", "renewing-" + run + "%", members);

    long started = System.nanoTime();
    publish(renewals, run);
    double published = seconds(started);
    awaitCount(
        "SELECT count(*) FROM notification WHERE kind = 'RENEWAL_DUE' AND member_id LIKE ?",
        "renewing-" + run + "%",
        members);
    double recorded = seconds(started);
    awaitCount(
        "SELECT count(*) FROM notification WHERE kind = 'RENEWAL_DUE' AND status = 'SENT'"
            + " AND member_id LIKE ?",
        "renewing-" + run + "%",
        members);
    double mailed = seconds(started);
    Instant[] window =
        jdbc.queryForObject(
            "SELECT min(sent_at), max(sent_at) FROM notification WHERE kind = 'RENEWAL_DUE'"
                + " AND member_id LIKE ?",
            (rs, i) ->
                new Instant[] {rs.getTimestamp(1).toInstant(), rs.getTimestamp(2).toInstant()},
            "renewing-" + run + "%");
    double sending = (window[1].toEpochMilli() - window[0].toEpochMilli()) / 1000.0;
    assertThat(smtp.getReceivedMessages()).hasSize(members);
    System.out.printf(
        "Renewal reminders of %,d members: facts published in %.1f s, all owed in the ledger"
            + " after %.1f s, all mailed after %.1f s (%,.0f mails/s from first to last mail,"
            + " %,.0f mails/s from the first fact; drained %.1f s after the last fact)%n",
        members,
        published,
        recorded,
        mailed,
        members / sending,
        members / mailed,
        mailed - published);

    smtp.purgeEmailFromAllMailboxes();
    int sample = Math.min(members, Integer.getInteger("renewals.baseline", 1_000));
    long baseline = System.nanoTime();
    for (int i = 0; i < sample; i++) {
      String memberId = "baseline-%06d".formatted(i);
      MailTexts.Mail text =
          texts.render(
              Kind.RENEWAL_DUE,
              List.of(paidThrough.toString()),
              "/me",
              new Recipient(memberId, memberId + "@example.org", "Member " + i),
              new MailTexts.Letterhead(
                  new jakarta.mail.internet.InternetAddress("no-reply@medsoc.example"),
                  null,
                  Locale.ENGLISH),
              "http://localhost/unsubscribe/x");
      var message = mail.createMimeMessage();
      MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
      helper.setFrom("no-reply@medsoc.example");
      helper.setTo(memberId + "@example.org");
      helper.setSubject(text.subject());
      helper.setText(text.plain(), text.html());
      mail.send(message);
    }
    double plain = seconds(baseline);
    assertThat(smtp.getReceivedMessages()).hasSize(sample);
    System.out.printf(
        "Baseline, %,d of the same mails rendered and sent one connection each, without a ledger:"
            + " %.1f s (%,.0f mails/s; 10,000 would take %.0f s)%n",
        sample, plain, sample / plain, plain * 10_000 / sample);
  }

  private void publish(List<IntegrationEvent> events, String run) throws Exception {
    try (KafkaProducer<String, String> producer =
        new KafkaProducer<>(
            Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestInfrastructure.kafkaBootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                StringSerializer.class,
                ProducerConfig.LINGER_MS_CONFIG,
                5))) {
      List<Future<RecordMetadata>> sent = new ArrayList<>();
      for (IntegrationEvent event : events) {
        String topic = IntegrationEventCodec.typeOf(event.getClass()).topic();
        sent.add(
            producer.send(
                new ProducerRecord<>(
                    topic,
                    event.aggregateId(),
                    codec.encode(
                        codec.wrap(
                            event,
                            UUID.randomUUID(),
                            Instant.now(),
                            new ActingPrincipal("benchmark", List.of("STAFF")),
                            null,
                            "correlation-" + run,
                            "cause-" + run)))));
      }
      for (Future<RecordMetadata> f : sent) {
        f.get();
      }
    }
  }

  private void awaitCount(String sql, String like, int expected) throws InterruptedException {
    long deadline = System.nanoTime() + 30L * 60 * 1_000_000_000L;
    while (jdbc.queryForObject(sql, Integer.class, like) < expected) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not all " + expected + " after 30 minutes: " + sql);
      }
      Thread.sleep(100);
    }
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
