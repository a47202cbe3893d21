package org.medsoc.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

/**
 * Who may do what on the local broker: one SCRAM principal per service, each topic written by its
 * one producer (the chain checkpoints and the achievements are the two topics with several, named
 * here) and read by the consumers declared here, each service's consumer groups its own (prefix
 * {@code <service>.}), each consumer writing the dead letters of what it reads. Anything not
 * granted is refused ({@code allow.everyone.if.no.acl.found=false}). The launcher is the broker's
 * one super user; passwords are generated once into a file beside the data.
 */
final class KafkaAccess {

  static final String ADMIN = "admin";
  static final String MECHANISM = "SCRAM-SHA-512";
  private static final String DEAD_LETTER_SUFFIX = ".DLT";

  /** A service's principal: the topics it writes and the topics it reads. */
  record Principal(String service, Set<String> produces, Set<String> consumes) {}

  private static final String MEMBERSHIPS = "member.memberships";
  private static final String CONTACTS = "member.contacts";
  private static final String INTRODUCTIONS = "member.introductions";
  private static final String MENTORSHIPS = "member.mentorships";
  private static final String SPONSORSHIPS = "member.sponsorships";
  private static final String ACHIEVEMENTS = "record.achievements";
  private static final String NOMINATIONS = "committee.nominations";
  private static final String CALLS = "committee.calls";
  private static final String APPOINTMENTS = "committee.appointments";
  private static final String CONFERENCES = "events.conferences";
  private static final String REGISTRATIONS = "events.registrations";
  private static final String ABSTRACTS = "events.abstracts";
  private static final String SPEAKERS = "events.speakers";
  private static final String MEETINGS = "events.meetings";
  private static final String MENTORING_PAIRS = "events.mentoring-pairs";
  private static final String CHAIN_CHECKPOINTS = "platform.chain-checkpoints";

  static final List<Principal> PRINCIPALS =
      List.of(
          new Principal(
              "member-service",
              Set.of(
                  MEMBERSHIPS,
                  CONTACTS,
                  INTRODUCTIONS,
                  MENTORSHIPS,
                  SPONSORSHIPS,
                  CHAIN_CHECKPOINTS),
              Set.of(MEMBERSHIPS, MENTORING_PAIRS, ACHIEVEMENTS, NOMINATIONS)),
          new Principal(
              "committee-service",
              Set.of(NOMINATIONS, CALLS, APPOINTMENTS, ACHIEVEMENTS, CHAIN_CHECKPOINTS),
              Set.of(MEMBERSHIPS, CONFERENCES, SPONSORSHIPS)),
          new Principal(
              "events-service",
              Set.of(
                  CONFERENCES,
                  REGISTRATIONS,
                  ABSTRACTS,
                  SPEAKERS,
                  MEETINGS,
                  MENTORING_PAIRS,
                  ACHIEVEMENTS,
                  CHAIN_CHECKPOINTS),
              Set.of(MEMBERSHIPS, NOMINATIONS)),
          new Principal(
              "audit-service",
              Set.of(CHAIN_CHECKPOINTS),
              Set.of(
                  MEMBERSHIPS,
                  CHAIN_CHECKPOINTS,
                  INTRODUCTIONS,
                  MENTORSHIPS,
                  SPONSORSHIPS,
                  NOMINATIONS,
                  APPOINTMENTS,
                  SPEAKERS,
                  ACHIEVEMENTS)),
          new Principal(
              "notification-service",
              Set.of(CHAIN_CHECKPOINTS),
              Set.of(
                  CONTACTS,
                  MEMBERSHIPS,
                  CONFERENCES,
                  MENTORSHIPS,
                  INTRODUCTIONS,
                  SPONSORSHIPS,
                  NOMINATIONS,
                  APPOINTMENTS,
                  CALLS,
                  MEETINGS,
                  REGISTRATIONS,
                  SPEAKERS,
                  ABSTRACTS)));

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Path passwordsFile;
  private final Properties passwords = new Properties();

