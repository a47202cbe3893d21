package org.medsoc.portal.office;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriBuilder;

/**
 * One service's REST API as the office's pages call it: path variables and query parameters always
 * go through URI templates, so whatever staff typed arrives encoded once.
 */
record Api(RestClient client) {

  JsonNode get(String path, Map<String, String> pathVariables) {
    return get(path, pathVariables, Map.of());
  }

  JsonNode get(String path, Map<String, String> pathVariables, Map<String, String> parameters) {
    return client
        .get()
        .uri(builder -> uri(builder, path, pathVariables, parameters))
        .retrieve()
        .body(JsonNode.class);
  }

  void post(String path, Object body, Object... variables) {
    RestClient.RequestBodySpec request = client.post().uri(path, variables);
    if (body != null) {
      request.contentType(MediaType.APPLICATION_JSON).body(body);
    }
    request.retrieve().toBodilessEntity();
  }

  void put(String path, Object body, Object... variables) {
    client
        .put()
        .uri(path, variables)
        .contentType(MediaType.APPLICATION_JSON)
        .body(body)
        .retrieve()
        .toBodilessEntity();
  }

  static URI uri(
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
