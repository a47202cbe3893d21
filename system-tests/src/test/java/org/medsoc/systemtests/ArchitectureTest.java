package org.medsoc.systemtests;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The boundaries that keep the services independent and the kernel free of service logic. */
class ArchitectureTest {

  private static final JavaClasses PLATFORM =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.medsoc");

  @Test
  void the_platform_is_imported() {
    assertThat(PLATFORM.containPackage("org.medsoc.member.member.command")).isTrue();
    assertThat(PLATFORM.containPackage("org.medsoc.committee")).isTrue();
    assertThat(PLATFORM.containPackage("org.medsoc.events")).isTrue();
    assertThat(PLATFORM.containPackage("org.medsoc.audit")).isTrue();
    assertThat(PLATFORM.containPackage("org.medsoc.notification")).isTrue();
    assertThat(PLATFORM.containPackage("org.medsoc.kernel.messaging")).isTrue();
  }

  private static final List<String> SERVICES =
      List.of(
          "org.medsoc.member",
          "org.medsoc.committee",
          "org.medsoc.events",
          "org.medsoc.audit",
          "org.medsoc.notification");

  @Test
  void no_service_imports_another_service() {
    for (String service : SERVICES) {
      noClasses()
          .that()
          .resideInAPackage(service + "..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              SERVICES.stream()
                  .filter(other -> !other.equals(service))
                  .map(other -> other + "..")
                  .toArray(String[]::new))
          .check(PLATFORM);
    }
  }

  @Test
  void shared_kernel_is_plain_java_and_jackson() {
    classes()
        .that()
        .resideInAPackage("org.medsoc.kernel..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("org.medsoc.kernel..", "java..", "com.fasterxml.jackson..")
        .check(PLATFORM);
  }

  @Test
  void the_service_platform_knows_no_service() {
    noClasses()
        .that()
        .resideInAPackage("org.medsoc.platform..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(SERVICES.stream().map(service -> service + "..").toArray(String[]::new))
        .check(PLATFORM);
  }

  @Test
  void aggregates_and_api_records_know_nothing_of_the_web() {
    noClasses()
        .that()
        .resideInAnyPackage("..api..", "..command..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("..web..", "org.springframework.web..")
        .check(PLATFORM);
  }

  @Test
  void api_records_are_records_or_enums() {
    classes()
        .that()
        .resideInAPackage("org.medsoc.*.*.api..")
        .should()
        .beRecords()
        .orShould()
        .beEnums()
        .check(PLATFORM);
  }

  @Test
  void commands_are_sent_by_controllers_and_policies_only() {
    noClasses()
        .that()
        .resideOutsideOfPackages(
            "..web..",
            "..policy..",
            "org.medsoc.member.rosterimport.job..",
            "org.medsoc.platform.config..")
        .should()
        .dependOnClassesThat()
        .haveFullyQualifiedName("org.axonframework.commandhandling.gateway.CommandGateway")
        .check(PLATFORM);
  }

  @Test
  void a_policy_says_so_in_its_name_and_its_package() {
    classes()
        .that()
        .areAssignableTo("org.medsoc.platform.policy.KafkaPolicy")
        .and()
        .doNotHaveFullyQualifiedName("org.medsoc.platform.policy.KafkaPolicy")
        .should()
        .haveSimpleNameEndingWith("Policy")
        .andShould()
        .resideInAPackage("..policy..")
        .check(PLATFORM);
    classes()
        .that()
        .resideInAPackage("org.medsoc.*.*.policy..")
        .and()
        .areTopLevelClasses()
        .should()
        .haveSimpleNameEndingWith("Policy")
        .check(PLATFORM);
  }

  @Test
  void who_acts_is_said_one_way() {
    classes()
        .that()
        .haveSimpleName("Actor")
        .should()
        .haveFullyQualifiedName("org.medsoc.platform.acting.Actor")
        .check(PLATFORM);
  }
}
