package org.medsoc.portal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param memberService member-service's base URL
 * @param committeeService committee-service's base URL
 * @param eventsService events-service's base URL
 * @param auditService audit-service's base URL
 * @param notificationService notification-service's base URL
 * @param identityProvider the issuer's base URL, for its accounts API and its account pages (the
 *     platform's own issuer; a society's SSO has neither, and those pages are then hidden)
 */
@ConfigurationProperties("portal")
public record PortalProperties(
    String memberService,
    String committeeService,
    String eventsService,
    String auditService,
    String notificationService,
    String identityProvider) {}
