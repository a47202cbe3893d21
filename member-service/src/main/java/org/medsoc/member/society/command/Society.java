package org.medsoc.member.society.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.medsoc.kernel.error.DomainException;
import org.medsoc.kernel.member.MembershipCategory;
import org.medsoc.member.member.api.Dues;
import org.medsoc.member.society.api.AddSection;
import org.medsoc.member.society.api.FeeScheduleSet;
import org.medsoc.member.society.api.RegisterSociety;
import org.medsoc.member.society.api.SectionAdded;
import org.medsoc.member.society.api.SetFeeSchedule;
import org.medsoc.member.society.api.SocietyRegistered;

/** A medical society and its sections. */
@Aggregate
public class Society {

  @AggregateIdentifier private String societyId;
  private final Map<String, String> sectionIdsByName = new HashMap<>();
  private Map<MembershipCategory, Dues> fees = Map.of();

  protected Society() {}

  @CommandHandler
  public Society(RegisterSociety command) {
    apply(new SocietyRegistered(command.societyId(), command.name().trim(), command.kind()));
  }

  @CommandHandler
  public void handle(AddSection command) {
    String name = command.name().trim();
    if (sectionIdsByName.containsKey(key(name))) {
      throw DomainException.conflict("name", "the society already has a section named " + name);
    }
    apply(new SectionAdded(societyId, command.sectionId(), name));
  }

  @CommandHandler
  public void handle(SetFeeSchedule command) {
    if (!command.fees().equals(fees)) {
      apply(new FeeScheduleSet(societyId, command.fees()));
    }
  }

  @EventSourcingHandler
  void on(FeeScheduleSet event) {
    fees = event.fees();
  }

  @EventSourcingHandler
  void on(SocietyRegistered event) {
    societyId = event.societyId();
  }

  @EventSourcingHandler
  void on(SectionAdded event) {
    sectionIdsByName.put(key(event.name()), event.sectionId());
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
