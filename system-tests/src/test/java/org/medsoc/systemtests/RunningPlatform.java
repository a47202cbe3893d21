package org.medsoc.systemtests;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.medsoc.audit.AuditServiceApplication;
import org.medsoc.committee.CommitteeServiceApplication;
import org.medsoc.events.EventsServiceApplication;
import org.medsoc.member.MemberServiceApplication;
import org.medsoc.notification.NotificationServiceApplication;
import org.medsoc.testsupport.Http;
import org.medsoc.testsupport.TestInfrastructure;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The four services, each with its own database, on one real broker and one token issuer; started
 * once for all system tests of this JVM and closed when it exits.
 */
final class RunningPlatform {

  private static RunningPlatform instance;

  final ConfigurableApplicationContext member;
  final ConfigurableApplicationContext committee;
  final ConfigurableApplicationContext events;
  final ConfigurableApplicationContext audit;
  final ConfigurableApplicationContext notification;

  private RunningPlatform() {
    member = start(MemberServiceApplication.application(), "member");
    committee = start(CommitteeServiceApplication.application(), "committee");
    events = start(EventsServiceApplication.application(), "events");
    audit = start(AuditServiceApplication.application(), "audit");
    // No mail server here: what these tests ask of notification-service is its API and its rules.
    notification =
        start(
            NotificationServiceApplication.application(),
            "notification",
            Map.of("notification.first-retry", "PT10M"));
  }

  static synchronized RunningPlatform get() {
    if (instance == null) {
      instance = new RunningPlatform();
    }
    return instance;
  }

  Map<String, ConfigurableApplicationContext> services() {
    return Map.of(
        "member-service",
        member,
        "committee-service",
        committee,
        "events-service",
        events,
        "audit-service",
        audit,
        "notification-service",
        notification);
  }

  List<ConfigurableApplicationContext> all() {
    return List.of(member, committee, events, audit, notification);
  }

  static Http http(ConfigurableApplicationContext context) {
    return Http.onPort(((WebServerApplicationContext) context).getWebServer().getPort());
  }

  private static ConfigurableApplicationContext start(
      SpringApplicationBuilder application, String name) {
    return start(application, name, Map.of());
  }

  private static ConfigurableApplicationContext start(
      SpringApplicationBuilder application, String name, Map<String, Object> overrides) {
    Map<String, Object> properties = new HashMap<>(TestInfrastructure.serviceProperties(name));
    properties.put("server.port", "0");
    // Checkpoints every two seconds, for the audit to hold the chains to within a test.
    properties.put("platform.event-chain.checkpoint-every", "PT2S");
    // An erased member's views scrubbed again three seconds after the first time.
    properties.put("platform.personal-data.scrub-again-after", "PT3S");
    properties.putAll(overrides);
    return application.run(TestInfrastructure.asArguments(properties));
  }
}
