package org.medsoc.member.contact.command;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.medsoc.kernel.error.DomainException;
import org.medsoc.member.contact.api.*;
import org.medsoc.platform.acting.Actor;

class ContactTest {

  private static final String OWNER = "dr-okafor";
  private static final LocalDate MET = LocalDate.of(2027, 4, 12);
  private static final ContactLogged LOGGED =
      new ContactLogged(
          "c-1",
          OWNER,
          "Dr Lind",
          "Program director",
          "Karolinska",
          "ACP poster session",
          List.of("sepsis QI"),
          MET,
          "talked about the QI protocol",
          "send the protocol",
          MET.plusDays(5),
          null);

  private FixtureConfiguration<Contact> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(Contact.class);
  }

  private static LogContact log(Actor actor, String nextStep, LocalDate due) {
    return log(actor, nextStep, due, null);
  }

  private static LogContact log(Actor actor, String nextStep, LocalDate due, Integer months) {
    return new LogContact(
        "c-1",
        actor,
        OWNER,
        " Dr Lind ",
        "Program director",
        "Karolinska",
        "ACP poster session",
        List.of("sepsis QI"),
        MET,
        "talked about the QI protocol",
        nextStep,
        due,
        months);
  }

  @Test
  void a_member_logs_someone_they_met_with_the_next_step() {
    fixture
        .givenNoPriorActivity()
        .when(log(Actor.member(OWNER), "send the protocol", MET.plusDays(5)))
        .expectEvents(LOGGED);
  }

  @Test
  void the_log_is_the_members_own_nobody_else_writes_in_it() {
    fixture
        .givenNoPriorActivity()
        .when(log(Actor.member("another-member"), "send the protocol", MET.plusDays(5)))
        .expectException(DomainException.class)
        .expectNoEvents();
  }

  @Test
  void a_due_date_needs_a_next_step() {
    fixture
        .givenNoPriorActivity()
        .when(log(Actor.member(OWNER), null, MET.plusDays(5)))
        .expectException(DomainException.class)
        .expectExceptionMessage("nextStep: a due date needs the next step it is for")
        .expectNoEvents();
  }

  @Test
  void being_in_touch_again_moves_the_next_step_on() {
    fixture
        .given(LOGGED)
        .when(
            new RecordContactTouch(
                "c-1",
                Actor.member(OWNER),
                MET.plusDays(4),
                "sent it",
                "ask about a visiting rotation",
                MET.plusMonths(6)))
        .expectEvents(
            new ContactTouched(
                "c-1",
                OWNER,
                MET.plusDays(4),
                "sent it",
                "ask about a visiting rotation",
                MET.plusMonths(6)));
  }

  @Test
  void a_key_mentor_is_touched_base_with_after_the_months_chosen() {
    fixture
        .givenNoPriorActivity()
        .when(log(Actor.member(OWNER), null, null, 9))
        .expectEvents(
            new ContactLogged(
                "c-1",
                OWNER,
                "Dr Lind",
                "Program director",
                "Karolinska",
                "ACP poster session",
                List.of("sepsis QI"),
                MET,
                "talked about the QI protocol",
                Contact.TOUCH_BASE,
                MET.plusMonths(9),
                9));
  }

  @Test
  void a_key_contact_is_touched_base_with_at_most_every_year_and_at_least_every_six_months() {
    for (int months : new int[] {5, 13}) {
      fixture
          .givenNoPriorActivity()
          .when(log(Actor.member(OWNER), null, null, months))
          .expectException(DomainException.class)
          .expectExceptionMessage(
              "touchBaseMonths: touch base every 6 to 12 months with a key mentor or sponsor")
          .expectNoEvents();
    }
  }

  @Test
  void
      after_each_contact_with_a_key_sponsor_the_next_touch_base_falls_due_unless_another_step_is_set() {
    ContactLogged key =
        new ContactLogged(
            "c-1",
            OWNER,
            "Dr Lind",
            "Sponsor",
            null,
            null,
            List.of(),
            MET,
            null,
            Contact.TOUCH_BASE,
            MET.plusMonths(6),
            6);
    fixture
        .given(key)
        .when(
            new RecordContactTouch(
                "c-1", Actor.member(OWNER), MET.plusMonths(5), "coffee", null, null))
        .expectEvents(
            new ContactTouched(
                "c-1", OWNER, MET.plusMonths(5), "coffee", Contact.TOUCH_BASE, MET.plusMonths(11)));
  }
}
