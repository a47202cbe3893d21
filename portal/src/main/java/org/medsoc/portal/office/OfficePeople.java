package org.medsoc.portal.office;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.medsoc.portal.services.ServiceProblem;
import org.medsoc.portal.services.Services;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;

/**
 * The names of the staff, auditors and administrators who took steps, from the platform's issuer. A
 * society's own sign-in has no such list: its people are then shown by their account id.
 */
@Component
class OfficePeople {

  private static final Logger log = LoggerFactory.getLogger(OfficePeople.class);

  private final Services services;

  OfficePeople(Services services) {
    this.services = services;
  }

  Map<String, String> namesOf(List<String> accountIds) {
    List<String> asked =
        accountIds.stream().filter(id -> !id.startsWith("system:")).distinct().toList();
    Map<String, String> names = new HashMap<>();
    if (asked.isEmpty()) {
      return names;
    }
    try {
      JsonNode people =
          services
              .identity()
              .get()
              .uri(
                  builder -> {
                    Map<String, String> values = new HashMap<>();
                    builder.path("/api/people");
                    for (int i = 0; i < asked.size(); i++) {
                      builder.queryParam("id", "{id" + i + "}");
                      values.put("id" + i, asked.get(i));
                    }
                    return builder.build(values);
                  })
              .retrieve()
              .body(JsonNode.class);
      people.forEach(p -> names.put(p.path("accountId").asText(), p.path("name").asText()));
    } catch (ServiceProblem | ResourceAccessException unavailable) {
      log.debug("No names from the issuer: {}", unavailable.getMessage());
    }
    return names;
  }
}
