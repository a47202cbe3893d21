package org.medsoc.portal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.medsoc.audit.AuditServiceApplication;
import org.medsoc.committee.CommitteeServiceApplication;
import org.medsoc.events.EventsServiceApplication;
import org.medsoc.member.MemberServiceApplication;
import org.medsoc.notification.NotificationServiceApplication;
import org.medsoc.testsupport.TestInfrastructure;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The issuer, the four services and the portal, each as it runs in production, started once per
 * test JVM: the portal on the port the issuer knows as its redirect target, with its own database.
 */
final class PortalStack {

  private static PortalStack instance;

  final ConfigurableApplicationContext member;
  final ConfigurableApplicationContext committee;
  final ConfigurableApplicationContext events;
  final ConfigurableApplicationContext audit;
  final ConfigurableApplicationContext notification;
  final ConfigurableApplicationContext portal;
  final String portalUrl;
  final String memberUrl;
  final String committeeUrl;
  final String eventsUrl;
  final String auditUrl;
  final String notificationUrl;

  private PortalStack() {
    member = service(MemberServiceApplication.application(), "member");
    memberUrl = "http://localhost:" + port(member);
    committee = service(CommitteeServiceApplication.application(), "committee");
    committeeUrl = "http://localhost:" + port(committee);
    events = service(EventsServiceApplication.application(), "events");
    eventsUrl = "http://localhost:" + port(events);
    audit = service(AuditServiceApplication.application(), "audit");
    auditUrl = "http://localhost:" + port(audit);
    // No mail server for the browser tests: they read the notification centre, not the mails, and
    // every mail fails for good at its first attempt, for the office to see.
    notification =
        service(
            NotificationServiceApplication.application(),
            "notification",
            Map.of("notification.max-attempts", "1"));
    notificationUrl = "http://localhost:" + port(notification);
    int portalPort = TestInfrastructure.portalPort();
    portalUrl = "http://localhost:" + portalPort;
    Map<String, Object> portalProperties = new HashMap<>();
    portalProperties.put("server.port", portalPort);
    portalProperties.put("spring.datasource.url", TestInfrastructure.newDatabase("portal"));
    portalProperties.put("spring.datasource.username", "postgres");
    portalProperties.put("spring.datasource.password", "postgres");
    String issuer = TestInfrastructure.identity().issuerUri();
    portalProperties.put("spring.security.oauth2.client.provider.medsoc.issuer-uri", issuer);
    portalProperties.put(
        "spring.security.oauth2.client.registration.medsoc.client-secret",
        TestInfrastructure.identity().portalClientSecret());
    portalProperties.put("portal.identity-provider", issuer);
    portalProperties.put("portal.member-service", memberUrl);
    portalProperties.put("portal.committee-service", committeeUrl);
    portalProperties.put("portal.events-service", eventsUrl);
    portalProperties.put("portal.audit-service", auditUrl);
    portalProperties.put("portal.notification-service", notificationUrl);
    portalProperties.put(
        "spring.autoconfigure.exclude", String.join(",", servicesAutoConfiguration()));
    portal = PortalApplication.application().run(TestInfrastructure.asArguments(portalProperties));
  }

  /**
   * The auto-configuration that member-service brings onto this test classpath (Axon, the service
   * platform, its scheduler): the portal runs without it, as it does in production.
   */
  private static List<String> servicesAutoConfiguration() {
    List<String> names = new ArrayList<>();
    try {
      var resources =
          PortalStack.class
              .getClassLoader()
              .getResources(
                  "META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports");
      while (resources.hasMoreElements()) {
        try (var in = resources.nextElement().openStream()) {
          new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
              .lines()
              .map(String::strip)
              .filter(line -> !line.isEmpty() && !line.startsWith("#"))
              .filter(line -> !line.startsWith("org.springframework."))
              .forEach(names::add);
        }
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return names;
  }

  private static ConfigurableApplicationContext service(
      SpringApplicationBuilder application, String name) {
    return service(application, name, Map.of());
  }

  private static ConfigurableApplicationContext service(
      SpringApplicationBuilder application, String name, Map<String, Object> overrides) {
    Map<String, Object> properties = new HashMap<>(TestInfrastructure.serviceProperties(name));
    properties.put("platform.event-chain.checkpoint-every", "PT2S");
    properties.putAll(overrides);
    properties.put("server.port", "0");
    // The portal's session store is on this test classpath; the services keep no sessions.
    properties.put(
        "spring.autoconfigure.exclude",
        "org.springframework.boot.autoconfigure.session.SessionAutoConfiguration");
    return application.run(TestInfrastructure.asArguments(properties));
  }

  static synchronized PortalStack get() {
    if (instance == null) {
      instance = new PortalStack();
    }
    return instance;
  }

  private static int port(ConfigurableApplicationContext context) {
    return ((WebServerApplicationContext) context).getWebServer().getPort();
  }
}
