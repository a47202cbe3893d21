package org.medsoc.platform.acting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.medsoc.kernel.error.DomainException;
import org.medsoc.platform.security.Caller;

class ActorTest {

  private final MemberLogins logins =
      subject -> Optional.ofNullable(Map.of("login-ana", "ana").get(subject));

  @Test
  void aMembersLoginActsAsTheirMemberAndAsStaffOfNoSociety() {
    Actor actor =
        ActorArgumentResolver.of(
            caller("login-ana", List.of(Caller.MEMBER), List.of("aad")), logins);

    assertThat(actor).isEqualTo(new Actor("login-ana", "ana", Set.of()));
    assertThat(actor.is("ana")).isTrue();
    assertThat(actor.isStaffOf("aad")).as("a society in a member's token is not staff").isFalse();
  }

  @Test
  void staffActForMembersOfTheirSocietiesOnly() {
    Actor staff =
        ActorArgumentResolver.of(
            caller("login-sam", List.of(Caller.STAFF), List.of("aad")), logins);

    assertThat(staff.memberId()).isNull();
    assertThat(staff.mayActFor("ana", "aad")).isTrue();
    assertThat(staff.mayActFor("ana", "acc")).isFalse();
  }

  @Test
  void platformStaffAreStaffOfEverySociety() {
    assertThat(Actor.staffOf("*").isStaffOf("acc")).isTrue();
  }

  @Test
  void aMemberActsForThemselfOnly() {
    Actor ana = Actor.member("ana");

    assertThat(ana.mayActFor("ana", "aad")).isTrue();
    assertThat(ana.mayActFor("ben", "aad")).isFalse();
    assertThat(ana.is(null)).isFalse();
  }

  @Test
  void aLoginLinkedToNoMemberCannotTakeAMembersStep() {
    assertThatThrownBy(() -> Actor.staffOf("aad").member())
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.getMessage()).contains("not linked"));
  }

  private static Caller caller(String subject, List<String> roles, List<String> societies) {
    return new Caller(subject, roles, societies, null, false);
  }
}
