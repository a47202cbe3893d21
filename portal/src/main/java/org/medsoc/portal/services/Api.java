package org.medsoc.portal.services;

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
public record Api(RestClient client) {

  public JsonNode get(String path, Map<String, String> pathVariables) {
    return get(path, pathVariables, Map.of());
  }

  public JsonNode get(
      String path, Map<String, String> pathVariables, Map<String, String> parameters) {
    return client
        .get()
        .uri(builder -> uri(builder, path, pathVariables, parameters))
        .retrieve()
        .body(JsonNode.class);
  }

  public void post(String path, Object body, Object... variables) {
    RestClient.RequestBodySpec request = client.post().uri(path, variables);
    if (body != null) {
      request.contentType(MediaType.APPLICATION_JSON).body(body);
    }
    request.retrieve().toBodilessEntity();
  }

  /** A POST whose answer the page reads (an id created, a warning). */
  public JsonNode postForAnswer(String path, Object body, Object... variables) {
    return client
        .post()
        .uri(path, variables)
        .contentType(MediaType.APPLICATION_JSON)
        .body(body)
        .retrieve()
        .body(JsonNode.class);
  }

  public void put(String path, Object body, Object... variables) {
    client
        .put()
        .uri(path, variables)
        .contentType(MediaType.APPLICATION_JSON)
        .body(body)
        .retrieve()
        .toBodilessEntity();
  }

  public void delete(String path, Object... variables) {
    client.delete().uri(path, variables).retrieve().toBodilessEntity();
  }

  /** What a streamed answer carries besides its body. */
  public interface Streamed {
    void accept(org.springframework.http.HttpHeaders headers, java.io.InputStream body)
        throws java.io.IOException;
  }

  /**
   * Streams an answer's body as it arrives (an export), asked for as the given media type; a
   * refusal is a {@link ServiceProblem} as for any other call.
   */
  public void stream(String path, Map<String, String> parameters, MediaType accept, Streamed into) {
    client
        .get()
        .uri(builder -> uri(builder, path, Map.of(), parameters))
        .accept(accept)
        .exchange(
            (request, response) -> {
              if (response.getStatusCode().isError()) {
                JsonNode body;
                try {
                  body =
                      new com.fasterxml.jackson.databind.ObjectMapper()
                          .readTree(response.getBody());
                } catch (java.io.IOException unreadable) {
                  body = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
                }
                throw ServiceProblem.of(response.getStatusCode().value(), body);
              }
              into.accept(response.getHeaders(), response.getBody());
              return null;
            },
            false);
  }

  public static URI uri(
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
