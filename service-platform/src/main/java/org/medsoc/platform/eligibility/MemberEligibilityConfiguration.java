package org.medsoc.platform.eligibility;

import org.medsoc.kernel.messaging.IntegrationEventCodec;
import org.medsoc.kernel.messaging.Topics;
import org.medsoc.platform.messaging.Inbox;
import org.medsoc.platform.messaging.TopicDeclarations;
import org.medsoc.platform.security.Access;
import org.medsoc.platform.security.AccessRules;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Import into a service that needs to know who is an active member of which society. The service
 * adds {@code classpath:db/eligibility} to its Flyway locations.
 */
@Configuration(proxyBeanMethods = false)
public class MemberEligibilityConfiguration {

  @Bean
  public MemberEligibilityView memberEligibilityView(JdbcTemplate jdbc) {
    return new MemberEligibilityView(jdbc);
  }

  @Bean
  public MemberEligibilityListener memberEligibilityListener(
      MemberEligibilityView view, IntegrationEventCodec codec, Inbox inbox) {
    return new MemberEligibilityListener(view, codec, inbox);
  }

  @Bean
  public MemberEligibilityController memberEligibilityController(MemberEligibilityView view) {
    return new MemberEligibilityController(view);
  }

  /** Staff of the member's societies only: the view says who is a member of which society. */
  @Bean
  public AccessRules memberEligibilityAccess(MemberEligibilityView view) {
    return rules ->
        rules
            .requestMatchers(HttpMethod.GET, "/member-eligibility/{memberId}")
            .access(
                Access.owner(
                    "memberId",
                    (caller, memberId) ->
                        caller.isStaff() && caller.isStaffOfAny(view.societiesOf(memberId))));
  }

  @Bean
  public KafkaAdmin.NewTopics memberTopics(
      @Value("${platform.kafka.partitions}") int partitions,
      @Value("${platform.kafka.replication-factor}") int replicationFactor) {
    return TopicDeclarations.withDeadLetters(partitions, replicationFactor, Topics.MEMBERSHIPS);
  }
}
