package org.medsoc.portal.services;

import static org.springframework.security.oauth2.client.web.client.RequestAttributeClientRegistrationIdResolver.clientRegistrationId;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.medsoc.portal.PortalProperties;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * The services' REST APIs, called with the signed-in person's access token (refreshed when it has
 * expired). A refusal becomes a {@link ServiceProblem}; a service that does not answer, a {@code
 * ResourceAccessException} that the error pages turn into "this part is not available now".
 */
@Component
public class Services {

  private final RestClient member;
  private final RestClient committee;
  private final RestClient events;
  private final RestClient audit;
  private final RestClient notification;
  private final RestClient identity;

  Services(
      PortalProperties properties,
      OAuth2AuthorizedClientManager tokens,
      RestClient.Builder builder,
      ObjectMapper json) {
    OAuth2ClientHttpRequestInterceptor withToken = new OAuth2ClientHttpRequestInterceptor(tokens);
    RestClient.Builder base =
        builder
            .requestInterceptor(withToken)
            .defaultRequest(request -> request.attributes(clientRegistrationId("medsoc")))
            .defaultStatusHandler(
                HttpStatusCode::isError,
                (request, response) -> {
                  JsonNode body;
                  try {
                    body = json.readTree(response.getBody());
                  } catch (IOException e) {
                    body = json.createObjectNode();
                  }
                  throw ServiceProblem.of(response.getStatusCode().value(), body);
                });
    this.member = base.clone().baseUrl(properties.memberService()).build();
    this.committee = base.clone().baseUrl(properties.committeeService()).build();
    this.events = base.clone().baseUrl(properties.eventsService()).build();
    this.audit = base.clone().baseUrl(properties.auditService()).build();
    this.notification = base.clone().baseUrl(properties.notificationService()).build();
    this.identity = base.clone().baseUrl(properties.identityProvider()).build();
  }

  public RestClient member() {
    return member;
  }

  public RestClient committee() {
    return committee;
  }

  public RestClient events() {
    return events;
  }

  public RestClient audit() {
    return audit;
  }

  public RestClient notification() {
    return notification;
  }

  /** The issuer's accounts API (invitations, roles). */
  public RestClient identity() {
    return identity;
  }
}
