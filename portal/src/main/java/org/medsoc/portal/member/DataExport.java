package org.medsoc.portal.member;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.medsoc.portal.services.Api;
import org.medsoc.portal.services.ServiceProblem;
import org.medsoc.portal.services.Services;
import org.springframework.stereotype.Component;

/**
 * Everything a member may see of their own data, from every service, in one machine-readable
 * document: what they recorded, what others recorded about them that they may read, and what exists
 * about them but is confidential (a letter written for them, a nomination's statement and
 * nominator, an endorsement's words), said as such. Each part is read as whoever asks: staff
 * producing it for a member get what the member's own notebook and notices are not theirs to read
 * listed under {@code notShown}.
 */
@Component
public class DataExport {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** What each service holds of a member, read from the member's own endpoints. */
  private static final Map<String, Map<String, String>> PARTS =
      Map.of(
          "memberService",
          ordered(
              "profile", "/members/{memberId}",
              "membershipHistory", "/members/{memberId}/membership-history",
              "professionalRecord", "/members/{memberId}/record",
              "sponsorships", "/members/{memberId}/sponsorships",
              "mentorships", "/members/{memberId}/mentorships",
              "mentorTeam", "/members/{memberId}/mentor-team",
              "introductionsMade", "/members/{memberId}/introductions/made",
              "introductionsReceived", "/members/{memberId}/introductions/received",
              "introductionRequests", "/members/{memberId}/introduction-requests",
              "contactLog", "/members/{memberId}/contacts"),
          "committeeService",
          ordered(
              "nominationsAndApplications", "/members/{memberId}/nominations",
              "endorsementRequests", "/members/{memberId}/endorsement-requests",
              "serviceHistory", "/members/{memberId}/service-history"),
          "eventsService",
          ordered(
              "registrations", "/members/{memberId}/registrations",
              "speakerInvitations", "/members/{memberId}/speaker-invitations",
              "meetingRequests", "/members/{memberId}/meeting-requests"),
          "notificationService",
          ordered(
              "notifications", "/members/{memberId}/notifications",
              "notificationPreferences", "/members/{memberId}/notification-preferences"));

  private final Map<String, Api> services = new LinkedHashMap<>();

  public DataExport(Services services) {
    this.services.put("memberService", new Api(services.member()));
    this.services.put("committeeService", new Api(services.committee()));
    this.services.put("eventsService", new Api(services.events()));
    this.services.put("notificationService", new Api(services.notification()));
  }

  /** The member's document, read with the caller's own rights. */
  public ObjectNode of(String memberId, String producedFor) {
    ObjectNode export = JSON.createObjectNode();
    export.put("format", "medsoc.MemberDataExport/1");
    export.put("memberId", memberId);
    export.put("exportedAt", Instant.now().toString());
    export.put("producedFor", producedFor);
    ArrayNode notShown = JSON.createArrayNode();
    Map<String, String> ids = Map.of("memberId", memberId);
    for (Map.Entry<String, Api> service : services.entrySet()) {
      ObjectNode parts = export.putObject(service.getKey());
      PARTS
          .get(service.getKey())
          .forEach(
              (part, path) -> {
                try {
                  parts.set(part, service.getValue().get(path, ids));
                } catch (ServiceProblem refused) {
                  // The profile is who may ask at all: refused there, the export is refused.
                  if (part.equals("profile")
                      || (refused.status() != 403 && refused.status() != 404)) {
                    throw refused;
                  }
                  notShown
                      .addObject()
                      .put("part", service.getKey() + "." + part)
                      .put(
                          "why",
                          refused.status() == 403
                              ? "the member's alone to read: download it signed in as the member"
                              : "nothing recorded");
                }
              });
    }
    abstracts(export, ids);
    export.set("confidential", confidential(export, memberId));
    export.set("notShown", notShown);
    return export;
  }

  /** The abstracts the member submitted, per conference they registered for. */
  private void abstracts(ObjectNode export, Map<String, String> ids) {
    ObjectNode abstracts = ((ObjectNode) export.get("eventsService")).putObject("abstracts");
    for (JsonNode registration : export.path("eventsService").path("registrations")) {
      String conferenceId = registration.path("conferenceId").asText();
      if (conferenceId.isEmpty() || abstracts.has(conferenceId)) {
        continue;
      }
      try {
        abstracts.set(
            conferenceId,
            services
                .get("eventsService")
                .get(
                    "/members/{memberId}/conferences/{conferenceId}/abstracts",
                    Map.of("memberId", ids.get("memberId"), "conferenceId", conferenceId)));
      } catch (ServiceProblem refused) {
        if (refused.status() != 403 && refused.status() != 404) {
          throw refused;
        }
      }
    }
  }

  /** What exists about the member that is not theirs to read, said as such. */
  private static ArrayNode confidential(ObjectNode export, String memberId) {
    ArrayNode confidential = JSON.createArrayNode();
    for (JsonNode sponsorship : export.path("memberService").path("sponsorships")) {
      if (!memberId.equals(sponsorship.path("protegeId").asText())) {
        continue;
      }
      for (JsonNode action : sponsorship.path("actions")) {
        if ("LETTER".equals(action.path("kind").asText())
            && "SUBMITTED".equals(action.path("letterStatus").asText())) {
          confidential
              .addObject()
              .put("what", "a letter of recommendation written for you by your sponsor")
              .put("for", action.path("purpose").asText(null))
              .put("on", action.path("recordedAt").asText(null))
              .put("withheld", "its text, which is the sponsor's and its reader's");
        }
      }
    }
    JsonNode nominations = export.path("committeeService").path("nominationsAndApplications");
    for (JsonNode received : nominations.path("received")) {
      confidential
          .addObject()
          .put("what", "a nomination of you")
          .put("for", received.path("title").asText(null))
          .put("on", received.path("submittedAt").asText(null))
          .put("withheld", "who nominated you and their supporting statement");
    }
    for (JsonNode applied : nominations.path("applied")) {
      for (JsonNode endorsement : applied.path("endorsements")) {
        confidential
            .addObject()
            .put("what", "an endorsement of your application")
            .put("for", applied.path("callTitle").asText(applied.path("callId").asText(null)))
            .put("on", endorsement.path("endorsedAt").asText(null))
            .put("withheld", "the endorsement's words, which are the endorser's");
      }
    }
    return confidential;
  }

  private static Map<String, String> ordered(String... pairs) {
    Map<String, String> ordered = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      ordered.put(pairs[i], pairs[i + 1]);
    }
    return ordered;
  }
}
