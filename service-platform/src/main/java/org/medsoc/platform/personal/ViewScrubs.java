package org.medsoc.platform.personal;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

/**
 * Scrubs a service's views of an erased person: their key first, so that whatever reads their
 * events from then on reads them erased; the views now; and the views once more a little later, for
 * a projection that had read the person's events before the key went and writes them after the
 * first scrub.
 */
public class ViewScrubs implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(ViewScrubs.class);

  private final PersonalKeys keys;
  private final Duration again;
  private final ScheduledExecutorService later =
      Executors.newSingleThreadScheduledExecutor(
          runnable -> {
            Thread thread = new Thread(runnable, "view-scrubs");
            thread.setDaemon(true);
            return thread;
          });

  public ViewScrubs(PersonalKeys keys, Duration again) {
    this.keys = keys;
    this.again = again;
  }

  public void erase(String memberId, Consumer<String> scrub) {
    keys.erase(memberId);
    scrub.accept(memberId);
    later.schedule(
        () -> {
          try {
            scrub.accept(memberId);
          } catch (RuntimeException e) {
            log.warn("Scrubbing the views of an erased member again failed: {}", e.getMessage());
          }
        },
        again.toMillis(),
        TimeUnit.MILLISECONDS);
  }

  @Override
  public void destroy() {
    later.shutdownNow();
  }
}
