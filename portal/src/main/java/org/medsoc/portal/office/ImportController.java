package org.medsoc.portal.office;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.medsoc.portal.services.ServiceProblem;
import org.medsoc.portal.services.Services;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Importing a society's existing roster: upload the file, map its columns, read the preview with
 * each row's problems, run it and watch the progress bar (htmx asks for it every second).
 */
@Controller
class ImportController {

  /** The fields of a roster, in the order the mapping form asks for them. */
  static final List<String> FIELDS =
      List.of(
          "rowKey",
          "givenName",
          "familyName",
          "email",
          "trainingLevel",
          "institution",
          "category",
          "status",
          "memberSince",
          "paidThrough",
          "sections",
          "degree",
          "specialty",
          "interests",
          "orcid");

  static final List<String> REQUIRED =
      List.of(
          "rowKey", "givenName", "familyName", "email", "trainingLevel", "institution", "category");

  private final MemberService members;
  private final Services services;

  ImportController(MemberService members, Services services) {
    this.members = members;
    this.services = services;
  }

  @GetMapping("/societies/{societyId}/imports")
  String imports(@PathVariable String societyId, Model model) {
    model.addAttribute("society", members.society(societyId));
    model.addAttribute(
        "imports",
        members.get("/societies/{societyId}/imports", Map.of("societyId", societyId), Map.of()));
    return "portal/office/imports";
  }

  @PostMapping("/societies/{societyId}/imports")
  String upload(
      @PathVariable String societyId,
      @RequestParam(name = "file", required = false) MultipartFile file,
      Model model)
      throws IOException {
    if (file == null || file.isEmpty()) {
      model.addAttribute("fileError", "office.import.noFile");
      return imports(societyId, model);
    }
    try {
      JsonNode created =
          services
              .member()
              .post()
              .uri(
                  builder ->
                      builder
                          .path("/societies/{societyId}/imports")
                          .queryParam("fileName", "{fileName}")
                          .build(
                              Map.of(
                                  "societyId",
                                  societyId,
                                  "fileName",
                                  String.valueOf(file.getOriginalFilename()))))
              .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
              .body(new String(file.getBytes(), StandardCharsets.UTF_8))
              .retrieve()
              .body(JsonNode.class);
      return "redirect:/societies/" + societyId + "/imports/" + created.path("importId").asText();
    } catch (ServiceProblem refused) {
      refused.mendableOrRethrown();
      model.addAttribute("fileProblem", refused.reason());
      return imports(societyId, model);
    }
  }

  @GetMapping("/societies/{societyId}/imports/{importId}")
  String show(@PathVariable String societyId, @PathVariable String importId, Model model) {
    JsonNode rosterImport = load(societyId, importId);
    model.addAttribute("society", members.society(societyId));
    model.addAttribute("rosterImport", rosterImport);
    model.addAttribute("fields", FIELDS);
    model.addAttribute("required", REQUIRED);
    if (!model.containsAttribute("chosen")) {
      JsonNode mapping = rosterImport.path("mapping");
      model.addAttribute(
          "chosen",
          mappingOf(mapping.isObject() ? mapping : rosterImport.path("suggestedMapping")));
    }
    return "portal/office/import";
  }

  @PostMapping("/societies/{societyId}/imports/{importId}/mapping")
  String map(
      @PathVariable String societyId,
      @PathVariable String importId,
      @RequestParam Map<String, String> form,
      Model model) {
    Map<String, String> mapping = new LinkedHashMap<>();
    for (String field : FIELDS) {
      String column = form.getOrDefault("map." + field, "");
      if (!column.isBlank()) {
        mapping.put(field, column);
      }
    }
    try {
      services
          .member()
          .put()
          .uri("/societies/{societyId}/imports/{importId}/mapping", societyId, importId)
          .contentType(MediaType.APPLICATION_JSON)
          .body(Map.of("mapping", mapping))
          .retrieve()
          .toBodilessEntity();
      return "redirect:/societies/" + societyId + "/imports/" + importId + "#preview";
    } catch (ServiceProblem refused) {
      refused.mendableOrRethrown();
      Map<String, String> errors = new LinkedHashMap<>();
      refused
          .fieldErrors()
          .forEach((field, reason) -> errors.put(field.replaceFirst("^mapping\\.", ""), reason));
      model.addAttribute("errors", errors);
      model.addAttribute("chosen", mapping);
      return show(societyId, importId, model);
    }
  }

  @PostMapping("/societies/{societyId}/imports/{importId}/run")
  String run(@PathVariable String societyId, @PathVariable String importId, Model model) {
    try {
      services
          .member()
          .post()
          .uri("/societies/{societyId}/imports/{importId}/run", societyId, importId)
          .retrieve()
          .toBodilessEntity();
    } catch (ServiceProblem refused) {
      refused.mendableOrRethrown();
      model.addAttribute("runProblem", refused.reason());
      return show(societyId, importId, model);
    }
    return "redirect:/societies/" + societyId + "/imports/" + importId + "#progress";
  }

  /** The progress bar alone, for htmx to swap in while the import runs. */
  @GetMapping("/societies/{societyId}/imports/{importId}/progress")
  String progress(@PathVariable String societyId, @PathVariable String importId, Model model) {
    model.addAttribute("rosterImport", load(societyId, importId));
    return "portal/office/import :: progress";
  }

  private JsonNode load(String societyId, String importId) {
    return members.get(
        "/societies/{societyId}/imports/{importId}",
        Map.of("societyId", societyId, "importId", importId),
        Map.of());
  }

  private static Map<String, String> mappingOf(JsonNode mapping) {
    Map<String, String> chosen = new LinkedHashMap<>();
    mapping
        .fields()
        .forEachRemaining(entry -> chosen.put(entry.getKey(), entry.getValue().asText()));
    return chosen;
  }
}
