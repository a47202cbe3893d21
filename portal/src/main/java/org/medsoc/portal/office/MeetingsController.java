package org.medsoc.portal.office;

import static org.medsoc.portal.web.FormValues.blankToNull;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.medsoc.kernel.input.SpreadsheetCells;
import org.medsoc.portal.services.Api;
import org.medsoc.portal.services.ServiceProblem;
import org.medsoc.portal.services.Services;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The meetings department: a society's conferences, the programme editor (add, edit, move and
 * cancel sessions), registrations with rate, fee and status, check-in by name on a phone, and the
 * registrations and attendance exported as CSV. Events-service decides who may.
 */
@Controller
class MeetingsController {

  static final List<String> KINDS =
      List.of(
          "TALK",
          "PANEL",
          "WORKSHOP",
          "POSTER_SESSION",
          "RECEPTION",
          "TRAINEE_EVENT",
          "SPEED_MENTORING");

  /** A registration as the page shows it, the person named. */
  record Attendee(
      String registrationId,
      String memberId,
      String name,
      String status,
      String rate,
      String fee,
      String registeredAt,
      String checkedInAt) {}

  private final MemberService members;
  private final Api events;

  MeetingsController(MemberService members, Services services) {
    this.members = members;
    this.events = new Api(services.events());
  }

  @GetMapping("/societies/{societyId}/conferences")
  String conferences(@PathVariable String societyId, Model model) {
    model.addAttribute("society", members.society(societyId));
    model.addAttribute(
        "conferences",
        events.get("/societies/{societyId}/conferences", Map.of("societyId", societyId)));
    return "portal/office/conferences";
  }

  @GetMapping("/conferences/{conferenceId}")
  String conference(@PathVariable String conferenceId, Model model) {
    Map<String, String> ids = Map.of("conferenceId", conferenceId);
    JsonNode conference = events.get("/conferences/{conferenceId}", ids);
    model.addAttribute("conference", conference);
    model.addAttribute("society", members.society(conference.path("societyId").asText()));
    model.addAttribute("programme", events.get("/conferences/{conferenceId}/programme", ids));
    model.addAttribute("kinds", KINDS);
    return "portal/office/conference";
  }

  @PostMapping("/conferences/{conferenceId}/sessions")
  String addSession(
      @PathVariable String conferenceId, @RequestParam Map<String, String> form, Model model) {
    Map<String, Object> session = session(form);
    session.put("kind", blankToNull(form.get("kind")));
    String capacity = form.getOrDefault("capacity", "").strip();
    session.put("capacity", capacity.isEmpty() ? null : capacity);
    return act(
        conferenceId,
        "new",
        model,
        () -> events.post("/conferences/{conferenceId}/sessions", session, conferenceId));
  }

  @PostMapping("/conferences/{conferenceId}/sessions/{sessionId}")
  String changeSession(
      @PathVariable String conferenceId,
      @PathVariable String sessionId,
      @RequestParam Map<String, String> form,
      Model model) {
    return act(
        conferenceId,
        sessionId,
        model,
        () ->
            events.put(
                "/conferences/{conferenceId}/sessions/{sessionId}",
                session(form),
                conferenceId,
                sessionId));
  }

  @PostMapping("/conferences/{conferenceId}/sessions/{sessionId}/cancellation")
  String cancelSession(
      @PathVariable String conferenceId,
      @PathVariable String sessionId,
      @RequestParam(defaultValue = "") String reason,
      Model model) {
    return act(
        conferenceId,
        sessionId,
        model,
        () ->
            events.post(
                "/conferences/{conferenceId}/sessions/{sessionId}/cancellation",
                Map.of("reason", reason),
                conferenceId,
                sessionId));
  }

