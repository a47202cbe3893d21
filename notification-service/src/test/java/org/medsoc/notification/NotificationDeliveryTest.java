package org.medsoc.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.medsoc.kernel.contracts.committee.CallRecorded;
import org.medsoc.kernel.contracts.committee.EndorsementRecorded;
import org.medsoc.kernel.contracts.committee.NominationRecorded;
import org.medsoc.kernel.contracts.events.AbstractRecorded;
import org.medsoc.kernel.contracts.events.MeetingStepRecorded;
import org.medsoc.kernel.contracts.events.MeetingStepRecorded.Step;
import org.medsoc.kernel.contracts.member.ContactPointChanged;
import org.medsoc.kernel.contracts.member.IntroductionRecorded;
import org.medsoc.kernel.contracts.member.MembershipChanged;
import org.medsoc.kernel.contracts.member.MentorshipStepRecorded;
import org.medsoc.kernel.contracts.member.SponsorshipActionRecorded;
import org.medsoc.kernel.contracts.member.TouchBaseScheduled;
import org.medsoc.kernel.member.MembershipCategory;
import org.medsoc.kernel.messaging.ActingPrincipal;
import org.medsoc.kernel.messaging.IntegrationEvent;
import org.medsoc.kernel.messaging.IntegrationEventCodec;
import org.medsoc.testsupport.Http;
import org.medsoc.testsupport.MembershipFact;
import org.medsoc.testsupport.TestInfrastructure;
import org.medsoc.testsupport.TopicWriter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Facts heard from a real broker become mails read back from a real SMTP server (GreenMail): each
 * obligation mailed once, however often its fact is delivered, and when the mail server was away,
 * once it is back.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    args = "--spring.config.name=" + NotificationServiceApplication.CONFIG_NAME)
class NotificationDeliveryTest {

