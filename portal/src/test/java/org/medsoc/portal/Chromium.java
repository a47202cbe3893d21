package org.medsoc.portal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.brotli.dec.BrotliInputStream;

/**
 * A Chromium for the browser tests, found or fetched, never skipped: {@code CHROMIUM_BIN}, else the
 * system's Chromium or Chrome, else a headless Chromium fetched once from the npm registry (the
 * package {@code @sparticuz/chromium}, checked against its integrity hash) into a cache under the
 * user's home. The registry is the one npm is configured with ({@code npm_config_registry}, or
 * {@code npm config get registry}); no registry host is written here.
 */
final class Chromium {

  static final String PACKAGE = "@sparticuz/chromium";
  static final String VERSION = "153.0.0";

  /** The executable, and the fontconfig file for a fetched one (null for a system Chromium). */
  record Found(Path executable, Path fontConfig) {}

  private Chromium() {}

  static Found find() {
    String configured = System.getenv("CHROMIUM_BIN");
    if (configured != null && !configured.isBlank()) {
      return new Found(Path.of(configured), null);
    }
    for (String candidate :
        List.of(
            "/usr/bin/chromium",
            "/usr/bin/chromium-browser",
            "/usr/bin/google-chrome",
            "/usr/bin/google-chrome-stable")) {
      if (Files.isExecutable(Path.of(candidate))) {
        return new Found(Path.of(candidate), null);
      }
    }
    try {
      return fetched();
    } catch (Exception e) {
      throw new IllegalStateException(
          "No Chromium for the browser tests: none at CHROMIUM_BIN or /usr/bin, and fetching "
              + PACKAGE
              + "@"
              + VERSION
              + " from the npm registry failed ("
              + e.getMessage()
              + "). Install Debian's chromium (apt-get install --no-install-recommends chromium)"
              + " or set CHROMIUM_BIN.",
          e);
    }
  }

  private static Found fetched() throws Exception {
    Path home = Path.of(System.getProperty("user.home"), ".cache", "medsoc", "chromium-" + VERSION);
    Path executable = home.resolve("chromium");
    Path fonts = home.resolve("fonts");
    Path fontConfig = home.resolve("fonts.conf");
    if (!Files.isExecutable(executable)) {
      Files.createDirectories(home);
      String registry = registry().orElseThrow(() -> new IOException("no npm registry configured"));
      HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
      String metadata =
          http.send(
                  HttpRequest.newBuilder(
                          URI.create(
                              registry.replaceAll("/$", "")
                                  + "/"
                                  + PACKAGE.replace("/", "%2f")
                                  + "/"
                                  + VERSION))
                      .build(),
                  HttpResponse.BodyHandlers.ofString())
              .body();
      var dist = new com.fasterxml.jackson.databind.ObjectMapper().readTree(metadata).path("dist");
      byte[] tarball =
          http.send(
                  HttpRequest.newBuilder(URI.create(dist.path("tarball").asText())).build(),
                  HttpResponse.BodyHandlers.ofByteArray())
              .body();
      String integrity = dist.path("integrity").asText();
      String actual =
          "sha512-"
              + Base64.getEncoder()
                  .encodeToString(MessageDigest.getInstance("SHA-512").digest(tarball));
      if (!actual.equals(integrity)) {
        throw new IOException("integrity check failed: " + actual + " is not " + integrity);
      }
      try (TarArchiveInputStream tar =
          new TarArchiveInputStream(
              new GZIPInputStream(new java.io.ByteArrayInputStream(tarball)))) {
        TarArchiveEntry entry;
        while ((entry = tar.getNextEntry()) != null) {
          if (entry.getName().equals("package/bin/chromium.br")) {
            Path partial = home.resolve("chromium.partial");
            Files.write(partial, brotli(tar));
            partial.toFile().setExecutable(true);
            Files.move(partial, executable, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
          } else if (entry.getName().equals("package/bin/fonts.tar.br")) {
            untar(brotli(tar), fonts);
          }
        }
      }
    }
    Files.writeString(
        fontConfig,
        "<?xml version=\"1.0\"?><!DOCTYPE fontconfig SYSTEM \"fonts.dtd\"><fontconfig><dir>"
            + fonts
            + "</dir><cachedir>"
            + home.resolve("font-cache")
            + "</cachedir></fontconfig>");
    return new Found(executable, fontConfig);
  }

  private static byte[] brotli(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new BrotliInputStream(new NonClosing(in)).transferTo(out);
    return out.toByteArray();
  }

  private static void untar(byte[] tarBytes, Path target) throws IOException {
    try (TarArchiveInputStream tar =
        new TarArchiveInputStream(new java.io.ByteArrayInputStream(tarBytes))) {
      TarArchiveEntry entry;
      while ((entry = tar.getNextEntry()) != null) {
        Path file = target.resolve(entry.getName()).normalize();
        if (!file.startsWith(target)) {
          continue;
        }
        if (entry.isDirectory()) {
          Files.createDirectories(file);
        } else {
          Files.createDirectories(file.getParent());
          Files.copy(tar, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  private static Optional<String> registry() {
    for (String name : List.of("npm_config_registry", "NPM_CONFIG_REGISTRY")) {
      String value = System.getenv(name);
      if (value != null && !value.isBlank()) {
        return Optional.of(value.strip());
      }
    }
    try {
      Process npm = new ProcessBuilder("npm", "config", "get", "registry").start();
      if (npm.waitFor(30, TimeUnit.SECONDS) && npm.exitValue() == 0) {
        String value = new String(npm.getInputStream().readAllBytes()).strip();
        return value.startsWith("http") ? Optional.of(value) : Optional.empty();
      }
    } catch (IOException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return Optional.empty();
  }

  /** Brotli's stream closes what it reads; the tar entry must stay open. */
  private static final class NonClosing extends java.io.FilterInputStream {
    NonClosing(InputStream in) {
      super(in);
    }

    @Override
    public void close() {}
  }
}