  /**
   * Registrations, and check-in at the desk: staff type a few letters of a name on a phone and
   * check the person in. The names come from the society's roster.
   */
  @GetMapping("/conferences/{conferenceId}/registrations")
  String registrations(
      @PathVariable String conferenceId, @RequestParam(defaultValue = "") String q, Model model) {
    Map<String, String> ids = Map.of("conferenceId", conferenceId);
    JsonNode conference = events.get("/conferences/{conferenceId}", ids);
    String societyId = conference.path("societyId").asText();
    JsonNode registrations = events.get("/conferences/{conferenceId}/registrations", ids);
    List<Attendee> attendees = new ArrayList<>();
    long placed = 0;
    long waiting = 0;
    long checkedIn = 0;
    for (JsonNode r : registrations) {
      String status = r.path("status").asText();
      placed += status.equals("REGISTERED") ? 1 : 0;
      waiting += status.equals("WAITLISTED") ? 1 : 0;
      checkedIn += r.path("checkedInAt").isTextual() ? 1 : 0;
    }
    if (!q.isBlank()) {
      Map<String, String> found = new HashMap<>();
      for (JsonNode m :
          members
              .roster(
                  societyId,
                  new RosterFilter(null, q, null, null, null, null, null, null, null, null, 0))
              .path("items")) {
        found.put(
            m.path("memberId").asText(),
            m.path("familyName").asText() + ", " + m.path("givenName").asText());
      }
      for (JsonNode r : registrations) {
        String name = found.get(r.path("memberId").asText());
        if (name != null) {
          attendees.add(attendee(r, name));
        }
      }
    }
    model.addAttribute("conference", conference);
    model.addAttribute("q", q);
    model.addAttribute("attendees", attendees);
    model.addAttribute("total", registrations.size());
    model.addAttribute("placed", placed);
    model.addAttribute("waiting", waiting);
    model.addAttribute("checkedIn", checkedIn);
    return "portal/office/registrations";
  }

  /** Checks in, then shows the search again (a reload of the page checks nobody in twice). */
  @PostMapping("/conferences/{conferenceId}/registrations/{registrationId}/check-in")
  String checkIn(
      @PathVariable String conferenceId,
      @PathVariable String registrationId,
      @RequestParam(defaultValue = "") String q,
      @RequestParam(defaultValue = "") String name,
      RedirectAttributes next) {
    ServiceProblem.attempt(
            () ->
                events.post(
                    "/conferences/{conferenceId}/registrations/{registrationId}/check-in",
                    null,
                    conferenceId,
                    registrationId))
        .ifPresentOrElse(
            refused -> next.addFlashAttribute("checkInProblem", refused.reason()),
            () -> next.addFlashAttribute("checkedInName", name));
    next.addAttribute("q", q);
    return "redirect:/conferences/" + conferenceId + "/registrations";
  }

  /** Every registration, with name, rate, fee, status and attendance, for the office's files. */
  @GetMapping("/conferences/{conferenceId}/registrations.csv")
  void export(@PathVariable String conferenceId, HttpServletResponse response) throws IOException {
    Map<String, String> ids = Map.of("conferenceId", conferenceId);
    JsonNode conference = events.get("/conferences/{conferenceId}", ids);
    JsonNode registrations = events.get("/conferences/{conferenceId}/registrations", ids);
    Map<String, String> names = members.namesInRoster(conference.path("societyId").asText());
    response.setContentType("text/csv;charset=UTF-8");
    response.setHeader("Content-Disposition", "attachment; filename=\"registrations.csv\"");
    try (CSVPrinter csv =
        CSVFormat.DEFAULT
            .builder()
            .setHeader(
                "registrationId",
                "memberId",
                "name",
                "status",
                "rate",
                "fee",
                "currency",
                "registeredAt",
                "checkedInAt")
            .get()
            .print(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8))) {
      for (JsonNode r : registrations) {
        String memberId = r.path("memberId").asText();
        csv.printRecord(
            r.path("registrationId").asText(),
            memberId,
            SpreadsheetCells.text(names.getOrDefault(memberId, "")),
            r.path("status").asText(),
            r.path("rate").asText(),
            r.path("fee").asText(),
            conference.path("currency").asText(),
            r.path("registeredAt").asText(),
            r.path("checkedInAt").isTextual() ? r.path("checkedInAt").asText() : "");
      }
    }
  }

  private static Attendee attendee(JsonNode r, String name) {
    return new Attendee(
        r.path("registrationId").asText(),
        r.path("memberId").asText(),
        name,
        r.path("status").asText(),
        r.path("rate").asText(),
        r.path("fee").asText(),
        r.path("registeredAt").asText(),
        r.path("checkedInAt").isTextual() ? r.path("checkedInAt").asText() : null);
  }

  private static Map<String, Object> session(Map<String, String> form) {
    Map<String, Object> session = new LinkedHashMap<>();
    session.put("title", form.getOrDefault("title", ""));
    session.put("start", blankToNull(form.get("start")));
    session.put("end", blankToNull(form.get("end")));
    session.put("room", blankToNull(form.get("room")));
    return session;
  }

  private String act(String conferenceId, String sessionId, Model model, Runnable step) {
    Optional<ServiceProblem> refusal = ServiceProblem.attempt(step);
    if (refusal.isEmpty()) {
      return "redirect:/conferences/" + conferenceId + "?done#programme";
    }
    model.addAttribute("errors", refusal.get().reasons());
    model.addAttribute("errorsFor", sessionId);
    return conference(conferenceId, model);
  }
}
