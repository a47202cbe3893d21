package org.medsoc.member.contact.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.medsoc.kernel.error.DomainException;
import org.medsoc.member.contact.api.*;

/**
 * One entry of a member's private contact log: who, where met, the last contact, the next step. A
 * key mentor or sponsor is touched base with every 6 to 12 months: after each contact the next
 * touch-base falls due, unless the member sets another step.
 */
@Aggregate
public class Contact {

  /** The next step a key contact gets when the member names none. */
  public static final String TOUCH_BASE = "Touch base";

  static final int FEWEST_MONTHS = 6;
  static final int MOST_MONTHS = 12;

  @AggregateIdentifier private String contactId;
  private String ownerId;
  private Integer touchBaseMonths;

  protected Contact() {}

  @CommandHandler
  public Contact(LogContact command) {
    // A contact log is the member's own notebook: not even staff write in it.
    if (!command.actor().is(command.ownerId())) {
      throw DomainException.forbidden();
    }
    requireStepForDueDate(command.nextStep(), command.nextStepDue());
    Integer months = command.touchBaseMonths();
    if (months != null && (months < FEWEST_MONTHS || months > MOST_MONTHS)) {
      throw DomainException.invalid(
          "touchBaseMonths", "touch base every 6 to 12 months with a key mentor or sponsor");
    }
    boolean touchBase = months != null && command.nextStepDue() == null;
    LocalDate from = command.lastContactOn() != null ? command.lastContactOn() : today();
    apply(
        new ContactLogged(
            command.contactId(),
            command.ownerId(),
            command.name().trim(),
            command.role(),
            command.institution(),
            command.whereMet(),
            command.interests(),
            command.lastContactOn(),
            command.lastContactNote(),
            touchBase ? TOUCH_BASE : command.nextStep(),
            touchBase ? from.plusMonths(months) : command.nextStepDue(),
            months));
  }

  @CommandHandler
  public void handle(RecordContactTouch command) {
    if (!command.actor().is(ownerId)) {
      // Another member's contact is answered as one that does not exist: a log tells no outsider
      // what it holds.
      throw DomainException.notFound("contactId", "no contact " + contactId + " in your log");
    }
    requireStepForDueDate(command.nextStep(), command.nextStepDue());
    // With a key mentor or sponsor, the next touch-base falls due again unless another step is set.
    boolean touchBase = touchBaseMonths != null && command.nextStepDue() == null;
    apply(
        new ContactTouched(
            contactId,
            ownerId,
            command.contactedOn(),
            command.note(),
            touchBase ? TOUCH_BASE : command.nextStep(),
            touchBase ? command.contactedOn().plusMonths(touchBaseMonths) : command.nextStepDue()));
  }

  @EventSourcingHandler
  void on(ContactLogged event) {
    contactId = event.contactId();
    ownerId = event.ownerId();
    touchBaseMonths = event.touchBaseMonths();
  }

  private static LocalDate today() {
    return LocalDate.ofInstant(GenericEventMessage.clock.instant(), ZoneOffset.UTC);
  }

  private static void requireStepForDueDate(String nextStep, LocalDate due) {
    if (due != null && (nextStep == null || nextStep.isBlank())) {
      throw DomainException.invalid("nextStep", "a due date needs the next step it is for");
    }
  }
}
