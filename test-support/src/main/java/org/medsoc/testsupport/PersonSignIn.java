package org.medsoc.testsupport;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person signing in as a browser would, without the browser: the authorization code flow with
 * PKCE through the issuer's sign-in form, as the portal's client. Answers the access token, for API
 * tests that need a person's token (with the address and whether it is verified).
 */
final class PersonSignIn {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

  private final String issuer;
  private final String portalUrl;
  private final String clientSecret;

  PersonSignIn(String issuer, String portalUrl, String clientSecret) {
    this.issuer = issuer;
    this.portalUrl = portalUrl;
    this.clientSecret = clientSecret;
  }

  String accessToken(String email, String password) {
    HttpClient http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    String verifier = randomUrlSafe();
    String redirectUri = portalUrl + "/login/oauth2/code/medsoc";
    String authorize =
        issuer
            + "/oauth2/authorize?"
            + form(
                Map.of(
                    "response_type", "code",
                    "client_id", "portal",
                    "scope", "openid profile email",
                    "redirect_uri", redirectUri,
                    "state", UUID.randomUUID().toString(),
                    "code_challenge", challenge(verifier),
                    "code_challenge_method", "S256"));
    try {
      send(http, get(authorize));
      String page = send(http, get(issuer + "/login")).body();
      Matcher csrf = CSRF.matcher(page);
      if (!csrf.find()) {
        throw new IllegalStateException("No CSRF token on the sign-in page");
      }
      HttpResponse<String> signedIn =
          send(
              http,
              post(
                  issuer + "/login",
                  form(Map.of("username", email, "password", password, "_csrf", csrf.group(1)))));
      String next = signedIn.headers().firstValue("Location").orElse("");
      if (next.contains("/login?")) {
        throw new IllegalStateException("Sign-in refused for " + email + ": " + next);
      }
      String callback =
          send(http, get(next.startsWith("http") ? next : issuer + next))
              .headers()
              .firstValue("Location")
              .orElseThrow(() -> new IllegalStateException("No code for " + email));
      String code =
          URI.create(callback).getQuery().lines().findFirst().stream()
              .flatMap(q -> java.util.Arrays.stream(q.split("&")))
              .filter(p -> p.startsWith("code="))
              .map(p -> java.net.URLDecoder.decode(p.substring(5), StandardCharsets.UTF_8))
              .findFirst()
              .orElseThrow(() -> new IllegalStateException("No code in " + callback));
      String basic =
          Base64.getEncoder()
              .encodeToString(("portal:" + clientSecret).getBytes(StandardCharsets.UTF_8));
      HttpResponse<String> token =
          send(
              http,
              HttpRequest.newBuilder(URI.create(issuer + "/oauth2/token"))
                  .header("Authorization", "Basic " + basic)
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          form(
                              Map.of(
                                  "grant_type", "authorization_code",
                                  "code", code,
                                  "redirect_uri", redirectUri,
                                  "code_verifier", verifier))))
                  .build());
      if (token.statusCode() != 200) {
        throw new IllegalStateException("No token for " + email + ": " + token.body());
      }
      return new ObjectMapper().readTree(token.body()).path("access_token").asText();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static HttpRequest get(String uri) {
    return HttpRequest.newBuilder(URI.create(uri)).header("Accept", "text/html").GET().build();
  }

  private static HttpRequest post(String uri, String form) {
    return HttpRequest.newBuilder(URI.create(uri))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Accept", "text/html")
        .POST(HttpRequest.BodyPublishers.ofString(form))
        .build();
  }

  private static HttpResponse<String> send(HttpClient http, HttpRequest request)
      throws IOException, InterruptedException {
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static String form(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  private static String randomUrlSafe() {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static String challenge(String verifier) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
