package org.medsoc.portal.home;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.medsoc.portal.security.Viewer;
import org.medsoc.portal.services.ServiceProblem;
import org.medsoc.portal.services.Services;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Each person's home shows what waits for them: staff the applications to decide in each society
 * they work for; a member the introductions they have yet to answer (or, before they have
 * registered, the form to do so); an auditor the questions the audit answers.
 */
@Controller
class HomeController {

  /** One of the staff's societies and how many applications wait there. */
  record SocietyQueue(String societyId, String name, long pendingApplications) {}

  /** An introduction proposed to the member that they have not answered. */
  record IntroductionToAnswer(String introductionId, String reason, String expiresAt) {}

  private final Services services;

  HomeController(Services services) {
    this.services = services;
  }

  @GetMapping("/")
  String home(Authentication authentication, Model model) {
    Viewer viewer = Viewer.of(authentication).orElseThrow();
    if (viewer.isStaff()) {
      model.addAttribute("queues", queues(viewer));
    }
    if (viewer.isMember()) {
      Optional<String> memberId = memberOf();
      model.addAttribute("memberId", memberId.orElse(null));
      model.addAttribute(
          "introductions", memberId.map(this::introductionsToAnswer).orElse(List.of()));
      model.addAttribute("mentorshipInbox", memberId.map(this::mentorshipRequests).orElse(0L));
      memberId.ifPresent(id -> waiting(id, model));
    }
    return "portal/home";
  }

  private List<SocietyQueue> queues(Viewer viewer) {
    JsonNode societies = services.member().get().uri("/societies").retrieve().body(JsonNode.class);
    List<SocietyQueue> queues = new ArrayList<>();
    for (JsonNode society : societies) {
      String id = society.path("societyId").asText();
      if (!viewer.worksForAll() && !viewer.societyIds().contains(id)) {
        continue;
      }
      long pending =
          services
              .member()
              .get()
              .uri("/societies/{id}/roster?status=PENDING&size=1", id)
              .retrieve()
              .body(JsonNode.class)
              .path("totalItems")
              .asLong();
      queues.add(new SocietyQueue(id, society.path("name").asText(), pending));
    }
    return queues;
  }

  private Optional<String> memberOf() {
    try {
      return Optional.of(
          services
              .member()
              .get()
              .uri("/members/me")
              .retrieve()
              .body(JsonNode.class)
              .path("memberId")
              .asText());
    } catch (ServiceProblem problem) {
      if (problem.isNotFound()) {
        return Optional.empty();
      }
      throw problem;
    }
  }

  private List<IntroductionToAnswer> introductionsToAnswer(String memberId) {
    JsonNode received =
        services
            .member()
            .get()
            .uri("/members/{id}/introductions/received", memberId)
            .retrieve()
            .body(JsonNode.class);
    List<IntroductionToAnswer> waiting = new ArrayList<>();
    for (JsonNode introduction : received) {
      boolean first = memberId.equals(introduction.path("firstMemberId").asText());
      JsonNode answer = introduction.path(first ? "firstAccepted" : "secondAccepted");
      if ("PROPOSED".equals(introduction.path("status").asText())
          && (answer.isMissingNode() || answer.isNull())) {
        waiting.add(
            new IntroductionToAnswer(
                introduction.path("introductionId").asText(),
                introduction.path("reason").asText(),
                introduction.path("expiresAt").asText()));
      }
    }
    return waiting;
  }

  /**
   * What else waits for the member: nominations to consent to, endorsements and introductions asked
   * of them, follow-ups overdue and due this week in their contact log, and their memberships at a
   * glance.
   */
  private void waiting(String memberId, Model model) {
    JsonNode nominations = committeeList("/members/{id}/nominations", memberId);
    long consent = 0;
    for (JsonNode n : nominations.path("received")) {
      consent += "PENDING".equals(n.path("consent").asText()) ? 1 : 0;
    }
    long endorse = 0;
    for (JsonNode r : committeeList("/members/{id}/endorsement-requests", memberId)) {
      endorse += r.path("endorsed").asBoolean() ? 0 : 1;
    }
    long introductionsAsked = 0;
    for (JsonNode r : memberList("/members/{id}/introduction-requests", memberId)) {
      introductionsAsked +=
          r.path("introducerId").asText().equals(memberId)
                  && r.path("status").asText().equals("ASKED")
              ? 1
              : 0;
    }
    model.addAttribute("nominationsToAnswer", consent);
    model.addAttribute("endorsementsAsked", endorse);
    model.addAttribute("introductionsAsked", introductionsAsked);
    model.addAttribute(
        "followUpsThisWeek",
        memberList("/members/{id}/contacts?followUps=DUE_THIS_WEEK", memberId).size());
    model.addAttribute(
        "followUpsOverdue",
        memberList("/members/{id}/contacts?followUps=OVERDUE", memberId).size());
    model.addAttribute("memberships", membershipsOf(memberId));
    java.util.Map<String, String> societyNames = new java.util.HashMap<>();
    services
        .member()
        .get()
        .uri("/societies")
        .retrieve()
        .body(JsonNode.class)
        .forEach(
            society ->
                societyNames.put(
                    society.path("societyId").asText(), society.path("name").asText()));
    model.addAttribute("societyNames", societyNames);
  }

  private JsonNode memberList(String uri, String memberId) {
    return services.member().get().uri(uri, memberId).retrieve().body(JsonNode.class);
  }

  /** The member's memberships; none while the directory has yet to show a new member. */
  private JsonNode membershipsOf(String memberId) {
    try {
      return services
          .member()
          .get()
          .uri("/members/{id}", memberId)
          .retrieve()
          .body(JsonNode.class)
          .path("memberships");
    } catch (ServiceProblem notYetShown) {
      if (notYetShown.isNotFound()) {
        return com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
      }
      throw notYetShown;
    }
  }

  /**
   * committee-service knows a member's login once member-service has told it of a membership: until
   * then it answers 403, and nothing waits for them there.
   */
  private JsonNode committeeList(String path, String memberId) {
    try {
      return services.committee().get().uri(path, memberId).retrieve().body(JsonNode.class);
    } catch (ServiceProblem notKnownYet) {
      if (notKnownYet.status() == 403) {
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
      }
      throw notKnownYet;
    }
  }

  /** How many asked the member to mentor them and wait for an answer. */
  private long mentorshipRequests(String memberId) {
    long waiting = 0;
    for (JsonNode m :
        services
            .member()
            .get()
            .uri("/members/{id}/mentorships", memberId)
            .retrieve()
            .body(JsonNode.class)) {
      if (memberId.equals(m.path("mentorId").asText())
          && "REQUESTED".equals(m.path("status").asText())) {
        waiting++;
      }
    }
    return waiting;
  }

  /** The questions the audit answers, for the auditor's home: each opens the audit's pages. */
  static final List<Map<String, String>> AUDIT_QUESTIONS =
      List.of(
          Map.of("key", "audit.question.timeline"),
          Map.of("key", "audit.question.sponsor"),
          Map.of("key", "audit.question.nominations"),
          Map.of("key", "audit.question.roster"),
          Map.of("key", "audit.question.export"));

  @org.springframework.web.bind.annotation.ModelAttribute("auditQuestions")
  List<Map<String, String>> auditQuestions() {
    return AUDIT_QUESTIONS;
  }
}