  KafkaAccess(Path passwordsFile) throws IOException {
    this.passwordsFile = passwordsFile;
    if (Files.exists(passwordsFile)) {
      try (InputStream in = Files.newInputStream(passwordsFile)) {
        passwords.load(in);
      }
    }
    for (String user :
        Stream.concat(Stream.of(ADMIN), PRINCIPALS.stream().map(Principal::service)).toList()) {
      if (passwords.getProperty(user) == null) {
        byte[] secret = new byte[18];
        RANDOM.nextBytes(secret);
        passwords.setProperty(
            user, java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
      }
    }
    Files.createDirectories(passwordsFile.getParent());
    try (OutputStream out = Files.newOutputStream(passwordsFile)) {
      passwords.store(out, "Kafka principals of the local stack (generated on first start)");
    }
  }

  String passwordOf(String user) {
    return passwords.getProperty(user);
  }

  /** What a client signing in as this user sets (the services read it from the environment). */
  static Map<String, Object> clientProperties(String bootstrap, String user, String password) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("bootstrap.servers", bootstrap);
    properties.put("security.protocol", "SASL_PLAINTEXT");
    properties.put("sasl.mechanism", MECHANISM);
    properties.put("sasl.jaas.config", jaas(user, password));
    return properties;
  }

  static String jaas(String user, String password) {
    return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"%s\" password=\"%s\";"
        .formatted(user, password);
  }

  /** A service's environment for the broker. */
  Map<String, String> environmentOf(String service) {
    return Map.of(
        "KAFKA_SECURITY_PROTOCOL",
        "SASL_PLAINTEXT",
        "KAFKA_SASL_MECHANISM",
        MECHANISM,
        "KAFKA_USERNAME",
        service,
        "KAFKA_PASSWORD",
        passwordOf(service));
  }

  /**
   * As the super user: every topic and its dead-letter topic (the services only describe them
   * then), each service's credential, and the grants above.
   */
  void apply(Map<String, Object> superUser, int partitions)
      throws InterruptedException, ExecutionException {
    try (Admin admin = Admin.create(superUser)) {
      Set<String> topics = new TreeSet<>();
      PRINCIPALS.forEach(
          principal -> {
            topics.addAll(principal.produces());
            topics.addAll(principal.consumes());
          });
      List<NewTopic> missing = new ArrayList<>();
      Set<String> existing = admin.listTopics().names().get();
      for (String topic : topics) {
        for (String name : List.of(topic, topic + DEAD_LETTER_SUFFIX)) {
          if (!existing.contains(name)) {
            missing.add(new NewTopic(name, partitions, (short) 1));
          }
        }
      }
      try {
        admin.createTopics(missing).all().get();
      } catch (ExecutionException e) {
        if (!(e.getCause() instanceof TopicExistsException)) {
          throw e;
        }
      }
      admin
          .alterUserScramCredentials(
              PRINCIPALS.stream()
                  .map(
                      principal ->
                          (org.apache.kafka.clients.admin.UserScramCredentialAlteration)
                              new UserScramCredentialUpsertion(
                                  principal.service(),
                                  new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 8192),
                                  passwordOf(principal.service())))
                  .toList())
          .all()
          .get();
      admin.createAcls(bindings()).all().get();
    }
  }

  static List<AclBinding> bindings() {
    List<AclBinding> bindings = new ArrayList<>();
    for (Principal principal : PRINCIPALS) {
      String user = "User:" + principal.service();
      for (String topic : new TreeSet<>(principal.produces())) {
        bindings.add(
            allow(user, ResourceType.TOPIC, topic, PatternType.LITERAL, AclOperation.WRITE));
      }
      for (String topic : new TreeSet<>(principal.consumes())) {
        bindings.add(
            allow(user, ResourceType.TOPIC, topic, PatternType.LITERAL, AclOperation.READ));
        bindings.add(
            allow(
                user,
                ResourceType.TOPIC,
                topic + DEAD_LETTER_SUFFIX,
                PatternType.LITERAL,
                AclOperation.WRITE));
      }
      // Every service declares the topics it uses at start (KafkaAdmin): it may see that they
      // exist.
      bindings.add(
          allow(user, ResourceType.TOPIC, "*", PatternType.LITERAL, AclOperation.DESCRIBE));
      bindings.add(
          allow(
              user,
              ResourceType.GROUP,
              principal.service() + ".",
              PatternType.PREFIXED,
              AclOperation.READ));
    }
    return bindings;
  }

  private static AclBinding allow(
      String principal,
      ResourceType type,
      String name,
      PatternType pattern,
      AclOperation operation) {
    return new AclBinding(
        new ResourcePattern(type, name, pattern),
        new AccessControlEntry(principal, "*", operation, AclPermissionType.ALLOW));
  }
}
