package org.medsoc.member;

import java.time.Duration;
import org.medsoc.kernel.messaging.Topics;
import org.medsoc.member.introduction.command.IntroductionPolicy;
import org.medsoc.member.member.command.MembershipPolicy;
import org.medsoc.platform.messaging.TopicDeclarations;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaAdmin;

/** Members, societies and sections, memberships; later mentorships, introductions, sponsorship. */
@SpringBootApplication
public class MemberServiceApplication {

  /** The service's configuration file is member-service.yml, so services can share a classpath. */
  public static final String CONFIG_NAME = "member-service";

  public static void main(String[] args) {
    application().run(args);
  }

  public static SpringApplicationBuilder application() {
    return new SpringApplicationBuilder(MemberServiceApplication.class)
        .properties("spring.config.name=" + CONFIG_NAME);
  }

  @Bean
  MembershipPolicy membershipPolicy(@Value("${membership.grace-period}") Duration gracePeriod) {
    return new MembershipPolicy(gracePeriod);
  }

  @Bean
  IntroductionPolicy introductionPolicy(
      @Value("${introduction.answer-within}") Duration answerWithin) {
    return new IntroductionPolicy(answerWithin);
  }

  @Bean
  KafkaAdmin.NewTopics memberTopics(
      @Value("${platform.kafka.partitions}") int partitions,
      @Value("${platform.kafka.replication-factor}") int replicationFactor) {
    return TopicDeclarations.withDeadLetters(
        partitions,
        replicationFactor,
        Topics.MEMBERSHIPS,
        Topics.CONTACTS,
        Topics.INTRODUCTIONS,
        Topics.MENTORSHIPS,
        Topics.SPONSORSHIPS,
        Topics.ACHIEVEMENTS,
        Topics.NOMINATIONS,
        Topics.MENTORING_PAIRS);
  }
}
