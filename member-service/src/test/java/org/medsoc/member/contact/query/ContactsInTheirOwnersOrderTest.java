package org.medsoc.member.contact.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.Test;
import org.medsoc.member.contact.api.ContactLogged;
import org.medsoc.member.contact.api.ContactTouched;
import org.medsoc.member.member.api.LegalBasis;
import org.medsoc.member.member.api.MemberErased;

class ContactsInTheirOwnersOrderTest {

  private static final LocalDate MET = LocalDate.of(2027, 4, 12);
  private final ContactsInTheirOwnersOrder policy = new ContactsInTheirOwnersOrder();

  @Test
  void a_members_erasure_is_in_the_same_sequence_as_every_contact_they_logged() {
    Object logged =
        sequenceOf(
            "Contact",
            "c-1",
            new ContactLogged(
                "c-1",
                "dr-okafor",
                "Dr Lind",
                null,
                null,
                null,
                List.of(),
                MET,
                null,
                null,
                null,
                null));
    Object touched =
        sequenceOf(
            "Contact", "c-2", new ContactTouched("c-2", "dr-okafor", MET, "sent it", null, null));
    Object erased =
        sequenceOf(
            "Member",
            "dr-okafor",
            new MemberErased("dr-okafor", "left medicine", LegalBasis.CONSENT_WITHDRAWN, MET));

    assertThat(List.of(logged, touched)).containsOnly(erased);
  }

  @Test
  void another_members_contacts_are_another_sequence() {
    assertThat(
            sequenceOf(
                "Contact", "c-3", new ContactTouched("c-3", "dr-lind", MET, null, null, null)))
        .isNotEqualTo(
            sequenceOf(
                "Member",
                "dr-okafor",
                new MemberErased("dr-okafor", null, LegalBasis.CONSENT_WITHDRAWN, MET)));
  }

  private Object sequenceOf(String type, String aggregateId, Object payload) {
    DomainEventMessage<?> event = new GenericDomainEventMessage<>(type, aggregateId, 0, payload);
    return policy.getSequenceIdentifierFor(event);
  }
}
