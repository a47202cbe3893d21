package org.medsoc.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.medsoc.kernel.json.KernelJson;

/** A plain HTTP client for calling a running service the way a portal would. */
public final class Http {

  /** A response: status, content type and the body as JSON (null when empty). */
  public record Response(int status, String contentType, JsonNode body) {

    public String text(String field) {
      return body.path(field).asText();
    }
  }

  private static final ObjectMapper JSON = KernelJson.newObjectMapper();
  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String baseUrl;
  private final Map<String, String> headers;

  public Http(String baseUrl) {
    this(baseUrl, Map.of());
  }

  private Http(String baseUrl, Map<String, String> headers) {
    this.baseUrl = baseUrl;
    this.headers = headers;
  }

  public static Http onPort(int port) {
    return new Http("http://localhost:" + port);
  }

  /** The same client, calling with this bearer token. */
  public Http as(String token) {
    return withHeader("Authorization", "Bearer " + token);
  }

  public Http withHeader(String name, String value) {
    Map<String, String> merged = new java.util.HashMap<>(headers);
    merged.put(name, value);
    return new Http(baseUrl, Map.copyOf(merged));
  }

  public Response get(String path) {
    return send(request(path).GET());
  }

  public Response delete(String path) {
    return send(request(path).DELETE());
  }

  public Response post(String path, Object body) {
    return send(request(path).POST(bodyOf(body)));
  }

  public Response put(String path, Object body) {
    return send(request(path).PUT(bodyOf(body)));
  }

  /** Sends a body that is not JSON (a CSV file, say) as the given content type. */
  public Response post(String path, String contentType, String body) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", contentType)
            .header("Accept", "application/json, application/problem+json");
    headers.forEach(builder::header);
    return send(builder.POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /** The body as text, asked for as the given media type (a CSV export, say). */
  public String text(String path, String accept) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .timeout(Duration.ofSeconds(30))
            .header("Accept", accept);
    headers.forEach(builder::header);
    try {
      HttpResponse<String> response =
          client.send(builder.GET().build(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new AssertionError(
            "GET " + path + " answered " + response.statusCode() + ": " + response.body());
      }
      return response.body();
    } catch (IOException e) {
      throw new IllegalStateException("HTTP call failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .header("Accept", "application/json, application/problem+json");
    headers.forEach(builder::header);
    return builder;
  }

  private static HttpRequest.BodyPublisher bodyOf(Object body) {
    try {
      String json = body instanceof String raw ? raw : JSON.writeValueAsString(body);
      return HttpRequest.BodyPublishers.ofString(json);
    } catch (IOException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /** JSON as JSON; anything else (a container's own error page, say) as one text node. */
  private static JsonNode parsed(String body) {
    try {
      return JSON.readTree(body);
    } catch (com.fasterxml.jackson.core.JsonProcessingException notJson) {
      return JSON.getNodeFactory().textNode(body);
    }
  }

  private Response send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      String body = response.body();
      return new Response(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          body == null || body.isBlank() ? JSON.nullNode() : parsed(body));
    } catch (IOException e) {
      throw new IllegalStateException("HTTP call failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
