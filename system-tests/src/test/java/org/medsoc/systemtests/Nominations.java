package org.medsoc.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import javax.sql.DataSource;
import org.medsoc.testsupport.Http;
import org.medsoc.testsupport.StoredDeadlines;
import org.medsoc.testsupport.TestInfrastructure;
import org.springframework.context.ConfigurableApplicationContext;

/** A nomination taken through committee-service until it is selected, as the system tests need. */
final class Nominations {

  private Nominations() {}

  /**
   * The nominator nominates, the nominee consents, the call's closing deadline is brought due, and
   * platform staff select the nomination with the reason given.
   *
   * @return the nomination's id
   */
  static String selected(
      ConfigurableApplicationContext committee,
      String callId,
      String nominatorLogin,
      String nomineeLogin,
      Map<String, Object> nomination,
      String reason) {
    Http.Response nominated =
        RunningPlatform.http(committee)
            .as(TestInfrastructure.identity().member(nominatorLogin))
            .post("/calls/" + callId + "/nominations", nomination);
    assertThat(nominated.status()).as(nominated.toString()).isEqualTo(201);
    String nominationId = nominated.text("nominationId");
    assertThat(
            RunningPlatform.http(committee)
                .as(TestInfrastructure.identity().member(nomineeLogin))
                .post(
                    "/calls/" + callId + "/nominations/" + nominationId + "/answer",
                    Map.of("consent", true))
                .status())
        .isEqualTo(204);
    StoredDeadlines.bringDue(committee.getBean(DataSource.class), callId);
    Http staff = RunningPlatform.http(committee).as(TestInfrastructure.identity().platformStaff());
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                staff
                        .post(
                            "/calls/" + callId + "/submissions/" + nominationId + "/decision",
                            Map.of("outcome", "SELECTED", "reason", reason))
                        .status()
                    == 204);
    return nominationId;
  }
}