  private static final int SMTP_PORT = freePort();
  private static final String ZONE = "America/New_York";
  private static final int MAX_ATTEMPTS = 8;
  private static GreenMail smtp = started();

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    TestInfrastructure.register(registry, "notification_delivery");
    registry.add("spring.mail.host", () -> "localhost");
    registry.add("spring.mail.port", () -> SMTP_PORT);
    registry.add("notification.poll", () -> "PT0.2S");
    registry.add("notification.first-retry", () -> "PT0.5S");
    registry.add("notification.max-retry", () -> "PT1S");
    registry.add("notification.max-attempts", () -> MAX_ATTEMPTS);
  }

  @AfterAll
  static void stopSmtp() {
    smtp.stop();
  }

  @Autowired JdbcTemplate jdbc;

  @LocalServerPort int port;

  private final IntegrationEventCodec codec = new IntegrationEventCodec();
  private final String run = UUID.randomUUID().toString().substring(0, 8);

  @Test
  void a_nominee_is_asked_for_consent_once_without_who_nominated_or_the_statement()
      throws Exception {
    String nominee = contact("nominee", "Aisha Diallo");
    String nominator = contact("nominator", "Omar Sall");
    NominationRecorded submitted = nomination(nominator, nominee);
    publish(submitted);
    publish(submitted);

    MimeMessage mail = awaitOneMailTo(nominee);
    String text = GreenMailUtil.getBody(mail);
    assertThat(mail.getSubject()).contains("Trainee seats " + run, "consent");
    assertThat(text)
        .contains("Dear Aisha Diallo", "/service#received")
        .as("the nominee never learns who nominated her from a mail")
        .doesNotContain("Omar", "Sall");
    // Both deliveries handled (the second a fact of its own, the same obligation): still one mail.
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                jdbc.queryForObject(
                        "SELECT count(*) FROM processed_integration_event"
                            + " WHERE consumer = 'committee-obligations' AND aggregate_id = ?",
                        Integer.class,
                        submitted.nominationId())
                    == 2);
    assertThat(status("nomination-consent:" + submitted.nominationId())).isEqualTo("SENT");
    assertThat(mailsTo(nominee)).as("a redelivered fact sends nothing again").hasSize(1);
  }

  @Test
  void a_mentor_hears_of_a_request_by_the_mentees_name_never_the_ask() throws Exception {
    String mentee = contact("mentee", "Sipho Dube");
    String mentor = contact("mentor", "Lena Berg");
    publish(mentorshipRequested("mentorship-" + run, mentee, mentor));
    MimeMessage mail = awaitOneMailTo(mentor);
    assertThat(mail.getSubject()).isEqualTo("Sipho Dube asks you to be their mentor");
    assertThat(GreenMailUtil.getBody(mail)).contains("/mentorship#inbox");
  }

  @Test
  void the_follow_up_of_a_meeting_held_is_mailed_to_who_asked_for_it_on_its_first_morning()
      throws Exception {
    String requester = contact("requester", "Ngozi Eze");
    String invitee = contact("invitee", "Kwame Mensah");
    LocalDate dueFrom = LocalDate.now().minusDays(1);
    publish(meetingStep("met", requester, invitee, Step.FOLLOW_UP_DUE, dueFrom, 7));
    MimeMessage mail = awaitOneMailTo(requester);
    assertThat(mail.getSubject()).isEqualTo("Your follow-up to Kwame Mensah is due");
    assertThat(GreenMailUtil.getBody(mail)).contains("by " + dueFrom.plusDays(4), "#owed");
    assertThat(mailsTo(invitee)).isEmpty();
    assertThat(dueAt("meeting-follow-up:meeting-met-" + run))
        .as("due at 8 in the morning of the window's first day, in the conference's time zone")
        .isEqualTo(dueFrom.atTime(8, 0).atZone(java.time.ZoneId.of(ZONE)).toInstant());
  }

  @Test
  void a_follow_up_sent_before_its_day_is_withdrawn_and_never_mailed() throws Exception {
    String requester = contact("early", "Tomas Early");
    String invitee = contact("early-invitee", "Irene Early");
    LocalDate dueFrom = LocalDate.now().plusDays(2);
    publish(meetingStep("early", requester, invitee, Step.FOLLOW_UP_DUE, dueFrom, 7));
    publish(meetingStep("early", requester, invitee, Step.FOLLOW_UP_SENT, null, 8));
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> "WITHDRAWN".equals(statusOrNull("meeting-follow-up:meeting-early-" + run)));
    // Its day comes: nothing is mailed.
    jdbc.update(
        "UPDATE notification SET next_attempt_at = now(), due_at = now() WHERE member_id = ?",
        memberId(requester));
    await()
        .during(Duration.ofSeconds(1))
        .atMost(Duration.ofSeconds(5))
        .alias("a withdrawn follow-up stays unmailed when its day comes")
        .until(() -> mailsTo(requester).isEmpty());
  }

  @Test
  void without_a_reply_the_nudge_is_mailed_once_however_often_it_is_heard() throws Exception {
    String requester = contact("nudging", "Farah Nudge");
    String invitee = contact("silent", "Pavel Silent");
    // Yesterday: its 08:00 in the conference's zone has passed whatever the hour of the run.
    LocalDate dueFrom = LocalDate.now().minusDays(1);
    MeetingStepRecorded nudgeDue =
        meetingStep("nudge", requester, invitee, Step.NUDGE_DUE, dueFrom, 9);
    publish(nudgeDue);
    MimeMessage mail = awaitOneMailTo(requester);
    assertThat(mail.getSubject())
        .isEqualTo("No reply from Pavel Silent yet: one polite nudge is due");
    publish(nudgeDue);
    publish(meetingStep("nudge", requester, invitee, Step.NUDGE_SENT, null, 10));
    publish(meetingStep("nudge", requester, invitee, Step.FOLLOW_UP_CLOSED, null, 11));
    awaitHandled("meeting-nudge-" + run, 4);
    assertThat(status("meeting-nudge:meeting-nudge-" + run)).isEqualTo("SENT");
    assertThat(mailsTo(requester)).as("one nudge, never a second").hasSize(1);
    assertThat(mailsTo(invitee)).as("the silent side is not nudged by us").isEmpty();
  }

  @Test
  void a_meeting_request_reaches_the_invitee_by_the_requesters_name_never_its_purpose()
      throws Exception {
    String requester = contact("asking-meeting", "Hana Request");
    String invitee = contact("asked-meeting", "Oskar Asked");
    publish(
        new MeetingStepRecorded(
            "meeting-ask-" + run,
            "conference-" + run,
            "society-" + run,
            memberId(requester),
            memberId(invitee),
            Step.REQUESTED,
            memberId(requester),
            java.time.ZonedDateTime.of(2027, 4, 12, 10, 30, 0, 0, java.time.ZoneId.of(ZONE))
                .toInstant(),
            null,
            null,
            ZONE,
            0));
    MimeMessage mail = awaitOneMailTo(invitee);
    assertThat(mail.getSubject()).isEqualTo("Hana Request asks to meet you at 2027-04-12 10:30");
    assertThat(GreenMailUtil.getBody(mail)).contains("/attend/conference-" + run + "#meetings");
    assertThat(mailsTo(requester)).isEmpty();
  }

  @Test
  void a_renewal_is_reminded_30_days_before_the_paid_period_ends_and_a_renewal_withdraws_it()
      throws Exception {
    String member = contact("renewing", "Grace Renew");
    LocalDate soon = LocalDate.now().plusDays(20);
    publish(membership(member, MembershipChanged.Change.APPROVED, soon, 3));
    String reminder = "renewal-due:" + memberId(member) + ":society-" + run + ":" + soon;
    awaitOneMailTo(member);
    await().atMost(Duration.ofSeconds(30)).until(() -> "SENT".equals(statusOrNull(reminder)));
    List<String> subjects = subjectsTo(member);
    assertThat(subjects)
        .as("within 30 days of its end: the reminder goes out at once, after the welcome")
        .contains(
            "Welcome: your membership was approved",
            "Your membership is paid through " + soon + ": time to renew");

    LocalDate nextYear = soon.plusYears(1);
    publish(membership(member, MembershipChanged.Change.RENEWED, nextYear, 4));
    String next = "renewal-due:" + memberId(member) + ":society-" + run + ":" + nextYear;
    await().atMost(Duration.ofSeconds(30)).until(() -> statusOrNull(next) != null);
    assertThat(dueAt(next))
        .as("30 days before the new period ends, in the morning")
        .isEqualTo(nextYear.minusDays(30).atTime(8, 0).toInstant(java.time.ZoneOffset.UTC));
    assertThat(status("membership-grace:" + memberId(member) + ":society-" + run + ":" + soon))
        .as("the renewal withdraws the grace notice of the old period")
        .isEqualTo("WITHDRAWN");
  }

  @Test
  void while_the_mail_server_is_away_the_mail_waits_and_goes_out_once_when_it_returns()
      throws Exception {
    String mentee = contact("waiting", "Leila Haddad");
    String mentor = contact("away", "Jonas Weber");
    smtp.stop();
    try {
      publish(
          new MentorshipStepRecorded(
              "mentorship-away-" + run,
              MentorshipStepRecorded.Step.ACCEPTED,
              memberId(mentee),
              memberId(mentor),
              null,
              memberId(mentor),
              null,
              1));
      await()
          .atMost(Duration.ofSeconds(30))
          .ignoreExceptions()
          .until(
              () ->
                  jdbc.queryForObject(
                          "SELECT attempts FROM notification WHERE notification_id = ?",
                          Integer.class,
                          "mentorship-answered:mentorship-away-" + run)
                      >= 2);
    } finally {
      smtp = started();
    }
    MimeMessage mail = awaitOneMailTo(mentee);
    assertThat(mail.getSubject()).isEqualTo("Jonas Weber accepted to mentor you");
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> status("mentorship-answered:mentorship-away-" + run).equals("SENT"));
    assertThat(mailsTo(mentee)).as("sent once, however many attempts failed").hasSize(1);
  }

  @Test
  void a_mail_that_fails_for_good_shows_to_the_staff_of_the_members_society_who_send_it_again()
      throws Exception {
    String mentee = contact("bounced", "Chen Bounce");
    String mentor = contact("bounce-mentor", "Ada Bounce");
    String society = "society-bounce-" + run;
    publish(MembershipFact.approved(memberId(mentee), society).resident().version(2).build());
    String notification = "mentorship-answered:mentorship-bounce-" + run;
    Http staff = Http.onPort(port).as(TestInfrastructure.identity().staffOf(society));
    String undelivered = "/societies/" + society + "/undelivered-mails";
    smtp.stop();
    try {
      publish(
          new MentorshipStepRecorded(
              "mentorship-bounce-" + run,
              MentorshipStepRecorded.Step.ACCEPTED,
              memberId(mentee),
              memberId(mentor),
              null,
              memberId(mentor),
              null,
              1));
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> statusOrNull(notification) != null && attempts(notification) >= 1);
      // The outage lasts: the attempts run out.
      jdbc.update(
          "UPDATE notification SET attempts = ? WHERE notification_id = ?",
          MAX_ATTEMPTS - 1,
          notification);
      await().atMost(Duration.ofSeconds(30)).until(() -> "FAILED".equals(status(notification)));
    } finally {
      smtp = started();
    }
    JsonNode failed = staff.get(undelivered).body();
    assertThat(failed.size()).isEqualTo(1);
    assertThat(failed.at("/0/notificationId").asText()).isEqualTo(notification);
    assertThat(failed.at("/0/memberName").asText()).isEqualTo("Chen Bounce");
    assertThat(failed.at("/0/kindName").asText()).isEqualTo("A mentor accepting your request");
    assertThat(failed.at("/0/lastError").asText()).isNotBlank();
    assertThat(
            Http.onPort(port)
                .as(TestInfrastructure.identity().staffOf("another-society-" + run))
                .get(undelivered)
                .status())
        .as("another society's staff")
        .isEqualTo(403);
    assertThat(
            Http.onPort(port)
                .as(TestInfrastructure.identity().staffOf("another-society-" + run))
                .get("/societies/another-society-" + run + "/undelivered-mails")
                .body()
                .size())
        .as("not among another society's")
        .isZero();
    assertThat(mailsTo(mentee)).isEmpty();

    assertThat(staff.post(undelivered + "/" + notification + "/retry", "{}").status())
        .isEqualTo(202);
    assertThat(awaitOneMailTo(mentee).getSubject()).isEqualTo("Ada Bounce accepted to mentor you");
    await().atMost(Duration.ofSeconds(10)).until(() -> "SENT".equals(status(notification)));
    assertThat(staff.get(undelivered).body().size()).isZero();
    assertThat(staff.post(undelivered + "/" + notification + "/retry", "{}").status())
        .as("only a failed mail is sent again")
        .isEqualTo(404);
  }

  @Test
  void a_society_names_its_sender_and_language_and_its_mails_come_so() throws Exception {
    String member = contact("francophone", "Camille Martin");
    String society = "society-fr-" + run;
    Http staff = Http.onPort(port).as(TestInfrastructure.identity().staffOf(society));
    String sender = "/societies/" + society + "/mail-sender";
    Http.Response refused =
        staff.put(
            sender,
            Map.of("societyName", "Société X", "address", "not an address", "language", "fr"));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body().at("/errors/0/field").asText()).isEqualTo("address");
    assertThat(
            staff
                .put(
                    sender,
                    Map.of(
                        "societyName",
                        "Société francophone de pédiatrie",
                        "address",
                        "secretariat@sfp.example",
                        "language",
                        "fr"))
                .status())
        .isEqualTo(204);
    assertThat(
            Http.onPort(port)
                .as(TestInfrastructure.identity().staffOf("another-" + run))
                .put(
                    sender,
                    Map.of("societyName", "Taken over", "address", "x@y.example", "language", "en"))
                .status())
        .as("another society's staff")
        .isEqualTo(403);

    publish(
        membership(
            member, MembershipChanged.Change.APPROVED, LocalDate.now().plusYears(1), 2, society));
    MimeMessage mail = awaitOneMailTo(member);
    assertThat(mail.getFrom()[0].toString())
        .isEqualTo(
            new jakarta.mail.internet.InternetAddress(
                    "secretariat@sfp.example", "Société francophone de pédiatrie", "UTF-8")
                .toString());
    assertThat(mail.getSubject()).isEqualTo("Bienvenue : votre adhésion est acceptée");
    String text = plainTextOf(mail);
    assertThat(text)
        .contains(
            "Chère, cher Camille Martin",
            "membre de Société francophone de pédiatrie",
            "l'objet d'un rendez-vous");
  }

  @Test
  void an_introduction_reaches_both_sides_is_recalled_before_it_expires_and_connects_all_three()
      throws Exception {
    String introducer = contact("introducer", "Marta Intro");
    String first = contact("first-side", "Femi First");
    String second = contact("second-side", "Sana Second");
    String id = "introduction-" + run;
    Instant expiresAt =
        Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS).plus(Duration.ofDays(14));
    publish(
        new IntroductionRecorded(
            id,
            IntroductionRecorded.Step.PROPOSED,
            memberId(introducer),
            memberId(first),
            memberId(second),
            null,
            memberId(introducer),
            "You both study sepsis in children",
            "CONFERENCE",
            null,
            0,
            expiresAt));
    assertThat(awaitOneMailTo(first).getSubject())
        .isEqualTo("Marta Intro introduces you to Sana Second");
    MimeMessage toSecond = awaitOneMailTo(second);
    assertThat(toSecond.getSubject()).isEqualTo("Marta Intro introduces you to Femi First");
    assertThat(plainTextOf(toSecond)).as("the reason stays in the portal").doesNotContain("sepsis");
    String firstExpiring = "introduction-expiring:" + id + ":" + memberId(first);
    await().atMost(Duration.ofSeconds(30)).until(() -> statusOrNull(firstExpiring) != null);
    assertThat(dueAt(firstExpiring)).isEqualTo(expiresAt.minus(Duration.ofDays(2)));

    publish(
        introductionStep(
            id, IntroductionRecorded.Step.ACCEPTED, introducer, first, second, memberId(first), 1));
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> "WITHDRAWN".equals(statusOrNull(firstExpiring)));
    assertThat(status("introduction-expiring:" + id + ":" + memberId(second)))
        .as("who has not answered is still recalled")
        .isEqualTo("PENDING");

    publish(
        introductionStep(
            id, IntroductionRecorded.Step.CONNECTED, introducer, first, second, null, 3));
    assertThat(awaitOneMailTo(introducer).getSubject())
        .isEqualTo("Femi First and Sana Second accepted your introduction");
    await().atMost(Duration.ofSeconds(30)).until(() -> mailsTo(first).size() == 2);
    assertThat(subjectsTo(first)).contains("You and Sana Second are connected");
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                "WITHDRAWN"
                    .equals(statusOrNull("introduction-expiring:" + id + ":" + memberId(second))));
  }

  @Test
  void a_letter_asked_for_reminds_its_sponsor_14_and_3_days_ahead_until_it_is_submitted()
      throws Exception {
    String sponsor = contact("sponsor", "Ruth Sponsor");
    String protege = contact("protege", "Lin Protege");
    LocalDate deadline = LocalDate.now().plusDays(20);
    String letter = "letter-" + run;
    publish(
        sponsorship(
            sponsor,
            protege,
            SponsorshipActionRecorded.Action.LETTER_REQUESTED,
            letter,
            deadline,
            4));
    MimeMessage asked = awaitOneMailTo(sponsor);
    assertThat(asked.getSubject()).isEqualTo("Lin Protege asks you for a letter, due " + deadline);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> statusOrNull("letter:" + letter + ":deadline-3") != null);
    assertThat(dueAt("letter:" + letter + ":deadline-14"))
        .isEqualTo(deadline.minusDays(14).atTime(8, 0).toInstant(java.time.ZoneOffset.UTC));
    assertThat(dueAt("letter:" + letter + ":deadline-3"))
        .isEqualTo(deadline.minusDays(3).atTime(8, 0).toInstant(java.time.ZoneOffset.UTC));

    publish(
        sponsorship(
            sponsor,
            protege,
            SponsorshipActionRecorded.Action.LETTER_SUBMITTED,
            letter,
            deadline,
            5));
    assertThat(awaitOneMailTo(protege).getSubject())
        .isEqualTo("Ruth Sponsor submitted your letter");
    assertThat(status("letter:" + letter + ":deadline-14")).isEqualTo("WITHDRAWN");
    assertThat(status("letter:" + letter + ":deadline-3")).isEqualTo("WITHDRAWN");
  }

  @Test
  void a_registration_is_confirmed_by_the_conferences_name() throws Exception {
    String attendee = contact("attendee", "Omar Attend");
    String conference = conferenceNamed("conference-named-" + run, "Winter Meeting " + run);
    publish(
        new org.medsoc.kernel.contracts.events.RegistrationRecorded(
            "registration-" + run,
            org.medsoc.kernel.contracts.events.RegistrationRecorded.Step.WAITLISTED,
            conference,
            "society-" + run,
            memberId(attendee),
            "MEMBER",
            java.math.BigDecimal.TEN,
            "EUR",
            7));
    MimeMessage mail = awaitOneMailTo(attendee);
    assertThat(mail.getSubject())
        .isEqualTo("You are on the waiting list for Winter Meeting " + run);
    assertThat(plainTextOf(mail)).contains("/attend/" + conference + "#registration");
  }

  @Test
  void an_appointment_names_the_seat_and_its_term_ending_is_told_60_days_ahead() throws Exception {
    String member = contact("appointee", "Iris Seat");
    LocalDate termEnd = LocalDate.now().plusYears(2);
    publish(
        new org.medsoc.kernel.contracts.committee.AppointmentRecorded(
            "committee-" + run,
            "appointment-" + run,
            org.medsoc.kernel.contracts.committee.AppointmentRecorded.Step.APPOINTED,
            "Education Committee",
            "society-" + run,
            memberId(member),
            "TRAINEE_REPRESENTATIVE",
            LocalDate.now(),
            termEnd,
            null,
            null,
            null,
            9));
    MimeMessage mail = awaitOneMailTo(member);
    assertThat(mail.getSubject())
        .isEqualTo("You are appointed trainee representative of Education Committee");
    String ending = "term-ending:appointment-" + run + ":" + termEnd;
    await().atMost(Duration.ofSeconds(30)).until(() -> statusOrNull(ending) != null);
    assertThat(dueAt(ending))
        .isEqualTo(termEnd.minusDays(60).atTime(8, 0).toInstant(java.time.ZoneOffset.UTC));
  }

  @Test
  void a_weekly_digest_gathers_the_week_into_one_mail() throws Exception {
    String mentor = contact("digest", "Maya Cohen");
    Http me = as(mentor);
    String preference = "/members/" + memberId(mentor) + "/notification-preferences/";
    assertThat(me.put(preference + "MENTORSHIP_REQUESTED", Map.of("choice", "WEEKLY")).status())
        .isEqualTo(204);
    for (String who : List.of("first", "second")) {
      String mentee = contact(who + "-mentee", "Mentee " + who);
      publish(mentorshipRequested("mentorship-" + who + "-" + run, mentee, mentor));
    }
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                jdbc.queryForObject(
                        "SELECT count(*) FROM notification WHERE member_id = ? AND digest_at > now()",
                        Integer.class,
                        memberId(mentor))
                    == 2);
    assertThat(mailsTo(mentor)).as("held for Monday's digest").isEmpty();
    // Monday comes.
    jdbc.update(
        "UPDATE notification SET next_attempt_at = now() WHERE member_id = ?", memberId(mentor));
    MimeMessage digest = awaitOneMailTo(mentor);
    assertThat(digest.getSubject()).isEqualTo("2 notifications from your societies");
    assertThat(GreenMailUtil.getBody(digest))
        .contains("Mentee first asks you", "Mentee second asks you");
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                jdbc.queryForObject(
                        "SELECT count(*) FROM notification WHERE member_id = ? AND status = 'SENT'",
                        Integer.class,
                        memberId(mentor))
                    == 2);
    assertThat(mailsTo(mentor)).as("both in the one digest").hasSize(1);
    assertThat(
            me.get("/members/" + memberId(mentor) + "/notification-preferences").body().toString())
        .as("the choice is kept with its time")
        .contains("\"choice\":\"WEEKLY\"", "chosenAt");
  }

  @Test
  void a_kind_turned_off_is_not_mailed_but_shown_and_a_consent_request_cannot_be_turned_off()
      throws Exception {
    String member = contact("quiet", "Rosa Quiet");
    String mentee = contact("asking", "Ana Asking");
    Http me = as(member);
    String preferences = "/members/" + memberId(member) + "/notification-preferences/";
    Http.Response refused = me.put(preferences + "NOMINATION_CONSENT", Map.of("choice", "OFF"));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body().at("/errors/0/field").asText()).isEqualTo("choice");
    assertThat(me.put(preferences + "MENTORSHIP_REQUESTED", Map.of("choice", "OFF")).status())
        .isEqualTo(204);
    publish(mentorshipRequested("mentorship-quiet-" + run, mentee, member));
    String notifications = "/members/" + memberId(member) + "/notifications";
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> {
              JsonNode centre = me.get(notifications).body();
              assertThat(centre.at("/0/status").asText()).isEqualTo("OFF");
              assertThat(centre.at("/0/subject").asText())
                  .isEqualTo("Ana Asking asks you to be their mentor");
              assertThat(centre.at("/0/link").asText()).isEqualTo("/mentorship#inbox");
            });
    assertThat(mailsTo(member)).isEmpty();
    assertThat(as(mentee).get(notifications).status())
        .as("a member's notifications are theirs alone")
        .isEqualTo(403);
  }

  @Test
  void every_mail_unsubscribes_in_one_click_and_opening_the_link_changes_nothing()
      throws Exception {
    String mentee = contact("one-click-mentee", "Noor One");
    String mentor = contact("one-click", "Ilse Click");
    publish(mentorshipRequested("mentorship-one-click-" + run, mentee, mentor));
    MimeMessage mail = awaitOneMailTo(mentor);
    assertThat(mail.getHeader("List-Unsubscribe-Post"))
        .containsExactly("List-Unsubscribe=One-Click");
    String header = mail.getHeader("List-Unsubscribe")[0];
    assertThat(header).matches("<http://localhost:\\d+/unsubscribe/[A-Za-z0-9_-]{43}>");
    String link = header.substring(1, header.length() - 1);
    assertThat(GreenMailUtil.getBody(mail)).contains(link, "/notifications#preferences");
    String path = link.substring(link.indexOf("/unsubscribe/"));
    String preferences = "/members/" + memberId(mentor) + "/notification-preferences";

    java.net.http.HttpResponse<String> page = form("GET", path);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Someone asking you to mentor them", "<form method=\"post\">");
    assertThat(choiceOf(as(mentor).get(preferences).body(), "MENTORSHIP_REQUESTED"))
        .as("a mail scanner opening the link turns nothing off")
        .isEqualTo("IMMEDIATELY");

    java.net.http.HttpResponse<String> done = form("POST", path);
    assertThat(done.statusCode()).isEqualTo(200);
    assertThat(done.body())
        .contains("no longer receive mails", "Someone asking you to mentor them");
    assertThat(form("POST", path).statusCode()).as("a second click changes nothing").isEqualTo(200);
    assertThat(
            jdbc.queryForList(
                "SELECT choice || ' by ' || chosen_by FROM preference_choice WHERE member_id = ?",
                String.class,
                memberId(mentor)))
        .as("recorded once, as the member's choice made by the link")
        .containsExactly("OFF by one-click unsubscribe in a mail");
    assertThat(form("POST", "/unsubscribe/not-a-token").statusCode()).isEqualTo(404);
    Http.Response asApi = Http.onPort(port).post("/unsubscribe/not-a-token", "{}");
    assertThat(asApi.status()).isEqualTo(404);
    assertThat(asApi.contentType())
        .as("an API client gets a problem")
        .startsWith("application/problem+json");
  }

  @Test
  void a_consent_request_can_be_unsubscribed_from_but_still_comes() throws Exception {
    String nominee = contact("kept-nominee", "Yara Kept");
    String nominator = contact("kept-nominator", "Ivo Kept");
    NominationRecorded submitted = nomination(nominator, nominee);
    publish(submitted);
    MimeMessage mail = awaitOneMailTo(nominee);
    String header = mail.getHeader("List-Unsubscribe")[0];
    String path = header.substring(header.indexOf("/unsubscribe/"), header.length() - 1);
    java.net.http.HttpResponse<String> done = form("POST", path);
    assertThat(done.statusCode()).isEqualTo(200);
    assertThat(done.body())
        .contains("still comes by mail", "A nomination waiting for your consent");
    assertThat(
            jdbc.queryForObject(
                "SELECT count(*) FROM preference_choice WHERE member_id = ?",
                Integer.class,
                memberId(nominee)))
        .isZero();
  }

  /** As a mail client's one-click does it (RFC 8058): a form POST, any answer accepted. */
  @Test
  void a_call_is_told_in_a_weekly_digest_to_the_members_it_is_open_to_and_withdrawn_when_it_closes()
      throws Exception {
    String society = "call-society-" + run;
    String resident = contact("call-resident", "Tomas Open");
    String attending = contact("call-attending", "Vera Senior");
    String lapsed = contact("call-lapsed", "Karl Lapsed");
    publish(membership(resident, MembershipChanged.Change.APPROVED, null, 1, society));
    publish(MembershipFact.approved(memberId(attending), society).paidThrough(null).build());
    publish(
        MembershipFact.lapsed(memberId(lapsed), society)
            .resident()
            .paidThrough(null)
            .version(3)
            .build());
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                jdbc.queryForObject(
                        "SELECT count(*) FROM member_society WHERE society_id = ?"
                            + " AND status IS NOT NULL",
                        Integer.class,
                        society)
                    == 3);
    String call = "call-open-" + run;
    CallRecorded opened =
        new CallRecorded(
            call,
            CallRecorded.Step.OPENED,
            "committee-" + run,
            society,
            "COMMITTEE_SEAT",
            "Resident section seats " + run,
            java.util.Set.of(MembershipCategory.RESIDENT_FELLOW_IN_TRAINING),
            java.util.Set.of(),
            null,
            LocalDate.now().minusDays(1),
            LocalDate.now().plusDays(30),
            0);
    publish(opened);
    publish(opened);
    String told = "call-opened:" + call + ":" + memberId(resident);
    await().atMost(Duration.ofSeconds(30)).until(() -> statusOrNull(told) != null);
    assertThat(
            jdbc.queryForList(
                "SELECT member_id FROM notification WHERE notification_id LIKE ?",
                String.class,
                "call-opened:" + call + ":%"))
        .as("only the active resident may answer a call for residents")
        .containsExactly(memberId(resident));
    await()
        .atMost(Duration.ofSeconds(30))
        .alias("held for the weekly digest until the member chooses otherwise")
        .until(
            () ->
                jdbc.queryForObject(
                    "SELECT coalesce(digest_at > now(), false) FROM notification"
                        + " WHERE notification_id = ?",
                    Boolean.class,
                    told));
    publish(
        new CallRecorded(
            call,
            CallRecorded.Step.CLOSED,
            "committee-" + run,
            society,
            "COMMITTEE_SEAT",
            "Resident section seats " + run,
            null,
            null,
            null,
            null,
            LocalDate.now().plusDays(30),
            5));
    await().atMost(Duration.ofSeconds(30)).until(() -> "WITHDRAWN".equals(statusOrNull(told)));
    assertThat(subjectsTo(resident)).noneMatch(subject -> subject.contains("A call"));
  }

  @Test
  void an_endorser_is_asked_by_the_applicants_name_never_the_statement_until_they_endorse()
      throws Exception {
    String applicant = contact("applicant", "Priya Apply");
    String endorser = contact("endorser", "Jonas Endorse");
    String application = "application-" + run;
    publish(endorsement(application, applicant, endorser, EndorsementRecorded.Step.REQUESTED, 3));
    MimeMessage mail = awaitOneMailTo(endorser);
    assertThat(mail.getSubject()).isEqualTo("Priya Apply asks you to endorse an application");
    assertThat(plainTextOf(mail))
        .contains("Ethics committee " + run, "/service#endorse-" + application);
    assertThat(mailsTo(applicant)).isEmpty();

    String second = "application-second-" + run;
    String pending = "endorsement:" + second + ":" + memberId(endorser);
    assertThat(
            as(endorser)
                .put(
                    "/members/"
                        + memberId(endorser)
                        + "/notification-preferences/ENDORSEMENT_REQUESTED",
                    Map.of("choice", "DAILY"))
                .status())
        .isEqualTo(204);
    publish(endorsement(second, applicant, endorser, EndorsementRecorded.Step.REQUESTED, 4));
    await().atMost(Duration.ofSeconds(30)).until(() -> "PENDING".equals(statusOrNull(pending)));
    publish(endorsement(second, applicant, endorser, EndorsementRecorded.Step.GIVEN, 5));
    await()
        .atMost(Duration.ofSeconds(30))
        .alias("an endorsement given before the digest is not asked for again")
        .until(() -> "WITHDRAWN".equals(statusOrNull(pending)));
  }

  @Test
  void a_touch_base_with_a_key_contact_comes_on_its_day_never_saying_who_and_moves_with_it()
      throws Exception {
    String owner = contact("networker", "Lea Network");
    String entry = "contact-" + run;
    LocalDate later = LocalDate.now().plusMonths(6);
    publish(new TouchBaseScheduled(entry, memberId(owner), LocalDate.now(), later, 1));
    String first = "touch-base:" + entry + ":" + later;
    await().atMost(Duration.ofSeconds(30)).until(() -> statusOrNull(first) != null);
    assertThat(dueAt(first)).isEqualTo(later.atTime(8, 0).toInstant(java.time.ZoneOffset.UTC));
    LocalDate yesterday = LocalDate.now().minusDays(1);
    publish(new TouchBaseScheduled(entry, memberId(owner), null, yesterday, 2));
    MimeMessage mail = awaitOneMailTo(owner);
    assertThat(mail.getSubject()).isEqualTo("Time to touch base with a key contact");
    assertThat(plainTextOf(mail)).contains("on " + yesterday, "/contacts");
    assertThat(status(first))
        .as("the touch-base moved: the old day is withdrawn")
        .isEqualTo("WITHDRAWN");
    String third = "touch-base:" + entry + ":" + yesterday.plusMonths(6);
    publish(new TouchBaseScheduled(entry, memberId(owner), yesterday, yesterday.plusMonths(6), 3));
    await().atMost(Duration.ofSeconds(30)).until(() -> statusOrNull(third) != null);
    publish(new TouchBaseScheduled(entry, memberId(owner), yesterday, null, 4));
    await()
        .atMost(Duration.ofSeconds(30))
        .alias("another next step set: no touch-base waits")
        .until(() -> "WITHDRAWN".equals(statusOrNull(third)));
  }

  @Test
  void an_abstract_decided_reaches_its_author_by_the_conferences_name_never_the_reason()
      throws Exception {
    String author = contact("author", "Hana Poster");
    String conference = conferenceNamed("conference-abstracts-" + run, "Spring Congress " + run);
    String abstractId = "abstract-" + run;
    publish(abstractStep(abstractId, conference, author, AbstractRecorded.Step.SUBMITTED, 4));
    publish(abstractStep(abstractId, conference, author, AbstractRecorded.Step.REJECTED, 5));
    MimeMessage mail = awaitOneMailTo(author);
    assertThat(mail.getSubject())
        .isEqualTo("A decision on your abstract for Spring Congress " + run);
    assertThat(plainTextOf(mail))
        .contains("Itch in infants", "/attend/" + conference + "#abstracts");
    awaitHandled(abstractId, 2);
    assertThat(mailsTo(author)).as("a submission is not told, the decision once").hasSize(1);
  }

  @Test
  void an_erased_member_leaves_no_address_no_notifications_and_no_choices_behind()
      throws Exception {
    String mentee = contact("erased-mentee", "Ola Asks");
    String mentor = contact("erased-mentor", "Eva Forgotten");
    Http me = as(mentor);
    String preference = "/members/" + memberId(mentor) + "/notification-preferences/";
    assertThat(me.put(preference + "MENTORSHIP_REQUESTED", Map.of("choice", "WEEKLY")).status())
        .isEqualTo(204);
    publish(mentorshipRequested("mentorship-erased-" + run, mentee, mentor));
    String waiting = "mentorship-requested:mentorship-erased-" + run;
    await().atMost(Duration.ofSeconds(30)).until(() -> statusOrNull(waiting) != null);

    publish(
        new org.medsoc.kernel.contracts.member.MemberErased(
            memberId(mentor), "CONSENT_WITHDRAWN", LocalDate.now(), 9));
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                jdbc.queryForObject(
                        "SELECT count(*) FROM recipient WHERE member_id = ? AND email IS NULL"
                            + " AND display_name IS NULL",
                        Integer.class,
                        memberId(mentor))
                    == 1);
    assertThat(statusOrNull(waiting)).as("the digest waiting for her is gone").isNull();
    assertThat(
            jdbc.queryForObject(
                "SELECT count(*) FROM preference_choice WHERE member_id = ?",
                Integer.class,
                memberId(mentor)))
        .isZero();
    assertThat(mailsTo(mentor)).isEmpty();
  }

  /** A conference events-service scheduled, once notification-service knows its name. */
  private String conferenceNamed(String conference, String name) {
    publish(
        new org.medsoc.kernel.contracts.events.ConferenceScheduled(
            conference,
            "society-" + run,
            name,
            LocalDate.now().plusMonths(2),
            LocalDate.now().plusMonths(2).plusDays(2)));
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                jdbc.queryForObject(
                        "SELECT count(*) FROM conference_name WHERE conference_id = ?",
                        Integer.class,
                        conference)
                    == 1);
    return conference;
  }

  private AbstractRecorded abstractStep(
      String abstractId,
      String conference,
      String author,
      AbstractRecorded.Step step,
      long version) {
    return new AbstractRecorded(
        abstractId,
        step,
        conference,
        "society-" + run,
        memberId(author),
        "Itch in infants",
        version);
  }

  private EndorsementRecorded endorsement(
      String application,
      String applicant,
      String endorser,
      EndorsementRecorded.Step step,
      long version) {
    return new EndorsementRecorded(
        application,
        step,
        "call-" + run,
        "society-" + run,
        "Ethics committee " + run,
        memberId(applicant),
        memberId(endorser),
        "MENTOR",
        version);
  }

  private java.net.http.HttpResponse<String> form(String method, String path) throws Exception {
    java.net.http.HttpRequest.Builder request =
        java.net.http.HttpRequest.newBuilder(
            java.net.URI.create("http://localhost:" + port + path));
    request =
        method.equals("POST")
            ? request
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    java.net.http.HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click"))
            : request.GET();
    return java.net.http.HttpClient.newHttpClient()
        .send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
  }

  private MentorshipStepRecorded mentorshipRequested(String id, String mentee, String mentor) {
    return new MentorshipStepRecorded(
        id,
        MentorshipStepRecorded.Step.REQUESTED,
        memberId(mentee),
        memberId(mentor),
        "CAREER",
        memberId(mentee),
        null,
        0);
  }

  private static String choiceOf(JsonNode preferences, String kind) {
    for (JsonNode preference : preferences) {
      if (preference.path("kind").asText().equals(kind)) {
        return preference.path("choice").asText();
      }
    }
    throw new AssertionError("no preference for " + kind + " in " + preferences);
  }

  private int attempts(String notificationId) {
    return jdbc.queryForObject(
        "SELECT attempts FROM notification WHERE notification_id = ?",
        Integer.class,
        notificationId);
  }

  private String statusOrNull(String notificationId) {
    return jdbc
        .queryForList(
            "SELECT status FROM notification WHERE notification_id = ?",
            String.class,
            notificationId)
        .stream()
        .findFirst()
        .orElse(null);
  }

  private Instant dueAt(String notificationId) {
    return jdbc.queryForObject(
            "SELECT due_at FROM notification WHERE notification_id = ?",
            java.sql.Timestamp.class,
            notificationId)
        .toInstant();
  }

  private void awaitHandled(String aggregateId, int deliveries) {
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                jdbc.queryForObject(
                        "SELECT count(*) FROM processed_integration_event"
                            + " WHERE consumer = 'conference-obligations' AND aggregate_id = ?",
                        Integer.class,
                        aggregateId)
                    == deliveries);
  }

  private IntroductionRecorded introductionStep(
      String id,
      IntroductionRecorded.Step step,
      String introducer,
      String first,
      String second,
      String acting,
      long version) {
    return new IntroductionRecorded(
        id,
        step,
        memberId(introducer),
        memberId(first),
        memberId(second),
        null,
        acting,
        null,
        null,
        null,
        version);
  }

  private SponsorshipActionRecorded sponsorship(
      String sponsor,
      String protege,
      SponsorshipActionRecorded.Action action,
      String actionId,
      LocalDate deadline,
      long version) {
    return new SponsorshipActionRecorded(
        "sponsorship-" + run,
        action,
        memberId(sponsor),
        memberId(protege),
        actionId,
        null,
        "FELLOWSHIP",
        "Critical care fellowship",
        deadline,
        null,
        version);
  }

  private MeetingStepRecorded meetingStep(
      String meeting, String requester, String invitee, Step step, LocalDate dueFrom, long seq) {
    return new MeetingStepRecorded(
        "meeting-" + meeting + "-" + run,
        "conference-" + run,
        "society-" + run,
        memberId(requester),
        memberId(invitee),
        step,
        null,
        null,
        dueFrom,
        dueFrom == null ? null : dueFrom.plusDays(4),
        ZONE,
        seq);
  }

  private MembershipChanged membership(
      String member, MembershipChanged.Change change, LocalDate paidThrough, long version) {
    return membership(member, change, paidThrough, version, "society-" + run);
  }

  private MembershipChanged membership(
      String member,
      MembershipChanged.Change change,
      LocalDate paidThrough,
      long version,
      String societyId) {
    return MembershipFact.approved(memberId(member), societyId)
        .change(change)
        .resident()
        .paidThrough(paidThrough)
        .version(version)
        .login("login-" + memberId(member))
        .build();
  }

  /** The text part of a mail, decoded. */
  private static String plainTextOf(MimeMessage mail) throws Exception {
    jakarta.mail.internet.MimeMultipart outer =
        (jakarta.mail.internet.MimeMultipart) mail.getContent();
    Object part = outer.getBodyPart(0).getContent();
    while (part instanceof jakarta.mail.internet.MimeMultipart inner) {
      part = inner.getBodyPart(0).getContent();
    }
    return part.toString();
  }

  private static List<String> subjectsTo(String address) {
    return mailsTo(address).stream()
        .map(
            m -> {
              try {
                return m.getSubject();
              } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
              }
            })
        .toList();
  }

  private String status(String notificationId) {
    return jdbc.queryForObject(
        "SELECT status FROM notification WHERE notification_id = ?", String.class, notificationId);
  }

  private Http as(String email) {
    return Http.onPort(port).as(TestInfrastructure.identity().member("login-" + memberId(email)));
  }

  private String contact(String who, String name) {
    String memberId = who + "-" + run;
    publish(
        new ContactPointChanged(memberId, "login-" + memberId, memberId + "@example.org", name, 1));
    return memberId + "@example.org";
  }

  private static String memberId(String email) {
    return email.substring(0, email.indexOf('@'));
  }

  private NominationRecorded nomination(String nominator, String nominee) {
    return new NominationRecorded(
        "nomination-" + run,
        NominationRecorded.Step.SUBMITTED,
        "call-" + run,
        "committee-" + run,
        "society-" + run,
        NominationRecorded.Purpose.COMMITTEE_SEAT,
        "Trainee seats " + run,
        "TRAINEE_REPRESENTATIVE",
        memberId(nominator),
        memberId(nominee),
        null,
        null,
        null,
        null,
        LocalDate.now().plusMonths(2),
        0);
  }

  private void publish(IntegrationEvent event) {
    try (TopicWriter writer = new TopicWriter(TestInfrastructure.kafkaBootstrapServers())) {
      String topic = IntegrationEventCodec.typeOf(event.getClass()).topic();
      writer.send(
          topic,
          event.aggregateId(),
          codec.encode(
              codec.wrap(
                  event,
                  UUID.randomUUID(),
                  Instant.now(),
                  new ActingPrincipal("test", List.of("MEMBER")),
                  null,
                  "correlation-" + run,
                  "cause-" + run)));
    }
  }

  private MimeMessage awaitOneMailTo(String address) {
    try {
      await().atMost(Duration.ofSeconds(30)).until(() -> !mailsTo(address).isEmpty());
    } catch (org.awaitility.core.ConditionTimeoutException timeout) {
      throw new AssertionError(
          "no mail to "
              + address
              + "; the ledger: "
              + jdbc.queryForList(
                  "SELECT notification_id, member_id, status, attempts, last_error FROM notification")
              + "; recipients: "
              + jdbc.queryForList("SELECT member_id, email FROM recipient"),
          timeout);
    }
    return mailsTo(address).get(0);
  }

  private static List<MimeMessage> mailsTo(String address) {
    return Arrays.stream(smtp.getReceivedMessages())
        .filter(
            m -> {
              try {
                return Arrays.stream(m.getAllRecipients())
                    .anyMatch(r -> r.toString().equals(address));
              } catch (jakarta.mail.MessagingException e) {
                return false;
              }
            })
        .toList();
  }

  private static GreenMail started() {
    GreenMail server = new GreenMail(new ServerSetup(SMTP_PORT, null, ServerSetup.PROTOCOL_SMTP));
    server.start();
    return server;
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
