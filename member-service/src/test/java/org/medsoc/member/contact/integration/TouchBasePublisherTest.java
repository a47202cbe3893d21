package org.medsoc.member.contact.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medsoc.testsupport.PublishedFacts.stored;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.medsoc.kernel.contracts.member.TouchBaseScheduled;
import org.medsoc.member.contact.api.ContactLogged;
import org.medsoc.member.contact.api.ContactTouched;
import org.medsoc.member.contact.command.Contact;
import org.medsoc.testsupport.PublishedFacts;

/** Only when a touch-base falls due leaves the log: never whom, what or why. */
class TouchBasePublisherTest {

  private static final LocalDate MET = LocalDate.of(2027, 3, 5);
  private static final LocalDate DUE = LocalDate.of(2027, 6, 5);

  private final PublishedFacts published = new PublishedFacts();
  private final TouchBasePublisher publisher = new TouchBasePublisher(published);

  private static ContactLogged logged(String nextStep, LocalDate due, Integer touchBaseMonths) {
    return new ContactLogged(
        "ct-1",
        "dr-ana",
        "Dr Okafor",
        "Program director",
        "University Hospital",
        "Annual meeting",
        List.of("mohs"),
        MET,
        "talked about fellowships",
        nextStep,
        due,
        touchBaseMonths);
  }

  @Test
  void aKeyContactLoggedWithATouchBaseSaysWhenItFallsDue() {
    publisher.on(logged(Contact.TOUCH_BASE, DUE, 3), stored("ct-1", 0, null));

    assertThat(published.facts())
        .containsExactly(new TouchBaseScheduled("ct-1", "dr-ana", MET, DUE, 0));
  }

  @Test
  void aContactLoggedWithoutATouchBasePublishesNothing() {
    publisher.on(logged("Send the paper", DUE, null), stored("ct-1", 0, null));

    assertThat(published.facts()).isEmpty();
  }

  @Test
  void anotherNextStepWithdrawsTheTouchBase() {
    publisher.on(
        new ContactTouched("ct-1", "dr-ana", DUE, "caught up", "Send the paper", DUE.plusDays(7)),
        stored("ct-1", 1, null));

    assertThat(published.facts())
        .containsExactly(new TouchBaseScheduled("ct-1", "dr-ana", DUE, null, 1));
  }
}
