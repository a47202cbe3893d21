package org.medsoc.portal.member;

import static org.medsoc.portal.web.FormValues.blankToNull;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.medsoc.portal.services.Api;
import org.medsoc.portal.services.ServiceProblem;
import org.medsoc.portal.services.Services;
import org.medsoc.portal.web.FormValues;
import org.medsoc.portal.web.LocalTimes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A member at their societies' conferences: register (the rate follows their membership), their
 * agenda in the conference's local time with an iCal export, meeting requests sent and received
 * (ask, answer, propose another time, accept it), and the follow-ups they owe. Events-service
 * decides who may and keeps every time in the conference's zone.
 */
@Controller
class ConferencePagesController {

  /** A conference of the member's societies, with their registration if any. */
  record Offered(String conferenceId, String name, String dates, String venue, JsonNode mine) {}

  /** A meeting request as one of its two people reads it. */
  record Request(
      String meetingId,
      String other,
      boolean asking,
      String when,
      String purpose,
      String status,
      String followUpDueBy) {}

  /** A session of the programme and the member's part in it (null when none). */
  record Slot(
      String sessionId,
      String kind,
      String title,
      String when,
      String room,
      JsonNode capacity,
      int placesTaken,
      int waiting,
      String myRole) {

    public boolean limited() {
      return capacity.isNumber() && !kind.equals("SPEED_MENTORING");
    }
  }

  private final MemberSelf self;
  private final Api members;
  private final Api events;

  ConferencePagesController(MemberSelf self, Services services) {
    this.self = self;
    this.members = new Api(services.member());
    this.events = new Api(services.events());
  }

  @GetMapping("/attend")
  String conferences(Model model) {
    String me = self.requireMemberId();
    Map<String, JsonNode> mine = registrations(me);
    List<Offered> offered = new ArrayList<>();
    for (JsonNode membership :
        members.get("/members/{memberId}", Map.of("memberId", me)).path("memberships")) {
      for (JsonNode c :
          events.get(
              "/societies/{societyId}/conferences",
              Map.of("societyId", membership.path("societyId").asText()))) {
        String id = c.path("conferenceId").asText();
        offered.add(
            new Offered(
                id,
                c.path("name").asText(),
                c.path("startDate").asText() + " – " + c.path("endDate").asText(),
                c.path("venue").asText(""),
                mine.get(id)));
      }
    }
    model.addAttribute("conferences", offered);
    return "portal/member/conferences";
  }

  @GetMapping("/attend/{conferenceId}")
  String conference(
      @PathVariable String conferenceId, @RequestParam(defaultValue = "") String q, Model model) {
    String me = self.requireMemberId();
    Map<String, String> ids = Map.of("conferenceId", conferenceId, "memberId", me);
    JsonNode conference = events.get("/conferences/{conferenceId}", ids);
    JsonNode mine = registrations(me).get(conferenceId);
    Map<String, String> names = new HashMap<>();
    List<Request> requests = new ArrayList<>();
    for (JsonNode m : events.get("/members/{memberId}/meeting-requests", ids)) {
      if (!m.path("conferenceId").asText().equals(conferenceId)) {
        continue;
      }
      boolean asking = m.path("requesterId").asText().equals(me);
      String other = m.path(asking ? "inviteeId" : "requesterId").asText();
      requests.add(
          new Request(
              m.path("meetingId").asText(),
              names.computeIfAbsent(other, self::nameOf),
              asking,
              LocalTimes.minute(m.path("start").asText())
                  + "–"
                  + LocalTimes.minute(m.path("end").asText()).substring(11),
              m.path("purpose").asText(),
              m.path("status").asText(),
              m.path("followUpDueBy").asText(null)));
    }
    List<Request> owed = new ArrayList<>();
    for (JsonNode m : events.get("/members/{memberId}/follow-ups-due", ids)) {
      if (m.path("conferenceId").asText().equals(conferenceId)) {
        String other = m.path("inviteeId").asText();
        owed.add(
            new Request(
                m.path("meetingId").asText(),
                names.computeIfAbsent(other, self::nameOf),
                true,
                LocalTimes.minute(m.path("start").asText()),
                m.path("purpose").asText(),
                m.path("followUp").asText(),
                m.path("followUpDueBy").asText(null)));
      }
    }
    boolean registered = mine != null && mine.path("status").asText().equals("REGISTERED");
    JsonNode agenda =
        registered
            ? events.get("/members/{memberId}/conferences/{conferenceId}/agenda", ids)
            : null;
    model.addAttribute("conference", conference);
    model.addAttribute("mine", mine);
    model.addAttribute("agenda", agenda == null ? List.of() : agenda);
    model.addAttribute("programme", registered ? programme(ids, agenda) : List.of());
    List<JsonNode> invitations = new ArrayList<>();
    for (JsonNode invitation : events.get("/members/{memberId}/speaker-invitations", ids)) {
      if (invitation.path("conferenceId").asText().equals(conferenceId)) {
        invitations.add(invitation);
      }
    }
    model.addAttribute("invitations", invitations);
    model.addAttribute(
        "abstracts", events.get("/members/{memberId}/conferences/{conferenceId}/abstracts", ids));
    model.addAttribute("requests", requests);
    model.addAttribute("owed", owed);
    model.addAttribute("q", q);
    if (!q.isBlank()) {
      model.addAttribute(
          "colleagues",
          members.get(
              "/members/{memberId}/colleagues", Map.of("memberId", me), Map.of("q", q.strip())));
    }
    if (!model.containsAttribute("values")) {
      model.addAttribute(
          "values", Map.of("start", conference.path("startDate").asText() + "T10:00"));
    }
    return "portal/member/conference";
  }

