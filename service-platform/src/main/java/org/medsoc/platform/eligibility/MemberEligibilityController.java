package org.medsoc.platform.eligibility;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** What this service believes of a member's memberships; for staff and for diagnosing the feed. */
@RestController
@RequestMapping("/member-eligibility")
public class MemberEligibilityController {

  private final MemberEligibilityView view;

  public MemberEligibilityController(MemberEligibilityView view) {
    this.view = view;
  }

  @Operation(
      summary = "The memberships of a member as this service last heard of them from Kafka",
      description = "Staff only.")
  @GetMapping("/{memberId}")
  public List<MemberEligibility> ofMember(@PathVariable String memberId) {
    return view.ofMember(memberId);
  }
}
