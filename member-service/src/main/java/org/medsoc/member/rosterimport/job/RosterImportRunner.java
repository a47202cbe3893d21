package org.medsoc.member.rosterimport.job;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.medsoc.kernel.error.DomainException;
import org.medsoc.kernel.error.FieldViolation;
import org.medsoc.kernel.messaging.ActingPrincipal;
import org.medsoc.member.member.api.ImportMember;
import org.medsoc.member.member.api.ImportMembership;
import org.medsoc.member.member.command.MemberRegistry;
import org.medsoc.member.rosterimport.api.ImportProblem;
import org.medsoc.member.rosterimport.file.ImportRow;
import org.medsoc.platform.axon.AuditMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Runs a roster import in the background: each row becomes one command, attributed to whoever
 * started the run and correlated by the import's id, on a few threads at once (rows are different
 * members, so their commands never wait on each other). A row imported before is skipped, so a
 * re-run, or a run after an interruption, imports only what is missing.
 */
@Component
public class RosterImportRunner {

  private static final Logger log = LoggerFactory.getLogger(RosterImportRunner.class);

  private final CommandGateway commands;
  private final MemberRegistry registry;
  private final RosterImports imports;
  private final int threads;
  private final ExecutorService coordinator =
      Executors.newSingleThreadExecutor(r -> new Thread(r, "roster-import"));

  public RosterImportRunner(
      CommandGateway commands,
      MemberRegistry registry,
      RosterImports imports,
      @Value("${roster-import.threads:4}") int threads) {
    this.commands = commands;
    this.registry = registry;
    this.imports = imports;
    this.threads = threads;
  }

  @EventListener(ApplicationReadyEvent.class)
  void interruptAbandoned() {
    int abandoned = imports.interruptAbandoned();
    if (abandoned > 0) {
      log.warn("{} roster import(s) were running when the service stopped", abandoned);
    }
  }

  /** The member a row becomes when nobody on the platform has its address yet. */
  static String memberIdFor(String societyId, String rowKey) {
    return UUID.nameUUIDFromBytes(
            ("roster-import:" + societyId + ":" + rowKey).getBytes(StandardCharsets.UTF_8))
        .toString();
  }

  public void start(String importId, String societyId, List<ImportRow> rows, ActingPrincipal by) {
    MetaData metaData = AuditMetadata.of(by).and(AuditMetadata.CORRELATION_ID, importId);
    coordinator.execute(() -> run(new Run(importId, societyId, metaData), rows));
  }

  private void run(Run run, List<ImportRow> rows) {
    ExecutorService workers = Executors.newFixedThreadPool(threads);
    try {
      AtomicInteger next = new AtomicInteger();
      List<Future<?>> running = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        running.add(
            workers.submit(
                () -> {
                  for (int row = next.getAndIncrement();
                      row < rows.size();
                      row = next.getAndIncrement()) {
                    run.importRow(rows.get(row));
                  }
                }));
      }
      workers.shutdown();
      while (!workers.awaitTermination(250, TimeUnit.MILLISECONDS)) {
        run.report();
      }
      for (Future<?> worker : running) {
        worker.get();
      }
    } catch (Exception e) {
      log.error("Roster import {} stopped", run.importId, e);
    } finally {
      workers.shutdownNow();
      run.report();
      imports.finish(run.importId);
    }
  }

  private final class Run {

    final String importId;
    final String societyId;
    final MetaData metaData;
    final AtomicInteger processed = new AtomicInteger();
    final AtomicInteger imported = new AtomicInteger();
    final AtomicInteger known = new AtomicInteger();
    final AtomicInteger refused = new AtomicInteger();
    final List<ImportProblem> problems = Collections.synchronizedList(new ArrayList<>());

    Run(String importId, String societyId, MetaData metaData) {
      this.importId = importId;
      this.societyId = societyId;
      this.metaData = metaData;
    }

    void importRow(ImportRow row) {
      try {
        if (registry.importedAs(societyId, row.rowKey()).isPresent()) {
          known.incrementAndGet();
          return;
        }
        commands.sendAndWait(
            GenericCommandMessage.asCommandMessage(commandFor(row)).andMetaData(metaData));
        imported.incrementAndGet();
      } catch (DomainException refusal) {
        refuse(row, refusal.violations());
      } catch (RuntimeException failure) {
        // A concurrent run of the same file created this member a moment before.
        if (registry.importedAs(societyId, row.rowKey()).isPresent()) {
          known.incrementAndGet();
        } else {
          log.warn("Roster import {} row {} failed", importId, row.row(), failure);
          refuse(row, List.of(new FieldViolation(null, "could not be imported: " + failure)));
        }
      } finally {
        processed.incrementAndGet();
      }
    }

    private Object commandFor(ImportRow row) {
      Optional<String> onPlatform = registry.ownerOf(row.profile().normalizedEmail());
      return onPlatform
          .<Object>map(
              memberId ->
                  new ImportMembership(
                      memberId, societyId, row.rowKey(), importId, row.membership()))
          .orElseGet(
              () ->
                  new ImportMember(
                      memberIdFor(societyId, row.rowKey()),
                      societyId,
                      row.rowKey(),
                      importId,
                      row.profile(),
                      row.trainingLevel(),
                      row.membership()));
    }

    private void refuse(ImportRow row, List<FieldViolation> violations) {
      refused.incrementAndGet();
      for (FieldViolation violation : violations) {
        problems.add(
            new ImportProblem(
                row.row(),
                row.rowKey(),
                violation.field() == null ? "row" : violation.field(),
                violation.reason()));
      }
    }

    void report() {
      List<ImportProblem> batch;
      synchronized (problems) {
        batch = List.copyOf(problems);
        problems.clear();
      }
      imports.refused(importId, batch);
      imports.progress(importId, processed.get(), imported.get(), known.get(), refused.get());
    }
  }
}