  /** The member's agenda as an iCalendar file, each item at its instant. */
  @GetMapping("/attend/{conferenceId}/agenda.ics")
  void calendar(@PathVariable String conferenceId, HttpServletResponse response)
      throws IOException {
    String me = self.requireMemberId();
    Map<String, String> ids = Map.of("conferenceId", conferenceId, "memberId", me);
    JsonNode conference = events.get("/conferences/{conferenceId}", ids);
    ZoneId zone = ZoneId.of(conference.path("timeZone").asText());
    ICalendar calendar = new ICalendar();
    calendar.setProductId("-//Medical society platform//Agenda//EN");
    for (JsonNode item : events.get("/members/{memberId}/conferences/{conferenceId}/agenda", ids)) {
      VEvent event = new VEvent();
      event.setUid(item.path("kind").asText() + "-" + item.path("id").asText() + "@medsoc");
      event.setSummary(item.path("title").asText());
      event.setDateStart(instant(item.path("start").asText(), zone));
      event.setDateEnd(instant(item.path("end").asText(), zone));
      if (item.path("room").isTextual()) {
        event.setLocation(item.path("room").asText() + ", " + conference.path("venue").asText(""));
      }
      calendar.addEvent(event);
    }
    response.setContentType("text/calendar;charset=UTF-8");
    response.setHeader("Content-Disposition", "attachment; filename=\"agenda.ics\"");
    response
        .getOutputStream()
        .write(Biweekly.write(calendar).go().getBytes(StandardCharsets.UTF_8));
  }

  @PostMapping("/attend/{conferenceId}/registration")
  String register(@PathVariable String conferenceId, Model model) {
    return act(
        conferenceId,
        "registrationProblem",
        model,
        () -> events.post("/conferences/{conferenceId}/registrations", Map.of(), conferenceId));
  }

  @PostMapping("/attend/{conferenceId}/meeting-requests")
  String request(
      @PathVariable String conferenceId,
      @RequestParam(defaultValue = "") String inviteeId,
      @RequestParam(defaultValue = "") String start,
      @RequestParam(defaultValue = "15") String minutes,
      @RequestParam(defaultValue = "") String purpose,
      Model model) {
    Map<String, Object> request = new HashMap<>();
    request.put("inviteeId", blankToNull(inviteeId));
    request.put("start", blankToNull(start));
    request.put("minutes", minutes.matches("\\d{1,3}") ? Integer.valueOf(minutes) : minutes);
    request.put("purpose", blankToNull(purpose));
    Optional<ServiceProblem> refusal =
        ServiceProblem.attempt(
            () ->
                events.post("/conferences/{conferenceId}/meeting-requests", request, conferenceId));
    if (refusal.isEmpty()) {
      return "redirect:/attend/" + conferenceId + "?asked#meetings";
    }
    model.addAttribute("requestErrors", refusal.get().reasons());
    model.addAttribute("inviteeId", inviteeId);
    model.addAttribute("values", Map.of("start", start, "purpose", purpose, "minutes", minutes));
    return conference(conferenceId, "", model);
  }

  @PostMapping("/attend/{conferenceId}/meetings/{meetingId}/{step}")
  String meetingStep(
      @PathVariable String conferenceId,
      @PathVariable String meetingId,
      @PathVariable String step,
      @RequestParam Map<String, String> form,
      Model model) {
    Map<String, Object> body = new LinkedHashMap<>();
    String path =
        switch (step) {
          case "accept", "decline" -> {
            body.put("accept", step.equals("accept"));
            body.put("reason", blankToNull(form.get("reason")));
            yield "/meeting-requests/{meetingId}/answer";
          }
          case "other-time" -> {
            body.put("start", blankToNull(form.get("start")));
            yield "/meeting-requests/{meetingId}/other-time";
          }
          case "follow-up" -> "/meeting-requests/{meetingId}/follow-up";
          case "nudge" -> "/meeting-requests/{meetingId}/nudge";
          default ->
              throw new org.springframework.web.server.ResponseStatusException(
                  org.springframework.http.HttpStatus.NOT_FOUND);
        };
    return act(
        conferenceId,
        "meetingProblem",
        model,
        () -> events.post(path, body.isEmpty() ? null : body, meetingId));
  }

