package org.medsoc.member.contact.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.medsoc.kernel.error.DomainException;
import org.medsoc.member.contact.api.*;

/** One entry of a member's private contact log: who, where met, the last contact, the next step. */
@Aggregate
public class Contact {

  @AggregateIdentifier private String contactId;
  private String ownerId;

  protected Contact() {}

  @CommandHandler
  public Contact(LogContact command) {
    // A contact log is the member's own notebook: not even staff write in it.
    if (!command.actor().is(command.ownerId())) {
      throw DomainException.forbidden();
    }
    requireStepForDueDate(command.nextStep(), command.nextStepDue());
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
            command.nextStep(),
            command.nextStepDue()));
  }

  @CommandHandler
  public void handle(RecordContactTouch command) {
    if (!command.actor().is(ownerId)) {
      // Another member's contact is answered as one that does not exist: a log tells no outsider
      // what it holds.
      throw DomainException.notFound("contactId", "no contact " + contactId + " in your log");
    }
    requireStepForDueDate(command.nextStep(), command.nextStepDue());
    apply(
        new ContactTouched(
            contactId,
            ownerId,
            command.contactedOn(),
            command.note(),
            command.nextStep(),
            command.nextStepDue()));
  }

  @EventSourcingHandler
  void on(ContactLogged event) {
    contactId = event.contactId();
    ownerId = event.ownerId();
  }

  private static void requireStepForDueDate(String nextStep, LocalDate due) {
    if (due != null && (nextStep == null || nextStep.isBlank())) {
      throw DomainException.invalid("nextStep", "a due date needs the next step it is for");
    }
  }
}
