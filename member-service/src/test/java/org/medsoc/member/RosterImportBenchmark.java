package org.medsoc.member;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.medsoc.testsupport.Http;

/**
 * How fast a society's roster comes over: {@code import.rows} rows (10,000 by default) imported
 * from one CSV file (upload, preview, run until finished and every member is in the roster), side
 * by side with its baseline in the same run: the same number of members entered one by one through
 * the API the way an office would without an import (register, apply, approve: three calls each,
 * from four clients at once), which moreover cannot keep their historical dates. Not part of the
 * build's tests ({@code *Benchmark}); run it with {@code scripts/benchmark.sh}, or alone with
 * {@code ./mvnw -B -pl member-service -am test -Dtest=RosterImportBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class RosterImportBenchmark extends MemberServiceTestBase {

  private static final int CLIENTS = 4;

  @Test
  void imports_ten_thousand_rows_and_compares_with_entering_them_one_by_one() throws Exception {
    int rows = Integer.getInteger("import.rows", 10_000);
    LocalDate paidThrough = LocalDate.now().plusMonths(6);

    String imported = newSociety("Import Benchmark Society");
    StringBuilder csv =
        new StringBuilder(
            "Member number,First name,Last name,E-mail,Institution,Training level,Category,"
                + "Status,Member since,Paid through\n");
    for (int i = 0; i < rows; i++) {
      csv.append(
          "B-%06d,Ana,Member%06d,import-%06d@example.org,University Hospital,ATTENDING,FULL,ACTIVE,2010-01-01,%s\n"
              .formatted(i, i, i, paidThrough));
    }
    long started = System.nanoTime();
    JsonNode upload =
        expect(http.post("/societies/" + imported + "/imports", "text/csv", csv.toString()), 201);
    String importId = upload.path("importId").asText();
    JsonNode preview =
        expect(
            http.put(
                "/societies/" + imported + "/imports/" + importId + "/mapping",
                Map.of("mapping", upload.path("suggestedMapping"))),
            200);
    assertThat(preview.path("validRows").asInt()).isEqualTo(rows);
    double previewed = (System.nanoTime() - started) / 1e9;
    expect(http.post("/societies/" + imported + "/imports/" + importId + "/run", "{}"), 202);
    JsonNode status;
    do {
      Thread.sleep(200);
      status = expect(http.get("/societies/" + imported + "/imports/" + importId), 200);
    } while (!status.path("status").asText().equals("FINISHED"));
    double finished = (System.nanoTime() - started) / 1e9;
    assertThat(status.path("imported").asInt()).isEqualTo(rows);
    awaitRoster(imported, rows);
    double inRoster = (System.nanoTime() - started) / 1e9;
    System.out.printf(
        "Roster import of %,d rows: previewed in %.1f s, imported in %.1f s (%,.0f rows/s),"
            + " all in the roster after %.1f s%n",
        rows, previewed, finished, rows / finished, inRoster);

    String entered = newSociety("One By One Society");
    AtomicInteger next = new AtomicInteger();
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    long baseline = System.nanoTime();
    List<Future<?>> running = new java.util.ArrayList<>();
    for (int c = 0; c < CLIENTS; c++) {
      running.add(
          clients.submit(
              () -> {
                Http client = http;
                for (int i = next.getAndIncrement(); i < rows; i = next.getAndIncrement()) {
                  String memberId =
                      expect(
                              client.post(
                                  "/members",
                                  Map.of(
                                      "societyId",
                                      entered,
                                      "trainingLevel",
                                      "ATTENDING",
                                      "profile",
                                      Map.of(
                                          "givenName",
                                          "Ana",
                                          "familyName",
                                          "Member%06d".formatted(i),
                                          "institution",
                                          "University Hospital",
                                          "email",
                                          "entered-%06d@example.org".formatted(i)))),
                              201)
                          .path("memberId")
                          .asText();
                  expect(
                      client.post(
                          "/members/" + memberId + "/memberships",
                          Map.of("societyId", entered, "category", "FULL")),
                      201);
                  expect(
                      client.post(
                          "/members/" + memberId + "/memberships/" + entered + "/approval",
                          paidPeriod(paidThrough)),
                      204);
                }
                return null;
              }));
    }
    for (Future<?> client : running) {
      client.get();
    }
    clients.shutdown();
    double oneByOne = (System.nanoTime() - baseline) / 1e9;
    awaitRoster(entered, rows);
    double oneByOneInRoster = (System.nanoTime() - baseline) / 1e9;
    System.out.printf(
        "Baseline, %,d members entered one by one (3 calls each, %d clients): %.1f s (%,.0f"
            + " members/s), all in the roster after %.1f s; the import took %.2f of its time%n",
        rows, CLIENTS, oneByOne, rows / oneByOne, oneByOneInRoster, inRoster / oneByOneInRoster);
  }

  private void awaitRoster(String societyId, int rows) throws InterruptedException {
    while (expect(http.get("/societies/" + societyId + "/roster?size=1"), 200)
            .path("totalItems")
            .asInt()
        < rows) {
      Thread.sleep(200);
    }
  }
}
