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

  @Test
  void staff_set_the_fee_of_each_category() {
    var fees =
        java.util.Map.of(
            org.medsoc.kernel.member.MembershipCategory.FULL,
            new org.medsoc.member.member.api.Dues(new java.math.BigDecimal("450"), "USD"));
    fixture
        .given(new SocietyRegistered("s-1", "ACP", SocietyKind.SPECIALTY))
        .when(new org.medsoc.member.society.api.SetFeeSchedule("s-1", fees))
        .expectEvents(new org.medsoc.member.society.api.FeeScheduleSet("s-1", fees));
  }

  @Test
  void the_same_schedule_set_again_records_nothing() {
    var fees =
        java.util.Map.of(
            org.medsoc.kernel.member.MembershipCategory.FULL,
            new org.medsoc.member.member.api.Dues(new java.math.BigDecimal("450"), "USD"));
    fixture
        .given(
            new SocietyRegistered("s-1", "ACP", SocietyKind.SPECIALTY),
            new org.medsoc.member.society.api.FeeScheduleSet("s-1", fees))
        .when(new org.medsoc.member.society.api.SetFeeSchedule("s-1", fees))
        .expectSuccessfulHandlerExecution()
        .expectNoEvents();
  }
}