  @PostMapping("/attend/{conferenceId}/registration/cancellation")
  String cancelRegistration(@PathVariable String conferenceId, Model model) {
    JsonNode mine = registrations(self.requireMemberId()).get(conferenceId);
    if (mine == null) {
      return "redirect:/attend/" + conferenceId;
    }
    return act(
        conferenceId,
        "registrationProblem",
        model,
        () ->
            events.post(
                "/conferences/{conferenceId}/registrations/{registrationId}/cancellation",
                Map.of(),
                conferenceId,
                mine.path("registrationId").asText()));
  }

  /** Take or give up a place in a limited session (the first waiting takes a place given up). */
  @PostMapping("/attend/{conferenceId}/sessions/{sessionId}/{step:place|release}")
  String place(
      @PathVariable String conferenceId,
      @PathVariable String sessionId,
      @PathVariable String step,
      Model model) {
    String path =
        "/conferences/{conferenceId}/sessions/{sessionId}/places"
            + (step.equals("release") ? "/release" : "");
    return act(
        conferenceId,
        "programmeProblem",
        model,
        () -> events.post(path, Map.of(), conferenceId, sessionId));
  }

  @PostMapping("/attend/{conferenceId}/sessions/{sessionId}/speed-mentoring")
  String joinSpeedMentoring(
      @PathVariable String conferenceId,
      @PathVariable String sessionId,
      @RequestParam(defaultValue = "") String role,
      @RequestParam(defaultValue = "") String interests,
      Model model) {
    Map<String, Object> place = new HashMap<>();
    place.put("role", blankToNull(role));
    place.put("interests", FormValues.list(interests));
    return act(
        conferenceId,
        "programmeProblem",
        model,
        () ->
            events.post(
                "/conferences/{conferenceId}/sessions/{sessionId}/speed-mentoring",
                place,
                conferenceId,
                sessionId));
  }

  @PostMapping("/attend/{conferenceId}/speaker-invitations/{invitationId}/{answer:accept|decline}")
  String answerInvitation(
      @PathVariable String conferenceId,
      @PathVariable String invitationId,
      @PathVariable String answer,
      @RequestParam(defaultValue = "") String reason,
      Model model) {
    Map<String, Object> body = new HashMap<>();
    body.put("accept", answer.equals("accept"));
    body.put("reason", blankToNull(reason));
    return act(
        conferenceId,
        "invitationProblem",
        model,
        () ->
            events.post(
                "/conferences/{conferenceId}/speaker-invitations/{invitationId}/answer",
                body,
                conferenceId,
                invitationId));
  }

  @PostMapping("/attend/{conferenceId}/abstracts")
  String submitAbstract(
      @PathVariable String conferenceId,
      @RequestParam(defaultValue = "") String title,
      @RequestParam(defaultValue = "") String authors,
      Model model) {
    Map<String, Object> body = new HashMap<>();
    body.put("title", blankToNull(title));
    body.put("authors", blankToNull(authors));
    Optional<ServiceProblem> refusal =
        ServiceProblem.attempt(
            () -> events.post("/conferences/{conferenceId}/abstracts", body, conferenceId));
    if (refusal.isEmpty()) {
      return "redirect:/attend/" + conferenceId + "?done#abstracts";
    }
    model.addAttribute("abstractErrors", refusal.get().reasons());
    model.addAttribute("abstractValues", Map.of("title", title, "authors", authors));
    return conference(conferenceId, "", model);
  }

  private List<Slot> programme(Map<String, String> ids, JsonNode agenda) {
    Map<String, String> roles = new HashMap<>();
    for (JsonNode item : agenda) {
      if (item.path("kind").asText().equals("SESSION")) {
        roles.put(item.path("id").asText(), item.path("role").asText());
      }
    }
    List<Slot> slots = new ArrayList<>();
    for (JsonNode s : events.get("/conferences/{conferenceId}/programme", ids)) {
      if (s.path("cancelled").asBoolean()) {
        continue;
      }
      String id = s.path("sessionId").asText();
      slots.add(
          new Slot(
              id,
              s.path("kind").asText(),
              s.path("title").asText(),
              LocalTimes.minute(s.path("start").asText())
                  + "–"
                  + LocalTimes.minute(s.path("end").asText()).substring(11),
              s.path("room").asText(""),
              s.path("capacity"),
              s.path("placesTaken").asInt(),
              s.path("waiting").asInt(),
              roles.get(id)));
    }
    return slots;
  }

  private String act(String conferenceId, String problem, Model model, Runnable step) {
    Optional<ServiceProblem> refusal = ServiceProblem.attempt(step);
    if (refusal.isEmpty()) {
      return "redirect:/attend/" + conferenceId + "?done";
    }
    model.addAttribute(problem, refusal.get().reason());
    return conference(conferenceId, "", model);
  }

  private Map<String, JsonNode> registrations(String me) {
    Map<String, JsonNode> mine = new HashMap<>();
    for (JsonNode r : events.get("/members/{memberId}/registrations", Map.of("memberId", me))) {
      if (!r.path("status").asText().equals("CANCELLED")) {
        mine.put(r.path("conferenceId").asText(), r);
      }
    }
    return mine;
  }

  private static Date instant(String localDateTime, ZoneId zone) {
    return Date.from(LocalDateTime.parse(localDateTime).atZone(zone).toInstant());
  }
}
