package org.medsoc.member.member.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medsoc.testsupport.PublishedFacts.stored;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.medsoc.kernel.contracts.member.ContactPointChanged;
import org.medsoc.member.member.api.LegalBasis;
import org.medsoc.member.member.api.MemberErased;
import org.medsoc.testsupport.PublishedFacts;

class ErasurePublisherTest {

  private final PublishedFacts published = new PublishedFacts();

  @Test
  void anErasureTellsItsGroundNotItsReasonAndEmptiesTheContactPoint() {
    new ErasurePublisher(published)
        .on(
            new MemberErased(
                "dr-ana",
                "moved out of medicine",
                LegalBasis.CONSENT_WITHDRAWN,
                LocalDate.of(2027, 3, 5)),
            stored("dr-ana", 12, null));

    assertThat(published.facts())
        .containsExactly(
            new org.medsoc.kernel.contracts.member.MemberErased(
                "dr-ana", "CONSENT_WITHDRAWN", LocalDate.of(2027, 3, 5), 12),
            new ContactPointChanged("dr-ana", null, null, null, 12));
  }
}
