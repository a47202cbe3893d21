package org.medsoc.identity.account;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.medsoc.identity.IdentityProperties;
import org.springframework.mock.env.MockEnvironment;

/** The development issuer makes demo accounts only where the demo profile says so. */
class StartingAccountsTest {

  private static IdentityProperties withDemoAccounts(int count) {
    List<IdentityProperties.DemoAccount> people =
        java.util.stream.IntStream.rangeClosed(1, count)
            .mapToObj(
                i ->
                    new IdentityProperties.DemoAccount(
                        "person-" + i + "@demo.medsoc.test",
                        "Person " + i,
                        List.of("MEMBER"),
                        List.of()))
            .toList();
    return new IdentityProperties(
        "http://localhost:9000", "medsoc", null, null, null, null, null, 0, people);
  }

  @Test
  void demo_accounts_without_the_demo_profile_stop_the_start() {
    assertThatThrownBy(
            () ->
                StartingAccounts.refuseDemoAccountsOutsideDemo(
                    withDemoAccounts(2), new MockEnvironment()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("identity.demo-accounts names 2 people")
        .hasMessageContaining("SPRING_PROFILES_ACTIVE=demo");
  }

  @Test
  void demo_accounts_under_the_demo_profile_are_made() {
    MockEnvironment demo = new MockEnvironment();
    demo.setActiveProfiles("demo");

    assertThatCode(() -> StartingAccounts.refuseDemoAccountsOutsideDemo(withDemoAccounts(2), demo))
        .doesNotThrowAnyException();
  }

  @Test
  void an_issuer_without_demo_accounts_needs_no_profile() {
    assertThatCode(
            () ->
                StartingAccounts.refuseDemoAccountsOutsideDemo(
                    withDemoAccounts(0), new MockEnvironment()))
        .doesNotThrowAnyException();
  }
}
