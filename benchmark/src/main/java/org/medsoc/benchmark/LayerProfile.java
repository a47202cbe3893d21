package org.medsoc.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * What each layer of the platform costs: Java Flight Recorder samples every service while a phase
 * runs, and each sample is put down to the layer its thread and stack belong to (tokens, the web
 * stack, commands, projections, sealing, publishing, consuming, personal-data encryption). Shares
 * of the services' sampled processor time, beside the processor time of every process of the stack
 * in the same window.
 */
final class LayerProfile {

  /** In the order a sample is tested against them: the first that matches takes it. */
  private static final List<String> LAYERS =
      List.of(
          "tokens",
          "personal-data encryption",
          "sealing",
          "publishing to Kafka",
          "consuming from Kafka",
          "projections",
          "commands (Axon, aggregates, event store)",
          "web (HTTP, JSON, security filters, MVC)",
          "other (scheduling, event store reads)");

  private final Path folder;
  private final Map<String, Long> services;
  private final CpuTime started;

  private LayerProfile(Path folder, Map<String, Long> services) {
    this.folder = folder;
    this.services = services;
    this.started = CpuTime.now();
  }

  static LayerProfile start(Path folder) throws Exception {
    Files.createDirectories(folder);
    Map<String, Long> services = new LinkedHashMap<>();
    StackProcesses.commandLines()
        .forEach(
            (pid, command) -> {
              if (StackProcesses.isService(command)) {
                services.put(StackProcesses.nameOf(command), pid);
              }
            });
    for (long pid : services.values()) {
      jcmd(pid, "JFR.start", "name=layers", "settings=profile");
    }
    return new LayerProfile(folder, services);
  }

  /** Stops the recordings and prints the layers' shares, with {@code commands} run meanwhile. */
  void report(long commands) throws Exception {
    String cpu = CpuTime.now().since(started);
    List<Path> files = new ArrayList<>();
    for (Map.Entry<String, Long> service : services.entrySet()) {
      Path file = folder.resolve(service.getKey() + ".jfr");
      jcmd(service.getValue(), "JFR.dump", "name=layers", "filename=" + file);
      jcmd(service.getValue(), "JFR.stop", "name=layers");
      files.add(file);
    }
    System.out.printf("  processor time in the profiled window: %s%n", cpu);
    printShares(files, commands);
  }

  /**
   * The layers' shares in recordings kept from an earlier run: {@code LayerProfile <folder>}, the
   * folder the benchmark's profiled phase wrote them to.
   */
  public static void main(String[] args) throws Exception {
    try (var recordings = Files.list(Path.of(args[0]))) {
      printShares(recordings.filter(f -> f.toString().endsWith(".jfr")).sorted().toList(), 0);
    }
  }

  private static void printShares(List<Path> files, long commands) throws Exception {
    Map<String, Long> samples = new LinkedHashMap<>();
    LAYERS.forEach(layer -> samples.put(layer, 0L));
    long total = 0;
    for (Path file : files) {
      for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
        if (event.getEventType().getName().equals("jdk.ExecutionSample")
            && event.getStackTrace() != null) {
          samples.merge(layerOf(event), 1L, Long::sum);
          total++;
        }
      }
    }
    System.out.printf(
        "  the services' share by layer (%,d samples, %,d commands):%n", total, commands);
    for (Map.Entry<String, Long> layer : samples.entrySet()) {
      System.out.printf(
          "    %-45s %5.1f%%%n", layer.getKey(), 100.0 * layer.getValue() / Math.max(1, total));
    }
  }

  private static String layerOf(RecordedEvent sample) {
    String thread = sample.getThread("sampledThread").getJavaName();
    thread = thread == null ? "" : thread;
    List<String> frames = new ArrayList<>();
    for (RecordedFrame frame : sample.getStackTrace().getFrames()) {
      frames.add(frame.getMethod().getType().getName());
    }
    if (any(
        frames,
        "com.nimbusds",
        "org.springframework.security.oauth2.jwt",
        "VerifiedTokenCache",
        "JwtAuthenticationProvider",
        "JwtAuthenticationConverter",
        "JwtGrantedAuthoritiesConverter")) {
      return LAYERS.get(0);
    }
    // The serializer and the keys, not every handler the platform's personal package wraps.
    if (any(
        frames,
        "org.medsoc.platform.personal.PersonalDataSerializer",
        "org.medsoc.platform.personal.PersonalKeys",
        "javax.crypto",
        "com.sun.crypto")) {
      return LAYERS.get(1);
    }
    if (thread.contains("event-sealer") || any(frames, "org.medsoc.platform.audit.Chain")) {
      return LAYERS.get(2);
    }
    if (thread.contains("integration-publisher") || thread.startsWith("kafka-producer")) {
      return LAYERS.get(3);
    }
    if (thread.matches(".*-C-\\d+") || thread.startsWith("kafka-coordinator")) {
      return LAYERS.get(4);
    }
    if (thread.startsWith("WorkPackage[")
        || thread.startsWith("Coordinator[")
        || thread.startsWith("EventProcessor[")
        || any(frames, "org.axonframework.eventhandling.SubscribingEventProcessor")) {
      return LAYERS.get(5);
    }
    if (any(frames, "org.axonframework.commandhandling", "org.axonframework.modelling")) {
      return LAYERS.get(6);
    }
    if (thread.startsWith("http-nio")) {
      return LAYERS.get(7);
    }
    return LAYERS.get(8);
  }

  private static boolean any(List<String> frames, String... prefixes) {
    for (String frame : frames) {
      for (String prefix : prefixes) {
        if (frame.contains(prefix)) {
          return true;
        }
      }
    }
    return false;
  }

  private static void jcmd(long pid, String... command) throws Exception {
    List<String> line = new ArrayList<>();
    line.add(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString());
    line.add(String.valueOf(pid));
    line.addAll(List.of(command));
    Process jcmd = new ProcessBuilder(line).redirectErrorStream(true).start();
    String output = new String(jcmd.getInputStream().readAllBytes());
    if (jcmd.waitFor() != 0) {
      throw new IllegalStateException("jcmd " + String.join(" ", command) + ": " + output);
    }
  }
}
