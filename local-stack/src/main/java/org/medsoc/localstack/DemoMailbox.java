package org.medsoc.localstack;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The local stack's mail server: an embedded SMTP server (GreenMail) that keeps every mail the
 * platform sends as a {@code .eml} file in one folder, where a newcomer opens them with any mail
 * program or reads them as text. Production sets {@code SMTP_HOST} instead.
 */
final class DemoMailbox {

  private final GreenMail smtp;
  private final Path folder;
  private final ScheduledExecutorService saver =
      Executors.newSingleThreadScheduledExecutor(
          runnable -> {
            Thread thread = new Thread(runnable, "demo-mailbox");
            thread.setDaemon(true);
            return thread;
          });
  private int saved;

  DemoMailbox(int port, Path folder) throws IOException {
    this.folder = Files.createDirectories(folder);
    this.smtp = new GreenMail(new ServerSetup(port, "localhost", ServerSetup.PROTOCOL_SMTP));
  }

  /** Starts the server; the environment that points the services at it. */
  Map<String, String> start() {
    smtp.start();
    saver.scheduleWithFixedDelay(this::saveNew, 1, 1, TimeUnit.SECONDS);
    return Map.of("SMTP_HOST", "localhost", "SMTP_PORT", String.valueOf(smtp.getSmtp().getPort()));
  }

  Path folder() {
    return folder;
  }

  void stop() {
    saver.shutdownNow();
    saveNew();
    smtp.stop();
  }

  private synchronized void saveNew() {
    MimeMessage[] received = smtp.getReceivedMessages();
    for (; saved < received.length; saved++) {
      Path file = folder.resolve("%04d.eml".formatted(saved + 1));
      try (OutputStream out = Files.newOutputStream(file)) {
        received[saved].writeTo(out);
      } catch (Exception e) {
        System.err.println("A demo mail could not be saved: " + e.getMessage());
      }
    }
  }
}
