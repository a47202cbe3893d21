package org.medsoc.portal.office;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.medsoc.portal.security.Viewer;
import org.medsoc.portal.services.Services;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriBuilder;

/** What the membership office's pages ask of member-service. */
@Component
class MemberService {

  private final Services services;

  MemberService(Services services) {
    this.services = services;
  }

  /** The societies this person works for, by name. */
  List<JsonNode> societiesOf(Viewer viewer) {
    JsonNode all = services.member().get().uri("/societies").retrieve().body(JsonNode.class);
    List<JsonNode> mine = new java.util.ArrayList<>();
    for (JsonNode society : all) {
      if (viewer.worksForAll()
          || viewer.societyIds().contains(society.path("societyId").asText())) {
        mine.add(society);
      }
    }
    return mine;
  }

  JsonNode society(String societyId) {
    return get("/societies/{societyId}", Map.of("societyId", societyId), Map.of());
  }

  JsonNode roster(String societyId, RosterFilter filter) {
    Map<String, String> parameters = new HashMap<>(filter.serviceParameters());
    parameters.put("page", String.valueOf(filter.pageNumber()));
    parameters.put("size", String.valueOf(RosterFilter.PAGE_SIZE));
    return get("/societies/{societyId}/roster", Map.of("societyId", societyId), parameters);
  }

  void exportRoster(String societyId, RosterFilter filter, OutputStream out) {
    services
        .member()
        .get()
        .uri(
            builder ->
                build(
                    builder,
                    "/societies/{societyId}/roster",
                    Map.of("societyId", societyId),
                    filter.serviceParameters()))
        .accept(MediaType.parseMediaType("text/csv"))
        .exchange(
            (request, response) -> {
              try {
                response.getBody().transferTo(out);
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
              return null;
            });
  }

  JsonNode get(String path, Map<String, String> pathVariables, Map<String, String> parameters) {
    return services
        .member()
        .get()
        .uri(builder -> build(builder, path, pathVariables, parameters))
        .retrieve()
        .body(JsonNode.class);
  }

  void post(String path, Object body, Object... variables) {
    services
        .member()
        .post()
        .uri(path, variables)
        .contentType(MediaType.APPLICATION_JSON)
        .body(body)
        .retrieve()
        .toBodilessEntity();
  }

  private static java.net.URI build(
      UriBuilder builder,
      String path,
      Map<String, String> pathVariables,
      Map<String, String> parameters) {
    Map<String, String> variables = new HashMap<>(pathVariables);
    builder.path(path);
    parameters.forEach(
        (name, value) -> {
          builder.queryParam(name, "{p_" + name + "}");
          variables.put("p_" + name, value);
        });
    return builder.build(variables);
  }
}
