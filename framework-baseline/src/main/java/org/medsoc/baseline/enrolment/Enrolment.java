package org.medsoc.baseline.enrolment;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** A person enrolled, taking numbered steps in order: the smallest rule worth a command. */
@Aggregate
public class Enrolment {

  @AggregateIdentifier private String enrolmentId;
  private int steps;

  protected Enrolment() {}

  @CommandHandler
  public Enrolment(Enrol command) {
    apply(new Enrolled(command.enrolmentId(), command.name()));
  }

  @CommandHandler
  public void handle(TakeStep command) {
    if (command.step() != steps + 1) {
      throw new IllegalArgumentException("step " + command.step() + " is not the next one");
    }
    apply(new StepTaken(enrolmentId, command.step()));
  }

  @EventSourcingHandler
  void on(Enrolled event) {
    enrolmentId = event.enrolmentId();
  }

  @EventSourcingHandler
  void on(StepTaken event) {
    steps = event.step();
  }
}
