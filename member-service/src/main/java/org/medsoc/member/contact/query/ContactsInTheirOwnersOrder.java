package org.medsoc.member.contact.query;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;
import org.medsoc.member.contact.api.ContactLogged;
import org.medsoc.member.contact.api.ContactTouched;
import org.medsoc.member.member.api.MemberErased;
import org.springframework.stereotype.Component;

/**
 * The contact log's events in the order their owner's happened: a member's erasure empties their
 * log, so it must come after every contact they logged, which are other aggregates' events and by
 * default could be handled by another segment after it (and put a row back, live or in a rebuild).
 */
@Component(ContactsInTheirOwnersOrder.NAME)
class ContactsInTheirOwnersOrder implements SequencingPolicy<EventMessage<?>> {

  static final String NAME = "contactsInTheirOwnersOrder";

  @Override
  public Object getSequenceIdentifierFor(EventMessage<?> event) {
    Object payload = event.getPayload();
    if (payload instanceof ContactLogged logged) {
      return logged.ownerId();
    }
    if (payload instanceof ContactTouched touched) {
      return touched.ownerId();
    }
    if (payload instanceof MemberErased erased) {
      return erased.memberId();
    }
    return SequentialPerAggregatePolicy.instance().getSequenceIdentifierFor(event);
  }
}
