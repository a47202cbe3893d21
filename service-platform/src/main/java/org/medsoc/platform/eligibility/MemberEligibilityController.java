package org.medsoc.platform.eligibility;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.medsoc.platform.security.Caller;
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
      description =
          "Staff of a society the member holds or held a membership or application in; each sees"
              + " the memberships of their own societies.")
  @GetMapping("/{memberId}")
  public List<MemberEligibility> ofMember(@PathVariable String memberId) {
    Caller caller = Caller.current().orElseThrow();
    return view.ofMember(memberId).stream()
        .filter(membership -> caller.isStaffOf(membership.societyId()))
        .toList();
  }
}
