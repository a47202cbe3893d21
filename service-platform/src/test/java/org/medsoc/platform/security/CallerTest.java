package org.medsoc.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CallerTest {

  private static Caller caller(List<String> roles, List<String> societies) {
    return new Caller("subject", roles, societies, null, false);
  }

  @Test
  void staffWorkForTheSocietiesTheirTokenNames() {
    Caller staff = caller(List.of(Caller.STAFF), List.of("aad"));

    assertThat(staff.isStaffOf("aad")).isTrue();
    assertThat(staff.isStaffOf("acc")).isFalse();
    assertThat(staff.isPlatformStaff()).isFalse();
  }

  @Test
  void staffOfAllSocietiesArePlatformStaff() {
    Caller platform = caller(List.of(Caller.STAFF), List.of("*"));

    assertThat(platform.isPlatformStaff()).isTrue();
    assertThat(platform.isStaffOf("acc")).isTrue();
    assertThat(platform.isStaffOfAny(List.of())).isTrue();
  }

  @Test
  void aSocietyInAMembersTokenMakesThemNoStaff() {
    Caller member = caller(List.of(Caller.MEMBER), List.of("aad", "*"));

    assertThat(member.isStaffOf("aad")).isFalse();
    assertThat(member.isPlatformStaff()).isFalse();
    assertThat(member.isStaffOfAny(List.of("aad"))).isFalse();
  }

  @Test
  void staffReachAPersonThroughAnyOfTheirSocieties() {
    Caller staff = caller(List.of(Caller.STAFF), List.of("aad"));

    assertThat(staff.isStaffOfAny(List.of("acc", "aad"))).isTrue();
    assertThat(staff.isStaffOfAny(List.of("acc"))).isFalse();
  }
}
