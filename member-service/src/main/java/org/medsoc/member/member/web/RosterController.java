package org.medsoc.member.member.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.medsoc.kernel.input.Limits;
import org.medsoc.kernel.member.MembershipCategory;
import org.medsoc.kernel.member.MembershipStatus;
import org.medsoc.kernel.member.TrainingLevel;
import org.medsoc.member.member.api.FindSocietyRoster;
import org.medsoc.member.member.api.RosterPage;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Society rosters for staff. */
@RestController
@Validated
public class RosterController {

  private final QueryGateway queries;

  public RosterController(QueryGateway queries) {
    this.queries = queries;
  }

  @Operation(summary = "The members of a society, filtered and paged, ordered by family name")
  @GetMapping("/societies/{societyId}/roster")
  public RosterPage roster(
      @PathVariable String societyId,
      @RequestParam(required = false) MembershipStatus status,
      @RequestParam(required = false) MembershipCategory category,
      @RequestParam(required = false) @Size(max = Limits.ID) String sectionId,
      @RequestParam(required = false) TrainingLevel trainingLevel,
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
    return queries
        .query(
            new FindSocietyRoster(
                societyId, status, category, sectionId, trainingLevel, page, size),
            ResponseTypes.instanceOf(RosterPage.class))
        .join();
  }
}
