package org.medsoc.portal.office;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.medsoc.portal.security.Viewer;
import org.medsoc.portal.services.Api;
import org.medsoc.portal.services.Services;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/** What the membership office's pages ask of member-service. */
@Component
class MemberService {

  private final Services services;
  private final Api api;

  MemberService(Services services) {
    this.services = services;
    this.api = new Api(services.member());
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
    api.stream(
        "/societies/" + societyId + "/roster",
        filter.serviceParameters(),
        MediaType.parseMediaType("text/csv"),
        (headers, body) -> body.transferTo(out));
  }

  JsonNode get(String path, Map<String, String> pathVariables, Map<String, String> parameters) {
    return api.get(path, pathVariables, parameters);
  }

  void post(String path, Object body, Object... variables) {
    api.post(path, body, variables);
  }

  /** Every member of the society's roster by id, named "Okafor, Amara" (for exports). */
  Map<String, String> namesInRoster(String societyId) {
    Map<String, String> names = new HashMap<>();
    for (int page = 0; ; page++) {
      JsonNode roster =
          get(
              "/societies/{societyId}/roster",
              Map.of("societyId", societyId),
              Map.of("page", String.valueOf(page), "size", "200"));
      for (JsonNode m : roster.path("items")) {
        names.put(
            m.path("memberId").asText(),
            m.path("familyName").asText() + ", " + m.path("givenName").asText());
      }
      if ((long) (page + 1) * 200 >= roster.path("totalItems").asLong()) {
        return names;
      }
    }
  }

  /**
   * The member's name as the office reads it ("Okafor, Amara"), or their id when the caller may not
   * read the member (a member of another society the office does not reach).
   */
  String nameOf(String memberId) {
    try {
      JsonNode profile =
          api.get("/members/{memberId}", Map.of("memberId", memberId)).path("profile");
      return profile.path("familyName").asText() + ", " + profile.path("givenName").asText();
    } catch (org.medsoc.portal.services.ServiceProblem notReached) {
      return memberId;
    }
  }
}
