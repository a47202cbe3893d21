package org.medsoc.member.society.command;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.medsoc.kernel.error.DomainException;
import org.medsoc.member.society.api.*;

class SocietyTest {

  private FixtureConfiguration<Society> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(Society.class);
  }

  @Test
  void staff_register_a_society() {
    fixture
        .givenNoPriorActivity()
        .when(new RegisterSociety("s-1", " American College of Physicians ", SocietyKind.SPECIALTY))
        .expectEvents(
            new SocietyRegistered("s-1", "American College of Physicians", SocietyKind.SPECIALTY));
  }

  @Test
  void a_society_gains_a_section() {
    fixture
        .given(new SocietyRegistered("s-1", "ACP", SocietyKind.SPECIALTY))
        .when(new AddSection("s-1", "sec-1", "Council of Resident/Fellow Members"))
        .expectEvents(new SectionAdded("s-1", "sec-1", "Council of Resident/Fellow Members"));
  }

  @Test
  void two_sections_of_one_society_do_not_share_a_name() {
    fixture
        .given(
            new SocietyRegistered("s-1", "ACP", SocietyKind.SPECIALTY),
            new SectionAdded("s-1", "sec-1", "Hospital Medicine"))
        .when(new AddSection("s-1", "sec-2", "hospital medicine"))
        .expectException(DomainException.class)
        .expectNoEvents();
  }
}
